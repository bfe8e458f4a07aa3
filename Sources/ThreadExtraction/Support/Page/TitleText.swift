import HTMLDOM

/// Page titles carry the site's name ("Post – Site", "Site » Post"); the post's title is the
/// rest.
enum TitleText {
    static let separators = [" | ", " – ", " — ", " - ", " » ", " :: ", " · "]

    /// The post's title where its engine did not say: the heading the page shows, then the
    /// structured data's headline, then the social title and the page title without the site's name.
    static func title(page: Page) -> String? {
        let metadata = page.metadata
        return heading(page: page) ?? metadata.article?.string("headline")
            ?? metadata.meta["og:title"]?.nonEmptyCollapsed.map { withoutSiteName($0, siteName: metadata.siteName, guessing: false) }
            ?? metadata.titleElement.map { withoutSiteName($0, siteName: metadata.siteName, guessing: true) }
    }

    /// The post's heading among `candidates` (by default the page's main elements), see
    /// `visibleHeading`.
    static func heading(page: Page, among candidates: [Node]? = nil) -> String? {
        let metadata = page.metadata
        let pageAddress = metadata.url.map { $0.split(separator: "#", maxSplits: 1)[0] }
        return visibleHeading(
            in: candidates ?? page.mainElements, pageTitle: metadata.meta["og:title"] ?? metadata.titleElement,
            siteName: metadata.siteName,
            isThisPage: { href in
                pageAddress != nil && page.resolve(href).map { $0.split(separator: "#", maxSplits: 1)[0] } == pageAddress
            })
    }

    /// `guessing`: without the site's name among the parts, take the longest part as the post's.
    static func withoutSiteName(_ title: String, siteName: String?, guessing: Bool) -> String {
        for separator in separators {
            let parts = title.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count > 1 else { continue }
            if let siteName, let index = parts.firstIndex(where: { $0.collapsingWhitespace == siteName }) {
                var rest = parts
                rest.remove(at: index)
                return rest.joined(separator: separator).collapsingWhitespace
            }
            if guessing { return parts.max { $0.count < $1.count }?.collapsingWhitespace ?? title }
        }
        return title
    }

    /// The post's heading as the page shows it, for themes that do not name it: a heading that
    /// links to this very page, else the longest heading the page's own title contains, else a
    /// top heading whose class names a title. `candidates` are the elements outside sidebars,
    /// in document order; `isThisPage` tells a link to this page from one to another post.
    static func visibleHeading(
        in candidates: [Node], pageTitle: String?, siteName: String?, isThisPage: (String) -> Bool
    ) -> String? {
        let headings = candidates.filter { $0.isAny(of: ["h1", "h2"]) }
        func text(_ node: Node) -> String? {
            let text = node.visibleText
            return text.isEmpty || text == siteName ? nil : text
        }
        if let linked = headings.first(where: { heading in
            heading.first { $0.is("a") && $0["href"].map(isThisPage) == true } != nil
        }).flatMap(text) {
            return linked
        }
        // The page's title names the post and the site; the longer heading it contains is the post's.
        if let pageTitle = pageTitle?.lowercased(),
            let contained = headings.compactMap(text).filter({ pageTitle.containsBytes($0.lowercased()) })
                .max(by: { $0.count < $1.count })
        {
            return contained
        }
        return headings.filter { $0.is("h1") }.first(where: {
            CommentVocabulary.classContains($0, ["title"])
                && !CommentVocabulary.classContains($0, ["site", "logo", "widget", "teaser"]) && text($0) != nil
        }).flatMap(text)
    }
}
