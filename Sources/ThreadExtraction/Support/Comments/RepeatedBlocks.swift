import HTMLDOM

/// Comment-like blocks found by structure alone, for engines nobody wrote rules for: elements
/// that share a tag and a class token, each holding a date, a name and text of its own, kept
/// where most of them sit. A sidebar of recent comments on other articles, a list of related
/// posts or a navigation menu has the repetition but not the parts, or sits elsewhere.
struct RepeatedBlocks {
    /// The outermost element of each comment, in document order (replies inside their parents).
    let elements: [Node]

    init(body: Node, language: String?) {
        let survey = BlockSurvey(body: body, language: language)
        var best: [Node] = []
        var bestRank = (count: 0, numbered: 0, depth: 0)
        for members in survey.membersBySignature.values {
            let kept = Self.thread(of: survey.commentLike(members))
            guard !kept.isEmpty else { continue }
            // Equal counts: the blocks with ids of their own, then the inner signature, since a
            // wrapper around one comment looks like one too.
            let rank = (
                count: kept.count, numbered: kept.count { BlockIdentity.number(of: $0) != nil },
                depth: kept[0].ancestors.reduce(0) { count, _ in count + 1 })
            if rank > bestRank {
                best = kept
                bestRank = rank
            }
        }
        if best.count == 1, BlockIdentity.number(of: best[0]) == nil {
            // One block without an id of its own is as likely the article as a comment.
            best = []
        }
        elements = best
    }

    /// The members that form one thread: those whose id has the shape most of them share (a
    /// forum's opening message and a list's wrapper carry other ids), under the parent that holds
    /// the most top-level ones.
    private static func thread(of members: [Node]) -> [Node] {
        guard !members.isEmpty else { return [] }
        var shapeCounts: [String: Int] = [:]
        for member in members {
            if let shape = BlockIdentity.idShape(of: member) { shapeCounts[shape, default: 0] += 1 }
        }
        var candidates = members
        if let (shape, count) = shapeCounts.max(by: { $0.value < $1.value }), count >= 2 {
            candidates = members.filter { BlockIdentity.idShape(of: $0).map { $0 == shape } ?? true }
        }
        let topLevel = candidates.filter { member in !candidates.contains { $0 != member && $0.contains(member) } }
        var countByParent: [Node: Int] = [:]
        for member in topLevel {
            if let parent = member.parent { countByParent[parent, default: 0] += 1 }
        }
        guard let region = countByParent.max(by: { $0.value < $1.value })?.key else { return [] }
        return candidates.filter { region.contains($0) }
    }
}

/// Ids of comment blocks: `comment_123`, `kommentar_2770530`, `data-id="696745"`, or an anchor
/// `<a name="167407">` at the top of the block.
enum BlockIdentity {
    /// The block's own number: the longest run of digits (three or more) in its id, a data id, or
    /// the id or name of an element among its first descendants.
    static func number(of block: Node) -> String? {
        let own = [block.id, block["data-id"], block["data-comment-id"], block["rel"]]
        if let number = own.lazy.compactMap({ $0.flatMap(digits(in:)) }).first { return number }
        for node in block.descendants.prefix(4) {
            if let number = [node.id, node["name"]].lazy.compactMap({ $0.flatMap(digits(in:)) }).first {
                return number
            }
        }
        return nil
    }

    /// Each block's number where every block has a distinct one, else `c1`, `c2`… in order.
    static func ids(of blocks: [Node]) -> [String] {
        let numbers = blocks.compactMap(number)
        guard numbers.count == blocks.count, Set(numbers).count == numbers.count else {
            return blocks.indices.map { "c\($0 + 1)" }
        }
        return numbers
    }

    /// The id with its digits removed: `comment-` for `comment-17`, `b-comment-root` for a wrapper.
    static func idShape(of block: Node) -> String? {
        guard let id = block.id, !id.isEmpty else { return nil }
        return String(id.filter { !($0.isASCII && $0.isNumber) })
    }

    /// The longest run of three or more digits in `text`.
    static func digits(in text: String) -> String? {
        var best = Substring()
        var current = text[text.startIndex..<text.startIndex]
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isASCII, character.isNumber {
                current = current.isEmpty ? text[index..<next] : text[current.startIndex..<next]
                if current.count > best.count { best = current }
            } else {
                current = text[next..<next]
            }
            index = next
        }
        return best.count >= 3 ? String(best) : nil
    }
}

/// One pass over the page that notes, for every element, what its subtree holds: a date, a
/// name, text of its own, the page's headline. Read bottom-up so each element costs its children.
private struct BlockSurvey {
    struct Contents {
        var hasDate = false
        var hasAuthor = false
        var hasBodyElement = false
        var hasHeadline = false
        /// Elements with text of their own.
        var textLeaves = 0
        /// Characters of text outside links, names and dates.
        var prose = 0

