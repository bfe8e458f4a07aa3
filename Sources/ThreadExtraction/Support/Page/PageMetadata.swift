import Foundation
import HTMLDOM
import ThreadModel

/// What a page says about itself in its head and structured data, read once:
/// JSON-LD first, then meta tags, then the page's own elements (the order trusted most).
struct PageMetadata {
    /// `name`/`property`/`itemprop`/`http-equiv` of each meta tag, lower-cased, to its first content.
    let meta: [String: String]
    let jsonLD: [JSONLDObject]
    let generator: String?
    let language: String?
    /// The address the page was saved from, unwrapped from web-archive copies.
    let url: String?
    /// What relative links resolve against.
    let baseURL: String?
    let siteName: String?
    let siteURL: String?

    init(document: HTMLDocument, root: Node) {
        var meta: [String: String] = [:]
        var jsonLD: [JSONLDObject] = []
        var canonical: String?
        var baseHref: String?
        var titleElement: String?
        for node in root.descendants {
            if node.is("meta") {
                guard let content = node["content"].map(HTMLEntities.decode) else { continue }
                for key in ["name", "property", "itemprop", "http-equiv"] {
                    if let name = node[key]?.lowercased(), meta[name] == nil { meta[name] = content }
                }
            } else if node.is("link") {
                if canonical == nil, let rel = node["rel"]?.lowercased(), rel.split(separator: " ").contains("canonical") {
                    canonical = node["href"]
                }
            } else if node.is("script") {
                if node["type"]?.lowercased() == "application/ld+json" {
                    jsonLD.append(contentsOf: JSONLDObject.parse(node.rawText))
                }
            } else if node.is("base") {
                baseHref = baseHref ?? node["href"]
            } else if node.is("title") {
                titleElement = titleElement ?? node.visibleText
            }
        }
        self.meta = meta
        self.jsonLD = jsonLD
        self.titleElement = titleElement
        generator = meta["generator"]?.nonEmptyCollapsed
        language = (root["lang"] ?? root["xml:lang"])?.nonEmptyCollapsed
            ?? meta["og:locale"]?.replacingOccurrences(of: "_", with: "-").nonEmptyCollapsed
            ?? meta["content-language"]?.nonEmptyCollapsed

        let savedFrom = PageMetadata.savedFromURL(document: document, root: root)
        let absolute = [canonical, meta["og:url"], savedFrom]
            .compactMap { $0?.collapsingWhitespace }
            .first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
            .map(URLResolver.unwrapArchived)
        url = absolute
        if let baseHref, let resolved = URLResolver(base: absolute).resolve(baseHref),
            resolved.hasPrefix("http")
        {
            baseURL = URLResolver.unwrapArchived(resolved)
        } else {
            baseURL = absolute
        }
        let website = jsonLD.first { $0.isType("WebSite") }
        siteName = meta["og:site_name"]?.nonEmptyCollapsed ?? website?.string("name")
            ?? meta["application-name"]?.nonEmptyCollapsed
        siteURL = website?.string("url").map(URLResolver.unwrapArchived) ?? absolute.flatMap(PageMetadata.origin)
    }

    let titleElement: String?

    /// The first JSON-LD object describing an article, blog posting or discussion.
    var article: JSONLDObject? {
        jsonLD.first { object in
            ["BlogPosting", "Article", "NewsArticle", "TechArticle", "Report", "ScholarlyArticle",
             "SocialMediaPosting", "DiscussionForumPosting", "LiveBlogPosting", "OpinionNewsArticle",
             "AnalysisNewsArticle", "ReportageNewsArticle", "Review", "Recipe", "HowTo", "Blog", "Question"]
                .contains(where: object.isType)
        }
    }

    /// Browsers write `<!-- saved from url=(0042)https://… -->` before `<html>`; SingleFile writes
    /// a comment with a `url:` line.
    private static func savedFromURL(document: HTMLDocument, root: Node) -> String? {
        let comments = document.topLevelNodes.filter { $0.kind == .comment }
            + root.children.prefix(4).filter { $0.kind == .comment }
        for comment in comments {
            let text = comment.content
            if let range = text.range(of: "saved from url=") {
                var rest = text[range.upperBound...]
                if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
                    rest = rest[rest.index(after: close)...]
                }
                return String(rest.prefix { !$0.isWhitespace })
            }
            for line in text.split(whereSeparator: \.isNewline) {
                let trimmed = line.drop { $0.isWhitespace }
                if trimmed.hasPrefix("url:") {
                    return String(trimmed.dropFirst(4)).collapsingWhitespace
                }
            }
        }
        return nil
    }

    private static func origin(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let afterScheme = url[schemeEnd.upperBound...]
        let host = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty else { return nil }
        return String(url[..<schemeEnd.upperBound]) + host + "/"
    }
}
