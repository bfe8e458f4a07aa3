import HTMLDOM
import ThreadModel

/// Pages that mark their thread up with microformats, whatever engine made them:
/// microformats2 (`h-entry` with `p-comment h-cite`/`h-entry` children, `p-author h-card`,
/// `dt-published`, `e-content`, `u-url`, `u-in-reply-to`) and classic microformats (`hentry`
/// with nested `hentry` comments, `author vcard`/`fn`, `published`, `entry-content`).
/// Replies nest inside their parent's element; a flat list threads by `u-in-reply-to` pointing at
/// another comment's `u-url`.
struct MicroformatsExtractor: PlatformExtractor {
    var platform: Platform { .microformats }

    func detect(_ page: Page) -> Double {
        let signals = page.signals
        guard (signals.hasClass("h-entry") && signals.hasClass("p-comment")) || signals.hasClass("hentry"),
            let body = page.body
        else { return 0 }
        if let entry = body.first(where: { $0.hasClass("h-entry") }),
            entry.first(where: { $0.hasClass("p-comment") }) != nil
        {
            return 0.5
        }
        if let entry = body.first(where: { $0.hasClass("hentry") }),
            entry.first(where: { $0.hasClass("hentry") }) != nil
        {
            return 0.4
        }
        return 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let vocabulary = MicroformatsVocabulary(modern: body.first { $0.hasClass("h-entry") } != nil)
        guard let entry = body.first(where: vocabulary.isEntry) else { return result }
        let elements = entry.descendants.filter(vocabulary.isComment)
        let nested = Set(elements)
        let containment = CommentNesting.parents(of: elements)
        let fields = elements.map { MicroformatsFields(page: page, root: $0, nested: nested, vocabulary: vocabulary) }
        let ids = BlockIdentity.ids(of: elements)
        let indexByURL = Dictionary(
            fields.enumerated().compactMap { index, field in field.url.map { ($0, index) } }, uniquingKeysWith: { first, _ in first })
        var depths: [Int] = []
        for (index, field) in fields.enumerated() {
            // A stated target counts only where it is an earlier comment; a reply to the post is top-level.
            let parent = containment[index] ?? field.inReplyTo.flatMap { indexByURL[$0] }.flatMap { $0 < index ? $0 : nil }
            let depth = parent.map { depths[$0] + 1 } ?? 0
            depths.append(depth)
            result.comments.append(
                Comment(
                    id: ids[index], parentId: parent.map { ids[$0] }, depth: depth, author: field.author,
                    published: field.published.date, publishedText: field.published.text, url: field.url,
                    body: field.body))
        }
        let post = MicroformatsFields(page: page, root: entry, nested: nested, vocabulary: vocabulary)
        result.post.title = post.name
        result.post.author = post.author
        result.post.published = post.published.date
        result.post.url = post.url
        if post.hasContent { result.post.body = post.body }
        return result
    }
}

/// The class names of one generation of microformats.
private struct MicroformatsVocabulary {
    let modern: Bool

    func isEntry(_ node: Node) -> Bool {
        node.hasClass(modern ? "h-entry" : "hentry")
    }

    func isComment(_ node: Node) -> Bool {
        node.hasClass(modern ? "p-comment" : "hentry")
    }
}

/// The properties of one entry, read from the elements that belong to it alone.
private struct MicroformatsFields {
    let page: Page
    let scope: [Node]
    let vocabulary: MicroformatsVocabulary

    init(page: Page, root: Node, nested: Set<Node>, vocabulary: MicroformatsVocabulary) {
        self.page = page
        self.vocabulary = vocabulary
        scope = root.scopedDescendants(excluding: nested.subtracting([root]))
    }

    private func first(_ modern: StaticString, _ classic: StaticString) -> Node? {
        scope.first { $0.hasClass(vocabulary.modern ? modern : classic) && !isInsideAuthor($0) }
    }

    private var authorCard: Node? {
        scope.first { vocabulary.modern ? $0.hasClass("p-author") : ($0.hasClass("author") && $0.hasClass("vcard")) }
    }

    private func isInsideAuthor(_ node: Node) -> Bool {
        guard let card = authorCard else { return false }
        return card.contains(node) || card == node
    }

    var author: Person? {
        guard let card = authorCard else { return nil }
        let nameElement = card.first { $0.hasClass(vocabulary.modern ? "p-name" : "fn") } ?? card
        let link = card.is("a") ? card : card.first { $0.is("a") && ($0.hasClass("u-url") || $0.hasClass("url")) }
            ?? card.first { $0.is("a") }
        let photo = card.first { $0.is("img") && ($0.hasClass("u-photo") || $0.hasClass("photo")) }
        return Person(
            name: (nameElement.is("img") ? nameElement["alt"] : nameElement.visibleText)?.nonEmptyCollapsed,
            url: page.resolve(link?["href"]), avatarURL: page.resolve(photo?["src"]))
    }

    var published: (date: PageDate?, text: String?) {
        guard let element = first("dt-published", "published") else { return (nil, nil) }
        let text = element.visibleText.nonEmptyCollapsed
        // The value-class pattern puts the machine form in a `value-title` child's title.
        let machine = element["datetime"] ?? element.first { $0.hasClass("value-title") }?["title"]
            ?? (element.is("abbr") ? element["title"] : nil)
        let date = machine.flatMap(MachineDate.parse) ?? text.flatMap { DisplayedDate.parse($0, language: page.metadata.language) }
        return (date, text)
    }

    var url: String? {
        let link = first("u-url", "bookmark") ?? scope.first { $0["rel"]?.split(separator: " ").contains("bookmark") == true }
        return page.resolve(link?["href"])
    }

    var inReplyTo: String? {
        guard let target = scope.first(where: { $0.hasClass("u-in-reply-to") }) else { return nil }
        return page.resolve(target["href"] ?? target.first { $0.is("a") }?["href"])
    }

    var name: String? {
        first("p-name", "entry-title").flatMap { $0.visibleText.nonEmptyCollapsed }
    }

    private var content: Node? {
        first("e-content", "entry-content") ?? first("p-summary", "entry-summary")
    }

    var hasContent: Bool { content != nil }

    var body: RichText {
        guard let content else { return RichText() }
        return BodyConverter(resolver: page.resolver) { CommentVocabulary.isChrome($0) && !$0.is("cite") }.convert(content)
    }
}