        mutating func add(_ inner: Contents) {
            hasDate = hasDate || inner.hasDate
            hasAuthor = hasAuthor || inner.hasAuthor
            hasBodyElement = hasBodyElement || inner.hasBodyElement
            hasHeadline = hasHeadline || inner.hasHeadline
            textLeaves += inner.textLeaves
            prose += inner.prose
        }
    }

    private(set) var membersBySignature: [String: [Node]] = [:]
    /// What each element holds, itself and all below it.
    private var contents: [Node: Contents] = [:]
    /// What each element holds itself.
    private var own: [Node: Contents] = [:]

    init(body: Node, language: String?) {
        var order: [Node] = []
        var walker = body.descendants.makeIterator()
        while let node = walker.next() {
            if node.isAny(of: ["script", "style", "noscript", "template", "svg", "nav", "select", "head"]) {
                walker.skipChildren()
                continue
            }
            order.append(node)
        }
        for node in order.reversed() {
            let mine = Self.ownContents(of: node, language: language)
            own[node] = mine
            var summary = mine
            for child in node.elementChildren {
                if let inner = contents[child] { summary.add(inner) }
            }
            contents[node] = summary
        }
        for node in order {
            for signature in Self.signatures(of: node) {
                membersBySignature[signature, default: []].append(node)
            }
        }
    }

    /// The members that read as comments; one that holds others must do so by what is its own
    /// (a wrapper whose only content is the comment inside is not a second comment).
    func commentLike(_ members: [Node]) -> [Node] {
        let candidates = members.filter { isCommentLike(contents[$0]) }
        let others = Set(candidates)
        return candidates.filter { member in
            guard candidates.contains(where: { $0 != member && member.contains($0) }) else { return true }
            let mine = ([member] + member.scopedDescendants(excluding: others.subtracting([member])))
                .compactMap { own[$0] }
                .reduce(into: Contents()) { $0.add($1) }
            return isCommentLike(mine)
        }
    }

    /// A block a reader would take for a comment: dated and signed (or one of them, with several
    /// separate texts), with text or a text element of its own, and not the article.
    private func isCommentLike(_ summary: Contents?) -> Bool {
        guard let summary else { return false }
        let signed = summary.hasDate && summary.hasAuthor
        return (signed || ((summary.hasDate || summary.hasAuthor) && summary.textLeaves >= 3))
            && (summary.prose > 0 || summary.hasBodyElement) && !summary.hasHeadline
    }

    /// Tag plus each class token; tag plus id shape for blocks known only by a numbered id.
    private static func signatures(of node: Node) -> [String] {
        let tokens = node.classes
        if !tokens.isEmpty { return tokens.map { node.name + "." + $0 } }
        if let shape = BlockIdentity.idShape(of: node), shape != node.id { return [node.name + "#" + shape] }
        return []
    }

    private static func ownContents(of node: Node, language: String?) -> Contents {
        var summary = Contents()
        summary.hasHeadline = node.is("h1")
        let ownText = node.children.reduce(into: "") { text, child in
            if child.kind == .text { text += child.content }
        }.collapsingWhitespace
        if !ownText.isEmpty { summary.textLeaves = 1 }
        summary.hasBodyElement = node.is("p")
            || (CommentVocabulary.classContains(node, CommentVocabulary.bodyFragments)
                && !CommentVocabulary.classContains(node, CommentVocabulary.chromeFragments))
        summary.hasDate = BlockRoles.isDate(node, language: language)
        summary.hasAuthor = BlockRoles.isAuthor(node)
        let inLink = node.is("a") || node.ancestors.prefix(3).contains { $0.is("a") }
        if !inLink, !summary.hasDate, !summary.hasAuthor { summary.prose = ownText.count }
        return summary
    }
}

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

    static func isAuthor(_ node: Node) -> Bool {
        guard node.hasClass("fn") || CommentVocabulary.classContains(node, authorFragments) else { return false }
        guard !CommentVocabulary.classContains(node, ["avatar", "photo", "image", "pic"]) else { return false }
        let text = node.visibleText
        return !text.isEmpty && text.count <= 60
    }

    /// A `time`, a machine date attribute, a short text named for a date, or a short text or
    /// tooltip that reads as a full date. Link tooltips are left out: lists of other articles
    /// carry their dates there.
    static func isDate(_ node: Node, language: String?) -> Bool {
        if node.is("time") || node["datetime"] != nil { return true }
        let text = node.visibleText
        if CommentVocabulary.classContains(node, dateFragments), !text.isEmpty, text.count <= 60,
            !CommentVocabulary.classContains(node, ["update"])
        {
            return true
        }
        if text.count <= 60, text.contains(where: \.isNumber), node.elementChildren.allSatisfy({ !$0.is("a") }),
            DisplayedDate.parse(text, language: language) != nil
        {
            return true
        }
        if !node.is("a"), let title = node["title"], title.count <= 80, DisplayedDate.parse(title, language: language) != nil {
            return true
        }
        return false
    }
}
