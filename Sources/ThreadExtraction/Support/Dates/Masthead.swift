import HTMLDOM

/// The page's masthead: the site's name as an `h1` that links to the home page, and what
/// stands beside it. A date there ("Mittwoch, 26.02.2020") is the day the page was served, the
/// same on every page of the site, not the day the post was published.
struct Masthead {
    private let page: Page
    /// The home page's address without its trailing slash.
    private let home: String?

    init(page: Page) {
        self.page = page
        home = page.metadata.siteURL.map(Masthead.trimmed)
    }

    /// Whether `node` stands beside the site's heading: the heading is a sibling of it or of
    /// its parent.
    func holds(_ node: Node) -> Bool {
        guard home != nil else { return false }
        for container in node.ancestors.prefix(2) {
            for heading in container.elementChildren where heading.is("h1") && !heading.contains(node) {
                if heading.descendants.contains(where: isHomeLink) { return true }
            }
        }
        return false
    }

    /// Whether `node` is a link to the site's home page: it names the site, not a person or a post.
    func isHomeLink(_ node: Node) -> Bool {
        guard let home, node.is("a"), let target = page.resolve(node["href"]) else { return false }
        return Masthead.trimmed(URLResolver.unwrapArchived(target)) == home
    }

    private static func trimmed(_ address: String) -> String {
        address.hasSuffix("/") ? String(address.dropLast()) : address
    }
}
