import HTMLDOM
import ThreadModel

/// The post's tags and categories where its engine gave none, as the page marks them: links it
/// marks as tags near the article (`rel=tag`; `rel="category tag"` and `rel=category` are
/// categories), then JSON-LD `keywords` and `articleSection`, then Open Graph's `article:tag`
/// and `article:section`. Tag clouds of comments and sidebars are not the post's (`TextDensity`
/// places them outside the article).
enum TagReader {
    static func tags(page: Page, density: TextDensity?, article: [Node]) -> [String] {
        let linked = links(density: density, article: article, categories: false)
        if !linked.isEmpty { return linked }
        let keywords = page.metadata.article?.strings("keywords") ?? []
        return keywords.isEmpty ? metaValues(page, property: "article:tag") : keywords
    }

    static func categories(page: Page, density: TextDensity?, article: [Node]) -> [String] {
        let linked = links(density: density, article: article, categories: true)
        if !linked.isEmpty { return linked }
        let sections = page.metadata.article?.strings("articleSection") ?? []
        return sections.isEmpty ? metaValues(page, property: "article:section") : sections
    }

    /// The texts of the links near the article whose `rel` names a category (`categories`), or a
    /// tag and no category, each once, in document order.
    private static func links(density: TextDensity?, article: [Node], categories: Bool) -> [String] {
        guard let density else { return [] }
        var seen: Set<String> = []
        return density.bylines.compactMap { placed in
            let node = placed.node
            guard node.is("a"), node.hasAttribute("rel"), !placed.isOutside(article),
                let tokens = node["rel"]?.lowercased().split(separator: " "),
                tokens.contains("category") == categories, categories || tokens.contains("tag"),
                let text = node.visibleText.nonEmptyCollapsed, seen.insert(text).inserted
            else { return nil }
            return text
        }
    }

    /// Every value of a repeatable meta property (`article:tag` comes once per tag).
    private static func metaValues(_ page: Page, property: String) -> [String] {
        var seen: Set<String> = []
        return page.signals.describing.compactMap { node in
            guard node.is("meta"), node["property"]?.lowercased() == property,
                let value = node["content"].map(HTMLEntities.decode)?.nonEmptyCollapsed, seen.insert(value).inserted
            else { return nil }
            return value
        }
    }
}
