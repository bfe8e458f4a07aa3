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
    /// When the page was saved, where it says: what relative dates ("3 hours ago") count back from.
    let savedAt: PageDate?

    /// `describing`: the page's `meta`, `link`, `base`, `title` and `script` elements in document order.
    /// `origin`: what the page's container says; its address comes after the page's own, its
    /// date before a save tool's note.
    init(document: HTMLDocument, root: Node, describing: [Node], origin: PageOrigin = PageOrigin()) {
        var meta: [String: String] = [:]
        var jsonLD: [JSONLDObject] = []
        var canonical: String?
        var baseHref: String?
        var titleElement: String?
        for node in describing {
            if node.is("meta") {
                // Some templates write the value in `value`, which no browser reads but the page means.
                guard let content = (node["content"] ?? node["value"]).map(HTMLEntities.decode) else { continue }
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
            ?? meta["og:locale"]?.replacing("_", with: "-").nonEmptyCollapsed
            ?? meta["content-language"]?.nonEmptyCollapsed

        let note = PageMetadata.saveNote(document: document, root: root)
        savedAt = origin.savedDate ?? PageMetadata.savedAt(
            addresses: [canonical, meta["og:url"], note.url, baseHref, origin.url], noted: [note.date, meta["savepage-date"]])
        let absolute = [canonical, meta["og:url"], note.url, origin.url]
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

    /// What save tools note in a comment: browsers write `<!-- saved from url=(0042)https://… -->`
    /// before `<html>`; SingleFile writes a comment with `url:` and `saved date:` lines.
    private static func saveNote(document: HTMLDocument, root: Node) -> (url: String?, date: String?) {
        let comments = document.topLevelNodes.filter { $0.kind == .comment }
            + root.children.prefix(4).filter { $0.kind == .comment }
        var url: String?
        var date: String?
        for comment in comments {
            let text = comment.content
            if let range = text.byteRange(of: "saved from url=") {
                var rest = text[range.upperBound...]
                if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
                    rest = rest[rest.index(after: close)...]
                }
                url = url ?? String(rest.prefix { !$0.isWhitespace })
            }
            for line in text.split(whereSeparator: \.isNewline) {
                let trimmed = line.drop { $0.isWhitespace }
                if trimmed.hasPrefix("url:") {
                    url = url ?? String(trimmed.dropFirst(4)).collapsingWhitespace
                } else if trimmed.hasPrefix("saved date:") {
                    date = date ?? String(trimmed.dropFirst(11)).collapsingWhitespace
                }
            }
        }
        return (url, date)
    }

    /// When the page was saved: a web archive's capture time (`/web/20130307194448/…`, UTC), or
    /// what the save tool noted.
    private static func savedAt(addresses: [String?], noted: [String?]) -> PageDate? {
        for address in addresses.compactMap({ $0 }) {
            guard let range = address.byteRange(of: "/web/") else { continue }
            let digits = address[range.upperBound...].prefix { $0.isASCIIDigit }
            guard digits.count == 14 else { continue }
            let number = { (from: Int, count: Int) in Int(digits.dropFirst(from).prefix(count)) ?? 0 }
            if let date = PageDate(
                year: number(0, 4), month: number(4, 2), day: number(6, 2),
                time: .init(hour: number(8, 2), minute: number(10, 2), second: number(12, 2)), utcOffsetMinutes: 0)
            {
                return date
            }
        }
        return noted.compactMap { $0 }.lazy.compactMap { MachineDate.parse($0) ?? DisplayedDate.parse($0) }
            .first { $0.time != nil }
    }

    private static func origin(of url: String) -> String? {
        guard let schemeEnd = url.firstRange(of: "://") else { return nil }
        let afterScheme = url[schemeEnd.upperBound...]
        let host = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty else { return nil }
        return String(url[..<schemeEnd.upperBound]) + host + "/"
    }
}
