import HTMLDOM

/// How much text each element of a page's body holds, and how much of it is links, gathered in
/// one bottom-up pass: every text node is measured once, as bytes, and its counts are added to the
/// element around it, which adds its totals to its parent when it closes. The same pass scores the
/// elements as Readability does (paragraphs with text vote for their ancestors), so that finding
/// the article and pruning around it read numbers instead of walking subtrees again.
struct TextDensity {
    struct Element {
        let node: Node
        /// Readability and trafilatura words of its class and id.
        let words: UInt64
        /// Visible characters before it in the document: what stands between two elements.
        let start: Int
        /// The index of the last element below it in `elements`, its own where it holds none.
        var end = 0
        /// Visible characters below it, links' included.
        var characters = 0
        var linkCharacters = 0
        var commas = 0
        var digits = 0
        /// `p` elements below it holding text.
        var paragraphs = 0
        /// Form fields below it.
        var inputs = 0
        /// Links (`a` elements) below it, itself included.
        var links = 0
        /// Whether a block (`p`, `div`, `table`, a list ...) is below it: a div without one is a paragraph.
        var holdsBlocks = false
        /// The votes of the paragraphs below it, when one has voted; nil for a non-candidate.
        var score: Double?
        /// The same counting the paragraphs of unlikely regions too, for pages whose whole layout
        /// sits in an element named like chrome (`has-sidebar`, `mmenu-wrapper`): Readability's
        /// second attempt, counted in the same pass.
        var looseScore: Double?

        var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
        var ownText: Int { characters - linkCharacters }
    }

    private(set) var elements: [Element] = []
    private var indexOf: NodePositions
    /// An element that may show the post's date or name its author, with the innermost region
    /// around it named for something else (comments, a sidebar, related posts), if any: such a
    /// region speaks of other posts unless it holds the article itself (a `has-sidebar` layout).
    struct Placed {
        let node: Node
        let region: Node?

        func isOutside(_ article: [Node]) -> Bool {
            guard let region else { return false }
            return !(article.first.map(region.contains) ?? false)
        }
    }

    /// Elements that may show the post's date (`time`, `itemprop`, classes naming a date), and
    /// those that may name its author, in document order.
    private(set) var dated: [Placed] = []
    private(set) var bylines: [Placed] = []
    /// Short texts with digits and no paragraph inside: where a date may be shown with no
    /// element named for it. Inner elements before outer ones.
    private(set) var datelines: [Placed] = []
    /// The `header` elements, where an article's lead may stand beside its title.
    private(set) var headers: [Node] = []

    /// `excluding`: elements left out with everything inside (the discussion).
    init(body: Node, excluding: Set<Node>) {
        indexOf = NodePositions(of: body.document)
        elements.reserveCapacity(body.document.elementCount)
        measure(body, excluding: excluding)
    }

    subscript(node: Node) -> Element? {
        indexOf[node].map { elements[$0] }
    }

    /// Whether `node` comes before `other` in the document; false where either was not measured.
    func isBefore(_ node: Node, _ other: Node) -> Bool {
        guard let index = indexOf[node], let otherIndex = indexOf[other] else { return false }
        return index < otherIndex
    }

    /// Whether `node` is `other` or holds it; false where either was not measured.
    func holds(_ node: Node, _ other: Node) -> Bool {
        guard let index = indexOf[node], let otherIndex = indexOf[other] else { return false }
        return index <= otherIndex && otherIndex <= elements[index].end
    }

    /// The last element named `tag` that begins before `node` and does not hold it.
    func last(_ tag: StaticString, before node: Node) -> Element? {
        guard let index = indexOf[node] else { return nil }
        return elements[..<index].last { $0.end < index && $0.node.is(tag) }
    }

    /// The elements after `node`'s subtree and before `other`, `other`'s ancestors left out, in
    /// document order.
    func elements(after node: Node, before other: Node) -> [Element] {
        guard let index = indexOf[node], let otherIndex = indexOf[other], elements[index].end < otherIndex else { return [] }
        return elements[(elements[index].end + 1)..<otherIndex].filter { $0.end < otherIndex }
    }

