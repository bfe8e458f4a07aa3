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
        return isLinkBlock(element)
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

    private static let landmarks: [StaticString] = [
        "nav", "aside", "footer", "form", "button", "input", "select", "textarea", "dialog", "menu", "figcaption",
    ]

    /// Mostly links, few sentences: menus, tag and teaser lists, "read more" and share lines.
    private func isLinkBlock(_ element: TextDensity.Element) -> Bool {
        let node = element.node
        guard element.characters > 0, element.commas < 10 else { return false }
        let links = element.linkDensity
        if node.isAny(of: ["ul", "ol", "dl"]) { return links > 0.5 }
        if node.is("p") { return element.characters < 100 && links > 0.8 }
        // A span in a paragraph is a phrase of its sentence (a linked name), never a block of links.
        if node.isAny(of: ["div", "section", "table", "li"]) || (node.is("span") && node.parent?.is("p") != true) {
            if element.inputs > element.paragraphs / 3 + 1 { return true }
            return links > (element.words & ArticleVocabulary.positive != 0 ? 0.5 : 0.33)
        }
        return false
    }
}
