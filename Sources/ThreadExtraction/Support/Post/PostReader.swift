import HTMLDOM
import ThreadModel

/// The post as any page holds it, whatever its engine: the article's text with what is around it
/// pruned, its date and its author, read from one measuring pass over the body (`TextDensity`).
/// Engines sharpen it: the element an engine names as the body is taken as the article, and a
/// date or author the engine read wins.
struct PostReader {
    let page: Page
    let density: TextDensity?
    /// The elements that hold the article, found on the page (see `ArticleLocator`).
    let article: [Node]

    /// Whether the article found holds none of the discussion: the engine named the comments'
    /// elements, or found no comments. Only then may it outweigh the engine's own body.
    let isApart: Bool

    /// `discussion`: the elements of the comments, left out of the post; `isKnown`: whether
    /// they are all the page's comments.
    init(page: Page, discussion: [Node], isKnown: Bool) {
        self.page = page
        isApart = isKnown
        let density = page.body.map { TextDensity(body: $0, excluding: Set(discussion)) }
        self.density = density
        article = density.map { ArticleLocator(density: $0).article() } ?? []
    }

    /// The body: the engine's element pruned, where it holds more than a line; else the engine's
    /// own body, where it holds more than a line; else the article found on the page, or the
    /// structured data's `articleBody` where the page shows less than it.
    /// `title`: the post's, left out where the body repeats it as its first heading.
    func body(engineElement: Node?, engineBody: RichText?, title: String?) -> RichText {
        let articleText = isApart ? article.compactMap { density?[$0]?.ownText }.reduce(0, +) : 0
        if let engineElement, let element = density?[engineElement], element.characters >= PostReader.oneLine {
            // A small part of the article found: the engine's rules found a lead, a teaser or a box beside it.
            if !PostReader.isFraction(element.ownText, of: articleText) {
                return convert([engineElement], title: title)
            }
        } else if let engineBody, !PostReader.isOneLine(engineBody),
            !PostReader.isFraction(PostReader.characters(of: engineBody), of: articleText)
        {
            return engineBody
        }
        let found = convert(article, title: title)
        let stated = page.metadata.article?.fields["articleBody"]?.string.map(HTMLEntities.decode) ?? ""
        if stated.count > 2 * PostReader.characters(of: found) {
            return PostReader.paragraphs(stated)
        }
        if PostReader.characters(of: found) >= PostReader.characters(of: engineBody ?? RichText()) { return found }
        return engineBody ?? found
    }

    var published: PageDate? { PublishedDate.published(page: page, density: density, article: article) }

    var author: Person? { BylineReader.author(page: page, density: density, article: article) }

    var tags: [String] { TagReader.tags(page: page, density: density, article: article) }

    var categories: [String] { TagReader.categories(page: page, density: density, article: article) }

    private func convert(_ roots: [Node], title: String?) -> RichText {
        guard let density, !roots.isEmpty else { return RichText() }
        let pruning = ArticlePruning(density: density, roots: roots)
        var before = leads(pruning, first: roots[0])
        for lead in leads(apartBefore: roots[0]) where !before.contains(where: { $0.contains(lead) || lead.contains($0) }) {
            before.append(lead)
        }
        before.sort { density.isBefore($0, $1) }
        var text = BodyConverter(resolver: page.resolver) { pruning.isPruned($0) }.convert(nodes: before + roots)
        // The title is the post's field; the article's elements often begin with it (Readability drops it too).
        if let title = title?.collapsingWhitespace.lowercased(),
            let index = text.blocks.prefix(3).firstIndex(where: { block in
                guard case .heading(_, let content) = block else { return false }
                return PostReader.plainText(of: content).collapsingWhitespace.lowercased() == title
            })
        {
            text.blocks.remove(at: index)
        }
        text.blocks = text.blocks.compactMap(PostReader.withoutCredit)
        if let start = PostReader.appendixStart(text.blocks) { text.blocks.removeSubrange(start...) }
        // A heading with nothing after it introduced what was pruned (the comments, related
        // posts), and so did a closing line that ends in a colon ("More on this:" above a teaser
        // list); a rule at either end separated the text from it.
        while let last = text.blocks.last, last.isHeadingOrRule || PostReader.isIntroduction(last) { text.blocks.removeLast() }
        while let first = text.blocks.first, first == .rule { text.blocks.removeFirst() }
        return text
    }