    /// Candidates (elements a paragraph voted for) in document order.
    var candidates: some Sequence<Element> { elements.lazy.filter { $0.looseScore != nil } }

    // MARK: The pass

    private mutating func measure(_ body: Node, excluding: Set<Node>) {
        let tags = Tags(body.document)
        let excluded = NodeSet(excluding, of: body.document)
        // Open elements, innermost last; a text node counts for the last one.
        var open: [Int] = []
        var insideLinks = 0
        var insideUnlikely = 0
        var regions: [Node] = []
        var insideArticles = 0
        // Per open element: whether it opened an unlikely region, and one elsewhere.
        var openers: [(unlikely: Bool, elsewhere: Bool)] = []
        var seen = 0
        var classWords = RememberedFragments(ArticleVocabulary.words, in: "class")
        func enter(_ node: Node) {
            let words = ArticleVocabulary.words(of: node, classes: &classWords)
            elements.append(Element(node: node, words: words, start: seen))
            indexOf[node] = elements.count - 1
            open.append(elements.count - 1)
            if tags.anchor.contains(node) { insideLinks += 1 }
            let isBody = tags.body.contains(node)
            let isArticle = tags.article.contains(node)
            let unlikely = words & ArticleVocabulary.unlikely != 0 && words & ArticleVocabulary.maybeCandidate == 0
                && !isBody && !isArticle && !tags.main.contains(node)
            // An `aside` inside an `article` is the article's own (its byline, its facts box).
            let elsewhere = !isBody
                && (words & ArticleVocabulary.elsewhere != 0 || (tags.aside.contains(node) && insideArticles == 0))
            if isArticle { insideArticles += 1 }
            if tags.header.contains(node) { headers.append(node) }
            openers.append((unlikely, elsewhere))
            if unlikely { insideUnlikely += 1 }
            if elsewhere { regions.append(node) }
            let hasItemprop = node.hasAttribute("itemprop")
            if words & ArticleVocabulary.dated != 0 || tags.time.contains(node) || hasItemprop {
                dated.append(Placed(node: node, region: regions.last))
            }
            if words & ArticleVocabulary.byline != 0 || hasItemprop || node.hasAttribute("rel") {
                bylines.append(Placed(node: node, region: regions.last))
            }
        }
        func leave() {
            let index = open.removeLast()
            elements[index].end = elements.count - 1
            let node = elements[index].node
            let isAnchor = tags.anchor.contains(node)
            if isAnchor { insideLinks -= 1 }
            if tags.article.contains(node) { insideArticles -= 1 }
            // Fields read in place: a copy of the element retains its node.
            if elements[index].digits >= 4, (6...80).contains(elements[index].characters), elements[index].paragraphs == 0 {
                datelines.append(Placed(node: node, region: regions.last))
            }
            let opened = openers.removeLast()
            if opened.unlikely { insideUnlikely -= 1 }
            if opened.elsewhere { regions.removeLast() }
            if tags.paragraph.contains(node), elements[index].characters > 0 { elements[index].paragraphs += 1 }
            if tags.fields.contains(node) { elements[index].inputs += 1 }
            if isAnchor { elements[index].links += 1 }
            let isParagraph = tags.voting.contains(node) || (tags.divisions.contains(node) && !elements[index].holdsBlocks)
            if isParagraph { vote(from: index, ancestors: open, counted: insideUnlikely == 0) }
            guard let parent = open.last else { return }
            elements[parent].characters += elements[index].characters
            elements[parent].linkCharacters += elements[index].linkCharacters
            elements[parent].commas += elements[index].commas
            elements[parent].digits += elements[index].digits
            elements[parent].paragraphs += elements[index].paragraphs
            elements[parent].inputs += elements[index].inputs
            elements[parent].links += elements[index].links
            if elements[index].holdsBlocks || tags.blocks.contains(node) { elements[parent].holdsBlocks = true }
        }

        enter(body)
        var next = body.firstChild
        while true {
            guard let node = next else {
                // The last child of the innermost open element is done: close it, go on after it.
                let closing = elements[open[open.count - 1]].node
                leave()
                if open.isEmpty { break }
                next = closing.nextSibling
                continue
            }
            switch node.kind {
            case .text:
                let measure = node.textMeasure
                let current = open[open.count - 1]
                elements[current].characters += measure.characters
                seen += measure.characters
                elements[current].commas += measure.commas
                elements[current].digits += measure.digits
                if insideLinks > 0 { elements[current].linkCharacters += measure.characters }
                next = node.nextSibling
            case .element where !tags.invisible.contains(node) && !excluded.contains(node)
                && !TextDensity.isMicrodataComment(node):
                enter(node)
                if let child = node.firstChild {
                    next = child
                } else {
                    leave()
                    next = node.nextSibling
                }
            default:
                next = node.nextSibling
            }
        }
    }

