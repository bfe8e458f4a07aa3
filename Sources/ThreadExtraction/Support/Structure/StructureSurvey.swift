import HTMLDOM

/// One bottom-up pass over the page that notes, for every element, what its subtree holds (a
/// person-like field, a time-like field, free text, link text, a comment form, the page's
/// headline) and groups the elements by shape, so that candidate record regions can be judged
/// without walking any subtree twice.
struct StructureSurvey {
    /// What an element's subtree holds. Counts, so that a record's own share is its total minus
    /// the totals of the records nested in it.
    struct Contents {
        var persons = 0
        var times = 0
        /// Elements named for a comment's text (`comment-body`, `message`) or paragraphs.
        var bodyElements = 0
        var headlines = 0
        /// Elements with text of their own.
        var textLeaves = 0
        /// Characters of text outside links, names and dates.
        var prose = 0
        /// Characters of text inside links.
        var linkText = 0
        var textareas = 0
        /// Fields a reader types into (text inputs, textareas) outside a form of their own: the
        /// parts of a form, never a record.
        var fields = 0
        /// Elements with a sentence's worth of free text of their own: a body, not a label.
        var sentences = 0

        mutating func add(_ other: Contents) {
            persons += other.persons
            times += other.times
            bodyElements += other.bodyElements
            headlines += other.headlines
            textLeaves += other.textLeaves
            prose += other.prose
            linkText += other.linkText
            textareas += other.textareas
            fields += other.fields
            sentences += other.sentences
        }

        mutating func subtract(_ other: Contents) {
            persons -= other.persons
            times -= other.times
            bodyElements -= other.bodyElements
            headlines -= other.headlines
            textLeaves -= other.textLeaves
            prose -= other.prose
            linkText -= other.linkText
            textareas -= other.textareas
            fields -= other.fields
            sentences -= other.sentences
        }
    }

    /// The elements of the page in document order, leaving out what is never a discussion
    /// (scripts, navigation, sidebars and widgets).
    private(set) var order: [Node] = []
    /// Each element's position in `order`.
    private(set) var position: NodePositions
    /// What each element's subtree holds, by position.
    private(set) var totals: [Contents] = []
    /// The start of each element's text, known bottom-up (see `ShortText`), by position.
    private(set) var shortTexts: [ShortText] = []
    /// Elements by shape: tag and one class token, or tag and the digit-free shape of a numbered id.
    private(set) var membersBySignature: [String: [Node]] = [:]

    init(body: Node, language: String?) {
        position = NodePositions(of: body.document)
        var walker = body.descendants.makeIterator()
        while let node = walker.next() {
            if node.isAny(of: ["script", "style", "noscript", "template", "svg", "nav", "select", "head"])
                || Self.sidebar.matches(node) || Self.isOverlay(node)
            {
                walker.skipChildren()
                continue
            }
            position[node] = order.count
            order.append(node)
        }
        totals = Array(repeating: Contents(), count: order.count)
        shortTexts = Array(repeating: .long, count: order.count)
        for index in order.indices.reversed() {
            let node = order[index]
            var shortText = ShortText.empty
            for child in node.children {
                shortText.append(position[child].map { shortTexts[$0] } ?? ShortText(child: child))
            }
            shortTexts[index] = shortText
            var summary = Self.ownContents(of: node, language: language, shortText: shortText)
            for child in node.elementChildren {
                if let inner = position[child] { summary.add(totals[inner]) }
            }
            // A whole form inside a block is its reply form; only fields outside one make it a form's part.
            if node.is("form") { summary.fields = 0 }
            totals[index] = summary
        }
        groupByShape(body.document)
    }

    /// An element's shape before it is named: tags and tokens by their numbers, so that no String
    /// is made per element.
    private enum Shape: Hashable {
        case classed(tag: Int32, token: Int32)
        case numberedID(tag: Int32, idShape: String)
        case placed(tag: Int32, path: Int)
    }