    /// Where the article's appendix begins: a heading or a line that is a label alone ("Contact:",
    /// "Sources"), in the second half of the text, above whom to ask and what it cites.
    private static func appendixStart(_ blocks: [Block]) -> Int? {
        let sizes = blocks.map(characters(of:))
        let total = sizes.reduce(0, +)
        var before = 0
        for (index, block) in blocks.enumerated() {
            defer { before += sizes[index] }
            guard before * 2 >= total, index > 0 else { continue }
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines):
                if let label = label(plainText(of: inlines)), ArticleVocabulary.appendixLabels.contains(label) { return index }
            default: continue
            }
        }
        return nil
    }

    /// The block without the line that credits a picture or names a source: a label from
    /// `ArticleVocabulary.creditLabels`, a colon, a name ("Foto: dpa", "(Credit: Grist)"), as a
    /// short paragraph of its own or after the picture in it; nil where nothing else is left.
    private static func withoutCredit(_ block: Block) -> Block? {
        guard case .paragraph(let inlines) = block, isShorterThanALine(inlines) else { return block }
        let start = inlines.lastIndex { if case .image = $0 { true } else { false } }.map { $0 + 1 } ?? 0
        let line = plainText(of: Array(inlines[start...])).collapsingWhitespace.drop { $0 == "(" || $0 == "[" }
        guard let colon = line.firstIndex(of: ":"), let label = label(String(line[..<colon])),
            ArticleVocabulary.creditLabels.contains(label)
        else { return block }
        return start == 0 ? nil : .paragraph(Array(inlines[..<start]))
    }

    /// A line's text as a label: lower case, without its closing colon; nil where it is longer
    /// than a label.
    static func label(_ text: String) -> String? {
        let collapsed = text.collapsingWhitespace
        // Lower case is written scalar by scalar, and where a character ends depends on nothing
        // after it but the next scalar: the lower-cased start of a long paragraph is the start of
        // the whole lower-cased, all but its last character. A paragraph too long for a label is
        // told by lower-casing a start a few labels long.
        let scalars = collapsed.unicodeScalars
        if let end = scalars.index(scalars.startIndex, offsetBy: 4 * ArticlePruning.label, limitedBy: scalars.endIndex),
            end < scalars.endIndex
        {
            var position = 0
            for character in String(scalars[..<end]).quicklyLowercased.dropLast() {
                position += 1
                if position >= ArticlePruning.label, !isLabelEnd(character) { return nil }
            }
        }
        var label = Substring(collapsed.quicklyLowercased)
        while let last = label.last, isLabelEnd(last) { label.removeLast() }
        return label.count < ArticlePruning.label ? String(label) : nil
    }

    /// What may follow a label's words: its colon, and white space.
    private static func isLabelEnd(_ character: Character) -> Bool {
        character == ":" || character == "：" || character.isWhitespace
    }

    /// Whether a block is a short paragraph that ends in a colon: a line that introduces what
    /// follows it.
    private static func isIntroduction(_ block: Block) -> Bool {
        guard case .paragraph(let inlines) = block, isShorterThanALine(inlines),
            let last = plainText(of: inlines).last(where: { !$0.isWhitespace })
        else { return false }
        return last == ":" || last == "："
    }

    /// Whether an engine's body is so small a part of the article found around it (a lead, a
    /// teaser, the first of a live report's entries) that the article is the post.
    private static func isFraction(_ part: Int, of whole: Int) -> Bool {
        part * 4 < whole
    }

    /// The leads in the article's headers, which are pruned as a whole (a title and a byline
    /// with the lead between them): the first block of each that reads as a sentence, not a
    /// line. The headers are those inside the article, outside anything pruned in it, and the
    /// one just before it, beside it in the same parent or the parent's (`article > header`
    /// above `div.article-body`).
    private func leads(_ pruning: ArticlePruning, first: Node) -> [Node] {
        guard let density else { return [] }
        let beside = first.parent.map { [$0, $0.parent] } ?? []
        return density.headers.compactMap { header in
            guard pruning.isPruned(header) else { return nil }
            if let parent = header.parent, !parent.is("body"), beside.contains(parent), density.isBefore(header, first) {
                // Beside the article, before it.
            } else {
                guard let root = header.ancestors.first(where: { pruning.roots.contains($0) || pruning.isPruned($0) }),
                    pruning.roots.contains(root)
                else { return nil }
            }
            return header.descendants.first { node in
                guard let element = density[node] else { return false }
                return PostReader.readsAsLead(element) && !pruning.isPruned(node)
            }
        }
    }

    /// The lead printed apart between the post's heading and the article found (a subtitle, an
    /// excerpt, a `chapo` in a wrapper of its own): the paragraphs that stand there with little
    /// else around them (a byline, a date, a picture's caption). Where more stands there (menus,
    /// teasers), the heading is not the post's, or the article begins elsewhere.
    private func leads(apartBefore first: Node) -> [Node] {
        guard let density, let article = density[first], let heading = density.last("h1", before: first) else { return [] }
        var leads: [TextDensity.Element] = []
        for element in density.elements(after: heading.node, before: first) {
            let node = element.node
            guard PostReader.readsAsLead(element), !isApart(node), !leads.contains(where: { density.holds($0.node, node) }),
                !node.ancestors.prefix(while: { !density.holds($0, first) }).contains(where: isApart)
            else { continue }
            leads.append(element)
        }
        let between = article.start - (heading.start + heading.characters) - leads.reduce(0) { $0 + $1.characters }
        return between <= PostReader.aroundLead ? leads.map(\.node) : []
    }

    /// Whether an element reads as a lead: a block of its own with a sentence's worth of text, not a line or links.
    private static func readsAsLead(_ element: TextDensity.Element) -> Bool {
        element.node.isAny(of: ["p", "div", "h2", "h3", "h4"]) && !element.holdsBlocks && element.characters >= 80
            && element.linkDensity < 0.25
    }

    /// Whether an element, or one around it, sets a lead apart from the post: a menu, a sidebar,
    /// a form, a picture's caption, an author's box, something hidden.
    private func isApart(_ node: Node) -> Bool {
        guard let element = density?[node] else { return true }
        return node.isAny(of: ["nav", "aside", "footer", "form", "figure", "figcaption"]) || ArticleVocabulary.isHidden(node)
            || element.words & ArticleVocabulary.caption != 0 || ArticlePruning.isNamedChrome(element)
    }

    /// The characters that may stand around a lead between the heading and the text: a byline,
    /// a date, a caption, a share count.
    private static let aroundLead = 300

    /// An element with fewer characters than this holds a line (a teaser, a caption), not a post's text.
    static let oneLine = 150

    /// Whether an engine's body is empty or a single short paragraph.
    static func isOneLine(_ text: RichText) -> Bool {
        switch text.blocks.count {
        case 0: return true
        case 1:
            guard case .paragraph(let inlines) = text.blocks[0] else { return false }
            return isShorterThanALine(inlines)
        default: return false
        }
    }

    /// The characters of a body's text, for comparing bodies.
    static func characters(of text: RichText) -> Int {
        text.blocks.reduce(0) { $0 + characters(of: $1) }
    }

    private static func characters(of block: Block) -> Int {
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines): characters(of: inlines)
        case .quote(let blocks): blocks.reduce(0) { $0 + characters(of: $1) }
        case .list(_, _, let items): items.joined().reduce(0) { $0 + characters(of: $1) }
        case .code(_, let text): text.characterCount
        case .rule: 0
        case .table(let table): characters(of: Array(table.rows.joined().joined()))
        }
    }

    private static func plainText(of inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text), .code(let text): text
            case .emphasis(let content), .strong(let content), .strikethrough(let content), .link(_, _, let content):
                plainText(of: content)
            case .image, .lineBreak: " "
            }
        }.joined()
    }

    /// Whether the inlines show fewer than `oneLine` characters: counted only as far as a line,
    /// since most paragraphs asked are far longer.
    private static func isShorterThanALine(_ inlines: [Inline]) -> Bool {
        characters(of: inlines, upTo: oneLine) < oneLine
    }

    /// `min(characters(of: inlines), limit)`, reading no text past the limit.
    private static func characters(of inlines: [Inline], upTo limit: Int) -> Int {
        var total = 0
        for inline in inlines where total < limit {
            switch inline {
            case .text(let text), .code(let text): total += text.prefix(limit - total).count
            case .emphasis(let content), .strong(let content), .strikethrough(let content), .link(_, _, let content):
                total += characters(of: content, upTo: limit - total)
            case .image, .lineBreak: continue
            }
        }
        return min(total, limit)
    }

    private static func characters(of inlines: [Inline]) -> Int {
        inlines.reduce(0) { total, inline in
            switch inline {
            case .text(let text), .code(let text): total + text.characterCount
            case .emphasis(let content), .strong(let content), .strikethrough(let content), .link(_, _, let content):
                total + characters(of: content)
            case .image, .lineBreak: total
            }
        }
    }

    /// Structured data's plain text as paragraphs, one per line.
    private static func paragraphs(_ text: String) -> RichText {
        RichText(text.split(whereSeparator: \.isNewline).compactMap { line in
            line.nonEmptyCollapsed.map { Block.paragraph([.text($0)]) }
        })
    }
}

extension Block {
    fileprivate var isHeadingOrRule: Bool {
        switch self {
        case .heading, .rule: true
        default: false
        }
    }
}
