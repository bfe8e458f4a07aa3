import HTMLDOM
import ThreadModel

/// Who wrote the post, where its engine did not say: structured data (JSON-LD, then meta tags),
/// then the page's own markup near the article, most explicit first: a `rel=author` link, an
/// `itemprop=author`, an element named for the author (`author-name`, `vcard`, `byline`). A name
/// is short: a block of text is an author box, not a byline.
enum BylineReader {
    static let metaNames = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"]

    static func author(page: Page, density: TextDensity?, article: [Node]) -> Person? {
        if let stated = statedForMachines(page.metadata) { return stated }
        guard let density else { return nil }
        let candidates = density.bylines.filter { !$0.isOutside(article) }.map(\.node)
        // A theme's site title may carry `rel=author` (Jekyll's minima): a link home names the site.
        let masthead = Masthead(page: page)
        if let link = candidates.first(where: { isAuthorLink($0) && !masthead.isHomeLink($0) }), let name = name(of: link) {
            return Person(name: name, url: page.resolve(link["href"]))
        }
        if let marked = candidates.first(where: { $0.hasAttribute("itemprop") && $0["itemprop"] == "author" }) {
            let named = marked.first { $0.hasAttribute("itemprop") && $0["itemprop"] == "name" } ?? marked
            if let name = name(of: named) {
                return Person(name: name, url: page.resolve(link(in: marked)?["href"]))
            }
        }
        // The innermost named element: `span.byline > span.author > a` names the author by its link.
        for element in candidates where element.fragments(of: "class", in: ArticleVocabulary.words) & ArticleVocabulary.byline != 0 {
            let inner = element.first { $0.fragments(of: "class", in: ArticleVocabulary.words) & ArticleVocabulary.byline != 0 }
            guard inner == nil else { continue }
            let link = link(in: element)
            if let link, let name = name(of: link) {
                return Person(name: name, url: page.resolve(link["href"]))
            }
            if let name = name(of: element) { return Person(name: name) }
        }
        return nil
    }

    /// The author the page states for machines (JSON-LD's `author`, then meta tags). Where there
    /// is one, a name the structural reader found on a record of the page is not the post's: that
    /// record may be a comment.
    static func statedForMachines(_ metadata: PageMetadata) -> Person? {
        let objects = [metadata.article].compactMap { $0 } + metadata.jsonLD
        if let name = objects.lazy.compactMap({ jsonLDName($0.fields["author"], in: metadata.jsonLD) }).first {
            return Person(name: name)
        }
        for name in metaNames {
            // Some sites put the author's profile address in `article:author`.
            if let value = metadata.meta[name]?.nonEmptyCollapsed, !value.hasPrefix("http") {
                return Person(name: value)
            }
        }
        return nil
    }

    /// The name a JSON-LD `author` gives: a string, a Person, the first of a list of either, or
    /// a reference (`{"@id": …}`) to a Person elsewhere in the page's graph, as Yoast writes it.
    /// An address is not a name.
    private static func jsonLDName(_ value: JSONValue?, in objects: [JSONLDObject]) -> String? {
        switch value {
        case .string(let text):
            let name = HTMLEntities.decode(text).nonEmptyCollapsed
            return name?.hasPrefix("http") == true ? nil : name
        case .array(let list):
            return list.lazy.compactMap { jsonLDName($0, in: objects) }.first
        case .object(let fields):
            if let name = JSONLDObject(fields: fields).string("name") { return name }
            guard let id = fields["@id"]?.string else { return nil }
            return objects.first { $0.fields["@id"]?.string == id && $0.fields["name"] != nil }?.string("name")
        default:
            return nil
        }
    }

    private static func isAuthorLink(_ node: Node) -> Bool {
        node.is("a") && node.hasAttribute("rel") && node["rel"]?.split(separator: " ").contains("author") == true
    }

    private static func link(in node: Node) -> Node? {
        node.is("a") ? node : node.first { $0.is("a") && $0["href"] != nil }
    }

    /// The element's text where it is short enough to be a name.
    private static func name(of node: Node) -> String? {
        guard let text = node.visibleText.nonEmptyCollapsed, text.count <= 60, text.containsLetter else {
            return nil
        }
        return text
    }
}