    /// Tag plus each class token; tag plus id shape for blocks known only by a numbered id; tag
    /// plus tag path for blocks with neither.
    private mutating func groupByShape(_ document: HTMLDocument) {
        var tokens = ClassTokenNumbers(of: document)
        var membersByShape: [Shape: [Node]] = [:]
        // Classless elements are known by their tag path from the body, as in record mining:
        // the rows of a flat table of comments share theirs.
        var paths: [Int] = []
        paths.reserveCapacity(order.count)
        for node in order {
            var path = Hasher()
            path.combine(node.parent.flatMap { position[$0] }.map { paths[$0] } ?? 0)
            path.combine(node.nameNumber)
            let hash = path.finalize()
            paths.append(hash)
            var classed = false
            tokens.forEachNumber(of: node) { token in
                classed = true
                membersByShape[.classed(tag: node.nameNumber, token: token), default: []].append(node)
            }
            if classed { continue }
            if let idShape = BlockIdentity.idShape(of: node), idShape != node.id {
                membersByShape[.numberedID(tag: node.nameNumber, idShape: idShape), default: []].append(node)
            } else if node.isAny(of: ["div", "li", "tr", "article", "section", "dd", "table"]) {
                membersByShape[.placed(tag: node.nameNumber, path: hash), default: []].append(node)
            }
        }
        for (shape, members) in membersByShape {
            let tag = members[0].name
            let signature = switch shape {
            case .classed(_, let token): tag + "." + tokens.token(token)
            case .numberedID(_, let idShape): tag + "#" + idShape
            case .placed(_, let path): tag + "/" + String(path)
            }
            // Shapes that read alike (tokens alike once decoded) are one, their members in document order.
            if let earlier = membersBySignature[signature] {
                membersBySignature[signature] = (earlier + members).sorted { position[$0]! < position[$1]! }
            } else {
                membersBySignature[signature] = members
            }
        }
    }

    /// Sidebars and their widgets. A bare `widget` class is not enough: Blogger's main column is one.
    static let sidebar = NodeTest.anyClass(["sidebar", "widget-area", "widget_recent_comments"])
        || .idContains("sidebar") || .idIs(["secondary", "recentcomments"]) || .tag("aside") && .classFragment(["widget"])

    /// Boxes that float over the page: dialogs, pop-ups and cookie or consent panels. Their lists
    /// of services or options, each a name, a line and a text, have the shape of a discussion.
    /// A class that only ends in the word counts (`privacy-popup`, not `profile-popup-actionable`,
    /// which marks a tweet whose author card pops up). Not `modal`: a saved tweet's page holds the
    /// tweet and its replies in `PermalinkOverlay-modal`.
    static func isOverlay(_ node: Node) -> Bool {
        if node.is("dialog") || overlayRoles.matches(node) || node.classContains(anyOf: ["cookie", "consent"]) { return true }
        return node.hasClass(suffix: "popup")
    }
    private static let overlayRoles = NodeTest.attributeIs("role", "dialog") || .attributeIs("role", "alertdialog")

    /// Characters of free text on the whole page (outside what the survey leaves out).
    var bodyProse: Int {
        order.indices.reduce(0) { sum, index in
            order[index].parent.flatMap { position[$0] } == nil ? sum + totals[index].prose : sum
        }
    }

    /// Characters of free text on the page before `node`, outside it: the totals of the
    /// elements before it that hang from its ancestors (or from the body), each holding its own
    /// descendants' text.
    func prose(before node: Node) -> Int {
        guard let end = position[node] else { return 0 }
        let ancestors = Set(node.ancestors)
        var sum = 0
        for index in 0..<end where !ancestors.contains(order[index]) {
            let parent = order[index].parent
            if parent.flatMap({ position[$0] }) == nil || parent.map(ancestors.contains) == true { sum += totals[index].prose }
        }
        return sum
    }

    func total(_ node: Node) -> Contents {
        position[node].map { totals[$0] } ?? Contents()
    }

    func shortText(_ node: Node) -> ShortText? {
        position[node].map { shortTexts[$0] }
    }

