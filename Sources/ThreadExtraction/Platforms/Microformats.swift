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
        let walk = CommentWalker(page: page, markup: vocabulary.comments).read(in: entry)
        result.comments = walk.comments
        let post = MicroformatsFields(page: page, root: entry, nested: NodeSet(walk.elements, of: page.document), vocabulary: vocabulary)
        result.post.title = post.name
        result.post.author = post.author
        result.post.published = post.published.date
        result.post.url = post.url
        if post.hasContent { result.post.body = post.body }
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }
}

/// The class names of one generation of microformats.
private struct MicroformatsVocabulary {
    let modern: Bool

    func isEntry(_ node: Node) -> Bool {
        node.hasClass(modern ? "h-entry" : "hentry")
    }

    /// The entry's comments: `p-comment` (`h-cite` or `h-entry`) in microformats2, nested `hentry`
    /// in classic microformats; replies inside their parent, or flat with a `u-in-reply-to` link to
    /// the parent's `u-url`.
    var comments: CommentMarkup { modern ? Self.modernComments : Self.classicComments }

    private static let modernComments = CommentMarkup(
        item: .classToken("p-comment"),
        body: .anyClass(["e-content", "p-summary"]),
        author: [Locator(test: .classToken("p-author"), inner: .preferring(.classToken("p-name")), anywhere: true)],
        avatar: [.first(.tag("img") && .anyClass(["u-photo", "photo"]) && .inside(.classToken("p-author")), anywhere: true)],
        date: [.first(.classToken("dt-published") && !.inside(.classToken("p-author")), anywhere: true)],
        permalink: [
            .first(.classToken("u-url") && !.inside(.classToken("p-author")), anywhere: true),
            .first(.attributeWord("rel", "bookmark"), anywhere: true),
        ],
        inReplyTo: [.first(.classToken("u-in-reply-to"), anywhere: true)],
        replyTarget: .permalink)

    private static let classicAuthor = NodeTest.classToken("author") && .classToken("vcard")

    private static let classicComments = CommentMarkup(
        item: .classToken("hentry"),
        body: .anyClass(["entry-content", "entry-summary"]),
        author: [Locator(test: classicAuthor, inner: .preferring(.classToken("fn")), anywhere: true)],
        avatar: [.first(.tag("img") && .classToken("photo") && .inside(classicAuthor), anywhere: true)],
        date: [.first(.classToken("published") && !.inside(classicAuthor), anywhere: true)],
        permalink: [
            .first(.classToken("bookmark") && !.inside(classicAuthor), anywhere: true),
            .first(.attributeWord("rel", "bookmark"), anywhere: true),
        ])
}

/// The properties of the post's entry, read from the elements that belong to it rather than to a comment.
private struct MicroformatsFields {
    let page: Page
    let scope: [Node]
    let vocabulary: MicroformatsVocabulary

    init(page: Page, root: Node, nested: NodeSet, vocabulary: MicroformatsVocabulary) {
        self.page = page
        self.vocabulary = vocabulary
        scope = root.scopedDescendants(excluding: nested)
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