    /// A comment marked up as schema.org microdata (`itemprop=comment`, `itemtype=…/Comment`).
    private static func isMicrodataComment(_ node: Node) -> Bool {
        guard node.hasAttribute("itemprop") || node.hasAttribute("itemtype") else { return false }
        return node["itemprop"]?.split(separator: " ").contains("comment") == true
            || node["itemtype"]?.hasSuffix("/Comment") == true
    }

    static let invisibleTags: [StaticString] = ["script", "style", "noscript", "template", "head", "svg", "select"]
    static let blockTags: [StaticString] = ["p", "div", "pre", "table", "ul", "ol", "dl", "blockquote", "img", "section", "article"]

    /// The tags the pass asks of every element, by the numbers of the page's names.
    private struct Tags {
        let anchor, body, article, main, aside, header, time, paragraph, fields, blocks, invisible, voting, divisions: TagSet

        init(_ document: HTMLDocument) {
            anchor = TagSet(["a"], in: document)
            body = TagSet(["body"], in: document)
            article = TagSet(["article"], in: document)
            main = TagSet(["main"], in: document)
            aside = TagSet(["aside"], in: document)
            header = TagSet(["header"], in: document)
            time = TagSet(["time"], in: document)
            paragraph = TagSet(["p"], in: document)
            fields = TagSet(["input", "select", "textarea", "button"], in: document)
            blocks = TagSet(TextDensity.blockTags, in: document)
            invisible = TagSet(TextDensity.invisibleTags, in: document)
            voting = TagSet(["p", "pre", "td"], in: document)
            divisions = TagSet(["div", "section"], in: document)
        }
    }

    /// Readability's vote of a paragraph (`p`, `pre`, `td`, a `div` or `section` that holds no
    /// block): one of at least 25 characters gives 1, plus one per comma, plus one per hundred
    /// characters (at most 3), in full to its parent, half to its grandparent, and a third of its
    /// level to the three above.
    private mutating func vote(from index: Int, ancestors: [Int], counted: Bool) {
        let characters = elements[index].characters
        guard characters >= 25, !ancestors.isEmpty else { return }
        let points = 2 + Double(elements[index].commas) + Double(min(characters / 100, 3))
        for level in 0..<min(5, ancestors.count) {
            let ancestor = ancestors[ancestors.count - 1 - level]
            let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
            // The starting score only for a first vote: it reads the tag's name.
            let starts = elements[ancestor].looseScore == nil || (counted && elements[ancestor].score == nil)
            let initial = starts ? TextDensity.initialScore(elements[ancestor].node, words: elements[ancestor].words) : 0
            elements[ancestor].looseScore = (elements[ancestor].looseScore ?? initial) + points / divider
            if counted { elements[ancestor].score = (elements[ancestor].score ?? initial) + points / divider }
        }
    }

    /// Readability's starting score of a candidate: its tag and its class weight.
    private static func initialScore(_ node: Node, words: UInt64) -> Double {
        var score = Double(ArticleVocabulary.weight(words))
        if node.is("div") {
            score += 5
        } else if node.isAny(of: ["pre", "td", "blockquote"]) {
            score += 3
        } else if node.isAny(of: ["address", "ol", "ul", "dl", "dd", "dt", "li", "form"]) {
            score -= 3
        } else if node.isAny(of: ["h1", "h2", "h3", "h4", "h5", "h6", "th"]) {
            score -= 5
        }
        return score
    }
}
