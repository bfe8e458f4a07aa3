import HTMLDOM

/// What an element is within a comment block, by its tag, attributes, class words and text.
enum BlockRoles {
    /// Class words for the commenter's name; developers' words, not the readers'.
    static let authorFragments: [StaticString] = ["author", "user", "nick", "poster", "name"]
    static let dateFragments: [StaticString] = ["date", "time"]
    /// Class words of menus and pop-ups a block carries beside its text ("report", "edit").
    static let overlayFragments: [StaticString] = ["menu", "admin", "popup", "dropdown", "tooltip", "modal"]

    /// Whether `node` sits in a quotation inside `container`: a quoted comment names its author.
    static func isInQuote(_ node: Node, within container: Node) -> Bool {
        for ancestor in node.ancestors {
            if ancestor == container { return false }
            if ancestor.is("blockquote") || CommentVocabulary.classContains(ancestor, ["quote"]) { return true }
        }
        return false
    }

    /// The text with a space between elements: `<span>28.09.19</span><span>13:39</span>` is two words.
    static func spacedText(_ node: Node) -> String {
        var text = ""
        for child in node.children {
            switch child.kind {
            case .text: text += child.content
            case .element where !child.isAny(of: ["script", "style"]): text += " " + spacedText(child) + " "
            default: continue
            }
        }
        return text.collapsingWhitespace
    }

    /// Whether the element holds words outside links and buttons.
    static func hasProse(_ node: Node) -> Bool {
        for child in node.children {
            switch child.kind {
            case .text:
                if child.content.contains(where: { !$0.isWhitespace }) { return true }
            case .element:
                if !child.isAny(of: ["a", "button", "script", "style"]), hasProse(child) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// A link to an anchor (`#comment-12`, `…/post/#c-4f2a`) whose short text has a number and
    /// a word: an age ("vor 6 Tagen", "3h"), not a name or a count.
    private static func showsAge(_ node: Node) -> Bool {
        guard node.attribute("href", containsAnyOf: ["#"]), let text = node.visibleText(atMost: 30) else { return false }
        return text.containsNumber && text.containsLetter
    }

    /// A commenter's picture or its stand-in: an image or figure, or a box named for an avatar
    /// (initials on a colour).
    static func isAvatar(_ node: Node) -> Bool {
        node.isAny(of: ["img", "figure"]) || CommentVocabulary.classContains(node, ["avatar", "userpic"])
            || node["data-testid"].map { $0.lowercased().containsBytes("avatar") } == true
    }

    static func isAuthor(_ node: Node) -> Bool {
        isAuthor(node, text: node.visibleText(atMost: shortTextLimit))
    }

    /// `text`: as for `isDate(_:language:text:)`, read only for an element named for a person.
    static func isAuthor(_ node: Node, text: @autoclosure () -> String?) -> Bool {
        guard node.hasClass("fn") || CommentVocabulary.classContains(node, authorFragments) else { return false }
        guard !CommentVocabulary.classContains(node, ["avatar", "photo", "image", "pic"]) else { return false }
        return text()?.isEmpty == false
    }

    /// A `time`, a machine date attribute, a short text named for a date, or a short text or
    /// tooltip that reads as a full date. Link tooltips are left out (lists of other articles
    /// carry their dates there), except on a permalink that shows an age: a link to an anchor
    /// that shows "vor 6 Tagen" or "2d" states its record's date in its `title`.
    static func isDate(_ node: Node, language: String?) -> Bool {
        isDate(node, language: language, text: node.visibleText(atMost: shortTextLimit))
    }

    /// Characters of the longest text read as a date or a name.
    static let shortTextLimit = 60

    /// `text`: the element's visible text where it has at most `shortTextLimit` characters, else
    /// nil, for a caller that knows it without walking the element.
    static func isDate(_ node: Node, language: String?, text: String?) -> Bool {
        if node.is("time") || node["datetime"] != nil { return true }
        if CommentVocabulary.classContains(node, dateFragments), text?.isEmpty == false,
            !CommentVocabulary.classContains(node, ["update"])
        {
            return true
        }
        if let text, text.containsNumber, node.elementChildren.allSatisfy({ !$0.is("a") }),
            DisplayedDate.parse(text, language: language) != nil
        {
            return true
        }
        if !node.is("a") || showsAge(node), let title = node["title"], title.count <= 80, DisplayedDate.parse(title, language: language) != nil {
            return true
        }
        return false
    }
}
