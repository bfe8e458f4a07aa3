import HTMLDOM

/// What is not the article inside the elements that hold it, told by structure alone:
/// - landmarks that are never the text: `nav`, `aside`, `footer`, forms and their fields, the
///   captions of pictures, and a `header` that holds little of the text (a byline and the title);
/// - what the page hides (`hidden`, `aria-hidden`, `display:none`);
/// - blocks named by their developers as chrome (`share-buttons`, `related-posts`, `post-meta`,
///   `newsletter-box`, `tags`, `byline`, `comments`, `factbox`, `disclaimer`, an embedded
///   `twitter-tweet` ...), unless they hold most of the article;
/// - blocks of mostly links (menus, tag lists, teaser lists, "read more" lines), Readability's and
///   trafilatura's link density tests, and boxes with more form fields than paragraphs.
/// Every test reads `TextDensity`'s numbers: nothing here walks a subtree.
struct ArticlePruning {
    let density: TextDensity
    /// The elements that hold the article: never pruned themselves.
    let roots: Set<Node>
    /// The characters of the article's elements together, what "most of the article" weighs against.
    let articleCharacters: Int

    init(density: TextDensity, roots: [Node]) {
        self.density = density
        self.roots = Set(roots)
        articleCharacters = roots.compactMap { density[$0]?.characters }.reduce(0, +)
    }

    func isPruned(_ node: Node) -> Bool {
        guard !roots.contains(node) else { return false }
        if node.isAny(of: ArticlePruning.landmarks) { return true }
        // What the measure left out is the discussion or invisible.
        guard let element = density[node] else { return true }
        let share = articleCharacters == 0 ? 0 : Double(element.characters) / Double(articleCharacters)
        if node.is("header") { return share < 0.3 }
        if ArticleVocabulary.isHidden(node) || ArticleVocabulary.hasChromeRole(node) { return true }
        // A code block's classes name its language (`csharp`, `metadata`), not the page's parts.
        if node.isAny(of: ["pre", "code"]) { return false }
        let words = element.words
        if words & ArticleVocabulary.comment != 0 { return true }
        // A caption's text, not the block around the picture it captions (`wp-caption` holds the `img`).
        if words & ArticleVocabulary.caption != 0, !element.holdsBlocks { return true }
        // Page builders wrap everything in `widget-container`s: a block holding half the article is not chrome.
        // An `article` holding a third of the text is the post itself (Drupal marks it
        // `node--promoted`, WordPress with its tags' and categories' slugs), not a teaser.
        if ArticlePruning.isNamedChrome(element), share < (node.is("article") ? 0.3 : 0.5) { return true }
        // The same holds for links and fields: where most of the article is a block of links with
        // paragraphs of text in it, the article was found too wide, and pruning the block would
        // leave nothing of it.
        if share >= 0.5, element.paragraphs > 0, element.ownText >= ArticlePruning.text { return false }
        return isLinkBlock(element) || introducesLinks(element)
    }

    /// Whether the element is a short line with no link that introduces a block of links after
    /// it: the label above a list of teasers or embedded posts ("Read also:", "Seen this?"), in
    /// whatever language, told by its closing mark and by what it heads.
    private func introducesLinks(_ element: TextDensity.Element) -> Bool {
        let node = element.node
        guard (1..<ArticlePruning.label).contains(element.characters), element.linkCharacters == 0, !element.holdsBlocks,
            node.isAny(of: ["p", "div", "h2", "h3", "h4", "h5", "h6"]),
            node.visibleText.last(where: { !$0.isWhitespace }).map(ArticlePruning.introducingMarks.contains) == true,
            var next = following(node)
        else { return false }
        // The links may open a wrapper that holds more (a row of teasers, then the next section).
        // A table's links are its data (the products in a list of ingredients).
        while let block = density[next], !next.is("table") {
            if isLinkBlock(block) { return true }
            guard block.holdsBlocks, !next.is("figure"),
                let first = next.elementChildren.first(where: { (density[$0]?.characters ?? 0) > 0 })
            else { return false }
            next = first
        }
        return false
    }

    /// Whether a short paragraph is a label and one link after it ("Read also: <title>", "See »
    /// <title>"): the label ends in a mark, nothing but punctuation follows the link, and the
    /// link, a title, holds most of the text (not a name credited after its label).
    private func isLabelledLink(_ element: TextDensity.Element) -> Bool {
        guard element.links == 1, element.characters < 200, element.linkDensity >= 0.67, element.ownText <= 30 else { return false }
        var label = "", after = "", isAfter = false
        func read(_ node: Node) {
            for child in node.children {
                if child.is("a") {
                    isAfter = true
                } else if child.isElement {
                    read(child)
                } else if isAfter {
                    after += child.content
                } else {
                    label += child.content
                }
            }
        }
        read(element.node)
        guard let mark = label.last(where: { !$0.isWhitespace }), mark.isPunctuation || mark.isSymbol else { return false }
        return after.allSatisfy { $0.isWhitespace || $0.isPunctuation }
    }

    /// The marks that end a line introducing what follows it.
    static let introducingMarks: Set<Character> = [":", "：", "?", "？", "»"]

    /// The first element with text after `node` in the article, outside it; nil at the article's end.
    private func following(_ node: Node) -> Node? {
        var current = node
        while true {
            if let sibling = current.nextElementSibling {
                if let element = density[sibling], element.characters > 0 { return sibling }
                current = sibling
                continue
            }
            guard let parent = current.parent, !roots.contains(parent) else { return nil }
            current = parent
        }
    }

    /// Whether the element's class or id names it as chrome. A "teaser" with no link leads to no
    /// other page: it is the article's own lead (TYPO3's `teaser-text`).
    static func isNamedChrome(_ element: TextDensity.Element) -> Bool {
        let words = element.linkCharacters == 0 ? element.words & ~ArticleVocabulary.teaser : element.words
        return words & ArticleVocabulary.chrome != 0 || ArticleVocabulary.isInsert(element.node)
    }

    /// Characters outside links that make a text rather than lines around a page (a forum's
    /// heading, a teaser).
    static let text = 250

    /// Fewer characters than this make a label ("Read also:"), not a sentence of the text.
    static let label = 40

    private static let landmarks: [StaticString] = [
        "nav", "aside", "footer", "form", "button", "input", "select", "textarea", "dialog", "menu", "figcaption",
    ]

    /// Mostly links, few sentences: menus, tag and teaser lists, "read more" and share lines.
    private func isLinkBlock(_ element: TextDensity.Element) -> Bool {
        let node = element.node
        guard element.characters > 0, element.commas < 10 else { return false }
        let links = element.linkDensity
        if node.isAny(of: ["ul", "ol", "dl"]) { return links > 0.5 }
        // A paragraph or quotation that is a link, or a label and one link ("Read also: <title>"):
        // a teaser of another page, embedded or written into the text.
        if node.isAny(of: ["p", "blockquote"]) {
            return element.characters < 100 && links > 0.8
                || isLabelledLink(element)
        }
        // A span in a paragraph is a phrase of its sentence (a linked name), never a block of links.
        if node.isAny(of: ["div", "section", "table", "li"]) || (node.is("span") && node.parent?.is("p") != true) {
            if element.inputs > element.paragraphs / 3 + 1 { return true }
            return links > (element.words & ArticleVocabulary.positive != 0 ? 0.5 : 0.33)
        }
        return false
    }
}
