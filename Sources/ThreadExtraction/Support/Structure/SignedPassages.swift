import HTMLDOM
import ThreadModel

/// Discussions written as flowing text, each comment ended by its writer's signature rather than
/// held in a block of its own (wiki talk pages): a link to the writer, perhaps a few more links
/// ("talk"), then a link that states the time, right after the comment's last words. A comment is
/// what lies between one signature and the next; a heading starts a new topic and is the title of
/// its first comment; indentation by list items (`dl > dd`, `ul > li`) is the reply depth.
enum SignedPassages {
    /// One signature: the link naming the writer and the link stating the time.
    private struct Signature {
        let person: Node
        let time: Node
        let date: PageDate
    }

    /// Elements that start a block of their own: what follows a signature inside its block is
    /// the signature's (reply buttons), what follows in another block is the next comment.
    private static let blocks: [StaticString] = [
        "p", "div", "dl", "dt", "dd", "ul", "ol", "li", "table", "blockquote", "pre", "section", "article",
        "h1", "h2", "h3", "h4", "h5", "h6",
    ]
    private static let headings: [StaticString] = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The longest text between the links of one signature ("(", ") ", " | ").
    private static let separatorLength = 3
    /// The longest name a signature's first link shows.
    private static let nameLength = 40

    /// The comments of a page whose discussion is signed passages, the block of the region each
    /// starts in, and the blocks from the first to the last; nil where fewer than two signatures
    /// are found.
    static func read(_ page: Page, survey: StructureSurvey, language: String?) -> (comments: [Comment], elements: [Node], discussion: [Node])? {
        let signatures = survey.order.compactMap { signature(endingAt: $0, language: language) }
        guard signatures.count >= 2, let region = commonAncestor(of: signatures.map(\.time)) else { return nil }
        var holders: Set<Node> = []
        for signature in signatures {
            for ancestor in signature.time.ancestors {
                if !holders.insert(ancestor).inserted || ancestor == region { break }
            }
        }
        let byTime = Dictionary(signatures.map { ($0.time, $0) }, uniquingKeysWith: { first, _ in first })
        let converter = BodyConverter(resolver: page.resolver)
        var comments: [Comment] = []
        var elements: [Node] = []
        // The comment on each depth of the current topic, for replies to find their parent.
        var openByDepth: [Int: Int] = [:]
        var current: [Node] = []
        var title: String?
        var titleNode: Node?
        var trailing: Node?
        // Every node below the region in document order, text included, entering only the
        // elements that hold a signature.
        var next = region.firstChild
        while let node = next {
            if let signature = byTime[node] {
                let cut = current.firstIndex(of: signature.person) ?? current.endIndex
                let depth = signature.time.ancestors.prefix { $0 != region }.count { $0.isAny(of: ["dd", "li"]) }
                let parent = openByDepth.filter { $0.key < depth }.max { $0.key < $1.key }?.value
                comments.append(Comment(
                    id: "c\(comments.count + 1)", parentId: parent.map { comments[$0].id },
                    depth: parent.map { comments[$0].depth + 1 } ?? 0,
                    author: Person(name: signature.person.visibleText.nonEmptyCollapsed, url: page.resolve(signature.person["href"])),
                    published: signature.date, publishedText: signature.time.visibleText.nonEmptyCollapsed,
                    url: page.resolve(signature.time["href"]), title: title, parentInferred: parent != nil,
                    body: converter.convert(nodes: Array(current[..<cut]))))
                // The block of the region that holds the comment's start: its heading's for a
                // topic's first comment, so that the topic bar goes with the discussion too.
                elements.append(topBlock(of: titleNode ?? signature.time, in: region))
                openByDepth = openByDepth.filter { $0.key < depth }
                openByDepth[depth] = comments.count - 1
                current = []
                title = nil
                titleNode = nil
                trailing = signature.time.parent
            } else if holders.contains(node), let child = node.firstChild {
                if node.isAny(of: blocks) { trailing = nil }
                next = child
                continue
            } else if let trailing, node.parent == trailing, !node.isAny(of: blocks) {
                // The reply buttons after a signature, inside its block.
            } else if node.kind == .element,
                let heading = node.isAny(of: headings) ? node : node.first(where: { $0.isAny(of: headings) })
            {
                // A new topic: what came before it unsigned was no comment.
                trailing = nil
                title = heading.visibleText.nonEmptyCollapsed
                titleNode = heading
                current = []
                openByDepth = [:]
            } else {
                trailing = nil
                current.append(node)
            }
            next = following(node, below: region)
        }
        guard comments.count >= 2, let first = elements.first, let last = elements.last else { return nil }
        // Every block from the first topic's start to the last signature is the discussion's.
        var discussion = [first]
        var block = first
        while block != last, let sibling = block.nextElementSibling {
            discussion.append(sibling)
            block = sibling
        }
        return (comments, elements, discussion)
    }

    /// The signature that `node` ends: a link whose text is a date with a time, after a run of
    /// links with only separators between them, after the comment's own words in the same block.
    private static func signature(endingAt node: Node, language: String?) -> Signature? {
        guard node.is("a"), let text = node.visibleText(atMost: 60), text.containsNumber,
            let date = DisplayedDate.parse(text, language: language), date.time != nil
        else { return nil }
        var person: Node?
        var sibling = node.previousSibling
        while let current = sibling {
            if current.kind == .text {
                if current.content.collapsingWhitespace.count > separatorLength { break }
            } else if current.is("a"), current["href"].map({ !$0.hasPrefix("#") }) == true {
                person = current
            } else if current.kind == .element {
                break
            }
            sibling = current.previousSibling
        }
        guard let person, let name = person.visibleText(atMost: nameLength), !name.isEmpty else { return nil }
        // The comment's last words, right before the signature.
        var words = 0
        var before = person.previousSibling
        while let current = before, words < StructureSurvey.sentenceLength {
            words += current.kind == .text ? current.content.collapsingWhitespace.count : current.visibleText.count
            before = current.previousSibling
        }
        guard words >= StructureSurvey.sentenceLength else { return nil }
        return Signature(person: person, time: node, date: date)
    }

    /// The child of `region` that holds `node`.
    private static func topBlock(of node: Node, in region: Node) -> Node {
        var current = node
        while let parent = current.parent, parent != region { current = parent }
        return current
    }

    /// The node after `node` and its subtree, inside `region`.
    private static func following(_ node: Node, below region: Node) -> Node? {
        var current = node
        while current != region {
            if let sibling = current.nextSibling { return sibling }
            guard let parent = current.parent else { return nil }
            current = parent
        }
        return nil
    }

    /// The innermost element that holds every one of `nodes`.
    private static func commonAncestor(of nodes: [Node]) -> Node? {
        guard let first = nodes.first else { return nil }
        var chain = Array(first.ancestors)
        for node in nodes.dropFirst() {
            let mine = Set(node.ancestors)
            chain = Array(chain.drop { !mine.contains($0) })
        }
        return chain.first
    }
}