    /// A link whose address names its text below a section (`/user/anaya60`, `user?id=kaisdavis`):
    /// a person's page. A menu's `/community` names its text too, but as a section of its own.
    static func isProfileLink(_ node: Node) -> Bool {
        guard node.is("a"), let href = node["href"], !href.hasPrefix("#") else { return false }
        let text = node.visibleText
        guard (3...40).contains(text.characterCount), !text.containsBytes(" ") else { return false }
        let before: Substring
        if href.utf8.isAllASCII {
            guard let range = href.byteRange(of: text.quicklyLowercased, ignoringASCIICase: true) else { return false }
            before = href[..<range.lowerBound]
        } else {
            let address = href.quicklyLowercased
            guard let range = address.firstRange(of: text.quicklyLowercased) else { return false }
            before = address[..<range.lowerBound]
        }
        return before.contains("?") || before.split(separator: "/").contains { !$0.contains(".") && !$0.contains(":") }
    }

    /// A link that shows a short name near a link to the same address that shows only the
    /// person's picture (named so, or with the name as its alt text): a person, as lists of
    /// comments and of people's actions print them. A teaser's picture and its "more" link, or a
    /// photo and its count, lead to one address too, but the picture is not a person's.
    static func isPicturedName(_ node: Node) -> Bool {
        guard node.is("a"), let href = node["href"], !href.hasPrefix("#"),
            let name = node.visibleText(atMost: 40), name.containsLetter
        else { return false }
        for ancestor in node.ancestors.prefix(4) {
            // Stepped by hand: a prefix of the walk is iterated through generic witnesses.
            var walker = ancestor.descendants.makeIterator()
            for _ in 0..<16 {
                guard let other = walker.next() else { break }
                // The address last: most links show text, and their addresses need no String.
                guard other != node, other.is("a"), !other.hasVisibleText, let picture = other.first(where: { $0.is("img") }),
                    other["href"] == href
                else { continue }
                if picture["alt"].map(HTMLWhitespace.collapsing) == name || [picture, other].contains(where: { CommentVocabulary.classContains($0, personPictureFragments) }) {
                    return true
                }
            }
        }
        return false
    }

    /// Class words of a person's picture.
    static let personPictureFragments: [StaticString] = ["avatar", "userpic", "portrait"]

    /// A paragraph, or an element named for a comment's text (`comment-body`, `message`).
    static func isBodyElement(_ node: Node) -> Bool {
        node.is("p")
            || (CommentVocabulary.classContains(node, CommentVocabulary.bodyFragments)
                && !CommentVocabulary.classContains(node, CommentVocabulary.chromeFragments))
    }

    /// Input types a reader types words into.
    private static let textTypes: Set<String> = ["text", "email", "url", "search", "password"]

    /// Characters of free text in one element that make more than a label ("Posted on", "1 point by").
    static let sentenceLength = 20

    private static func ownContents(of node: Node, language: String?, shortText: ShortText) -> Contents {
        var summary = Contents()
        if node.is("h1") { summary.headlines = 1 }
        if node.is("textarea") { summary.textareas = 1 }
        if node.is("textarea")
            || (node.is("input") && textTypes.contains(node["type"]?.lowercased() ?? "text")
                && !node.hasAttribute("readonly") && !node.hasAttribute("disabled"))
        {
            summary.fields = 1
        }
        let ownText = node.ownText
        if !ownText.isEmpty { summary.textLeaves = 1 }
        if isBodyElement(node) { summary.bodyElements = 1 }
        let text = shortText.text(atMost: BlockRoles.shortTextLimit)
        let isDate = BlockRoles.isDate(node, language: language, text: text)
        let isAuthor = BlockRoles.isAuthor(node, text: text) || isProfileLink(node) || isPicturedName(node)
        if isDate { summary.times = 1 }
        if isAuthor { summary.persons = 1 }
        let inLink = node.is("a") || node.ancestors.prefix(3).contains { $0.is("a") }
        if inLink {
            summary.linkText = ownText.characterCount
        } else if !isDate, !isAuthor {
            summary.prose = ownText.characterCount
            if summary.prose >= sentenceLength { summary.sentences = 1 }
        }
        return summary
    }
}
