import HTMLDOM

/// A teaser of another article: a small block headed by a heading that links elsewhere
/// (`article > h2 > a`, `li > a > h4`), with the teaser's date beside it. Lists of them sit inside
/// the located article on many news pages (more from the section, a slider of opinion pieces);
/// their dates are the other articles' days.
struct TeaserItem {
    private let page: Page
    /// The page's own address, trimmed: a heading linking there is the post's own title.
    private let own: String?
    /// The document's title, lowercased: where the page does not say its address, a heading
    /// it holds is the post's own.
    private let documentTitle: String?

    init(page: Page) {
        self.page = page
        own = page.metadata.url.map(TeaserItem.trimmed)
        documentTitle = page.metadata.titleElement?.collapsingWhitespace.lowercased()
    }

    /// Whether `node` stands in a teaser: one of its three nearest ancestors, holding little
    /// text, has a child that is a heading holding a link, or a link holding a heading, to
    /// another article.
    func holds(_ node: Node) -> Bool {
        for container in node.ancestors.prefix(3) {
            guard container.textFits(inBytes: TeaserItem.teaserBytes) else { return false }
            for child in container.elementChildren where !child.contains(node) {
                if child.isAny(of: TeaserItem.headings) {
                    if let link = child.first(where: { $0.is("a") }), isOtherArticle(link, headed: child) { return true }
                } else if child.is("a"), let heading = child.first(where: { $0.isAny(of: TeaserItem.headings) }),
                    isOtherArticle(child, headed: heading)
                {
                    return true
                }
            }
        }
        return false
    }

    private func isOtherArticle(_ link: Node, headed heading: Node) -> Bool {
        guard let href = link["href"], !href.isEmpty else { return false }
        if let own {
            guard let target = page.resolve(href) else { return false }
            return TeaserItem.trimmed(URLResolver.unwrapArchived(target)) != own
        }
        guard let documentTitle, let text = heading.visibleText.nonEmptyCollapsed?.lowercased() else { return false }
        return !documentTitle.contains(text)
    }

    /// The address without its fragment, query and trailing slash.
    private static func trimmed(_ address: String) -> String {
        var kept = address.prefix { $0 != "#" && $0 != "?" }
        if kept.hasSuffix("/") { kept = kept.dropLast() }
        return String(kept)
    }

    /// Teasers head themselves below the page's own `h1`.
    private static let headings: [StaticString] = ["h2", "h3", "h4", "h5", "h6"]
    /// A teaser's title, date, author and a line of summary; an article holds more.
    private static let teaserBytes = 600
}
