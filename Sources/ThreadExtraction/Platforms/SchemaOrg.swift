import HTMLDOM
import ThreadModel

/// Pages whose comments are schema.org data, whatever engine made them: a JSON-LD article
/// (`BlogPosting`, `Article`, `DiscussionForumPosting` …) with a `comment` array of `Comment`s
/// (`author`, `dateCreated`/`datePublished`, `text`, `url`, `parentItem`, replies in their own
/// `comment`), or microdata (`itemprop="comment"`, `itemtype` `Comment` or the older
/// `UserComments` with `creator`, `commentTime`, `commentText`), threaded by containment.
struct SchemaOrgExtractor: PlatformExtractor {
    var platform: Platform { .schemaorg }

    func detect(_ page: Page) -> Double {
        if SchemaOrgJSONLD.commentObjects(page) != nil { return 0.5 }
        guard page.signals.attributeNames.contains("itemtype") || page.signals.attributeNames.contains("itemprop") else {
            return 0
        }
        guard SchemaOrgMicrodata.mayHoldComments(page.root.document) else { return 0 }
        return page.body?.first(where: SchemaOrgMicrodata.isComment) != nil ? 0.45 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        if let objects = SchemaOrgJSONLD.commentObjects(page) {
            result.comments = SchemaOrgJSONLD.comments(objects, page: page)
        } else if let body = page.body {
            result.comments = CommentWalker(page: page, markup: SchemaOrgMicrodata.comments).read(in: body).comments
            result.declaredCommentCount = SchemaOrgMicrodata.declaredCount(in: body)
        }
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }
}

private enum SchemaOrgJSONLD {
    /// The comments of the page's article, where it lists any.
    static func commentObjects(_ page: Page) -> [[String: JSONValue]]? {
        guard let objects = page.metadata.article?.fields["comment"]?.objects, !objects.isEmpty else { return nil }
        return objects
    }

    /// In document order, each reply after its parent: replies nested in `comment`, or flat with
    /// a `parentItem` naming an earlier comment's `@id` or `url`.
    static func comments(_ objects: [[String: JSONValue]], page: Page) -> [Comment] {
        var flat: [(object: JSONLDObject, parent: Int?)] = []
        func collect(_ objects: [[String: JSONValue]], parent: Int?) {
            for object in objects {
                let comment = JSONLDObject(fields: object)
                flat.append((comment, parent))
                let index = flat.count - 1
                collect(object["comment"]?.objects ?? [], parent: index)
            }
        }
        collect(objects, parent: nil)
        let keys = flat.map { reference(.object($0.object.fields)) }
        var ids: [String] = []
        var depths: [Int] = []
        var comments: [Comment] = []
        for (index, entry) in flat.enumerated() {
            let object = entry.object
            let stated = (object.fields["parentItem"]).flatMap(reference).flatMap { key in keys.firstIndex(of: key) }
            let parent = entry.parent ?? stated.flatMap { $0 < index ? $0 : nil }
            let id = keys[index].flatMap(trailingNumber) ?? "c\(index + 1)"
            let unique = ids.contains(id) ? "c\(index + 1)" : id
            let depth = parent.map { depths[$0] + 1 } ?? 0
            ids.append(unique)
            depths.append(depth)
            let date = object.string("dateCreated") ?? object.string("datePublished") ?? object.string("commentTime")
            let author = object.object("author") ?? object.object("creator")
            let name = object.personName("author") ?? object.personName("creator")
            comments.append(
                Comment(
                    id: unique, parentId: parent.map { ids[$0] }, depth: depth,
                    author: name.map { Person(name: $0, url: page.resolve(author?.string("url"))) },
                    published: date.flatMap(MachineDate.parse), url: page.resolve(object.string("url")),
                    body: SchemaOrgText.richText(object.fields["text"]?.string ?? object.fields["commentText"]?.string)))
        }
        return comments
    }

    /// The last number in a comment's `@id` or address: `…/t/slug/8812/4` is post 4 of topic 8812.
    private static func trailingNumber(_ reference: String) -> String? {
        let digits = reference.reversed().drop { !$0.isASCIIDigit }.prefix { $0.isASCIIDigit }
        return digits.isEmpty ? nil : String(digits.reversed())
    }

    /// What names a comment: its `@id`, else its `url`.
    private static func reference(_ value: JSONValue) -> String? {
        if let text = value.string { return text }
        guard let object = value.object else { return nil }
        return object["@id"]?.string ?? object["url"]?.string
    }
}

private enum SchemaOrgMicrodata {
    /// `itemtype` `Comment` or the older `UserComments` (or an untyped `itemprop="comment"` item),
    /// replies nested in their parent, properties by `itemprop`.
    static let comments = CommentMarkup(
        item: .attributeSuffix("itemtype", "/Comment") || .attributeSuffix("itemtype", "/UserComments")
            || (!.attribute("itemtype") && .attributeWord("itemprop", "comment") && .attribute("itemscope")),
        body: property("text") || property("commentText"),
        textDropsChrome: false,
        author: [Locator(test: author, inner: .preferring(.attributeIs("itemprop", "name")), anywhere: true)],
        date: [.first(property("dateCreated") || property("datePublished") || property("commentTime"), anywhere: true)],
        permalink: [.first(property("url") && !.inside(author), anywhere: true)])

    private static let author = property("author") || property("creator")

    private static func property(_ name: String) -> NodeTest {
        .attributeWord("itemprop", name)
    }

    static func isComment(_ node: Node) -> Bool {
        comments.item.matches(node)
    }

    /// Whether the document holds a value `isComment` looks for (a comment's type, a `comment`
    /// property), read from its attribute values at once: where none does, no element is one.
    static func mayHoldComments(_ document: HTMLDocument) -> Bool {
        document.values(ofAttribute: "itemtype").contains { $0.hasSuffix("/Comment") || $0.hasSuffix("/UserComments") }
            || document.values(ofAttribute: "itemprop").contains { $0.split(separator: " ").contains("comment") }
    }

    /// `itemprop="commentCount"`, or the older `interactionCount` "UserComments:5".
    static func declaredCount(in body: Node) -> Int? {
        if let element = body.first(where: { $0["itemprop"] == "commentCount" }) {
            return CountPhrase.count(in: element["content"] ?? element.visibleText)
        }
        let legacy = body.first { $0["itemprop"] == "interactionCount" && ($0["content"] ?? "").hasPrefix("UserComments:") }
        return legacy?["content"].flatMap { Int($0.dropFirst("UserComments:".count)) }
    }
}

/// Plain comment text from structured data as paragraphs (blank lines separate them).
private enum SchemaOrgText {
    static func richText(_ text: String?) -> RichText {
        guard let text else { return RichText() }
        let normalised = text.replacing("\r\n", with: "\n")
        let paragraphs = normalised.split(separator: "\n\n", omittingEmptySubsequences: false).compactMap { $0.nonEmptyCollapsed }
        return RichText(paragraphs.map { Block.paragraph([.text($0)]) })
    }
}
