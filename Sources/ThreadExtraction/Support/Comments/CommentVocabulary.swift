import HTMLDOM

/// What comment markup calls its parts, across engines and themes. Class names are the
/// developers' words, not the readers': `c-comment__author-name`, `comment_author`,
/// `wc-comment-author` and `fn` all say "author" whatever language the page is in. Comment
/// bodies written by users carry no classes (engines strip them), so a class inside a comment
/// is the theme's.
enum CommentVocabulary {
    /// Fragments of class tokens that mark a comment's own text.
    static let bodyFragments: [StaticString] = ["content", "text", "body", "message", "entry", "format_text"]
    /// Fragments that mark the parts around the text: author line, dates, avatars, actions.
    static let chromeFragments: [StaticString] = [
        "author", "avatar", "meta", "date", "time", "reply", "edit", "like", "share", "vote", "rating", "header",
        "footer", "vcard", "says", "badge", "number", "permalink", "action", "button", "report", "flag", "karma",
        "score", "tools", "links", "respond", "screen-reader",
    ]
    static let authorNameFragments: [StaticString] = ["author-name", "author_name", "authorname", "author-link", "username", "user-name"]

    static func classContains(_ node: Node, _ fragments: [StaticString]) -> Bool {
        node.classContains(anyOf: fragments)
    }

    /// The element that holds a comment's text, named so by the theme: named for text, not for chrome.
    static let textElement = NodeTest.classFragment(bodyFragments) && !.classFragment(chromeFragments)

    /// Widgets of recent comments on other posts live in sidebars; they are not this thread.
    /// Not every <aside>, though: some themes wrap the whole comment section in one.
    static let sidebar = NodeTest.anyClass(["widget", "sidebar", "widget-area", "widget_recent_comments"])
        || .idContains("sidebar") || .idIs(["secondary", "recentcomments"])

    static func isSidebar(_ node: Node) -> Bool {
        sidebar.matches(node)
    }

    /// Whether the element is part of a comment's chrome rather than its text; an element that
    /// holds paragraphs is never chrome as a whole (some themes wrap the text with the author).
    static func isChrome(_ node: Node) -> Bool {
        let marked = classContains(node, chromeFragments)
            || node.isAny(of: ["header", "footer", "time", "form", "button", "input", "h1", "h2", "h3", "h4", "h5", "h6"])
            || (node.is("cite") && !(node.ancestors.contains { $0.is("blockquote") }))
            || (node.is("img") && classContains(node, ["avatar", "photo"]))
        return marked && !holdsParagraphs(node)
    }

    static func holdsParagraphs(_ node: Node) -> Bool {
        node.first { $0.isAny(of: ["p", "blockquote", "ul", "ol", "pre"]) && $0.hasVisibleText } != nil
    }

    private static let nameLineSeparators: [StaticString] = [" — ", " – ", " | ", " @ ", " · "]

    /// Text of a name element in document order, leaving out decorations inside it (badges,
    /// "says:", screen-reader labels): any classed child other than a link.
    static func nameText(_ element: Node) -> String {
        var text = ""
        appendNameText(element, into: &text)
        let collapsed = text.collapsingWhitespace
        // A link shows a whole name or title, separators included, also inside a name element
        // that shows nothing else.
        guard !element.is("a"), element.first(where: { $0.is("a") })?.visibleText.collapsingWhitespace != collapsed
        else { return collapsed }
        // "NAME — 17.07, 2011 @ 13:04": a name line that runs on into the date.
        for separator in nameLineSeparators {
            if let name = collapsed.prefix(before: separator) { return String(name) }
        }
        return collapsed
    }

    private static func appendNameText(_ node: Node, into text: inout String) {
        for child in node.children {
            switch child.kind {
            case .text:
                text += child.content
            case .element:
                if child.is("br") {
                    text += " "
                } else if child.isAny(of: ["img", "svg", "script", "style", "time"]) {
                    continue
                } else if child["class"] == nil || child.is("a") || classContains(child, ["fn", "name"]) {
                    appendNameText(child, into: &text)
                }
            default:
                continue
            }
        }
    }

    /// Removes the words most names share at their start or end: a theme's fixed words around
    /// the name ("Comment by NAME", "NAME says", "NAME пишет") in whatever language it speaks.
    /// Only with enough names for the repetition to mean something. Each of the distinct `names`
    /// maps to what is left of it: a busy commenter must not make their own name look like a
    /// theme's words, and a page's names repeat, so this is worked out once for each.
    static func strippingSharedAffixes(_ names: Set<String>) -> [String: String] {
        let distinct = Array(names)
        var words = distinct.map { $0.split(separator: " ").map(String.init) }
        while true {
            let longer = Array(Set(words.filter { $0.count > 1 }))
            guard longer.count >= 3 else { break }
            let threshold = max(3, (longer.count * 3 + 4) / 5)
            let firsts = Dictionary(grouping: longer.map { $0[0] }, by: { $0 }).mapValues(\.count)
            let lasts = Dictionary(grouping: longer.map { $0[$0.count - 1] }, by: { $0 }).mapValues(\.count)
            if let (word, count) = firsts.max(by: { $0.value < $1.value }), count >= threshold {
                words = words.map { $0.count > 1 && $0[0] == word ? Array($0.dropFirst()) : $0 }
            } else if let (word, count) = lasts.max(by: { $0.value < $1.value }), count >= threshold {
                words = words.map { $0.count > 1 && $0[$0.count - 1] == word ? Array($0.dropLast()) : $0 }
            } else {
                break
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(distinct, words.lazy.map { $0.joined(separator: " ") }))
    }

    /// Trailing punctuation some themes put after a name ("Roberto," "NAME:").
    static func trimmingNamePunctuation(_ name: String) -> String {
        var name = name
        while let last = name.last, ",:;-–—|@".contains(last) {
            name = String(name.dropLast()).collapsingWhitespace
        }
        return name
    }
}
