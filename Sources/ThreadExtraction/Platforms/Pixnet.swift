import HTMLDOM
import ThreadModel

/// PIXNET (痞客邦) blogs: each comment is a `ul.single-post` in `#comment-text`, with the
/// commenter in `li.post-info` (`a[name=comment-N]`, `span.user-name`, `span.post-time`), the
/// text in `li.post-text`, and the blog owner's answer inline in `li.reply-text`, signed by a
/// closing paragraph (link to the owner, date). Private comments (`ul.single-post.secret`) show
/// only a placeholder; they are comments all the same.
struct PixnetExtractor: PlatformExtractor {
    var platform: Platform { .pixnet }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator == "PChoc" { return 0.9 }
        guard page.signals.ids.contains("comment-text") else { return 0 }
        let list = page.body?.first { $0.id == "comment-text" }
        return list?.first { $0.is("ul") && $0.hasClass("single-post") } != nil ? 0.8 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        // "留言列表 (42)" counts the readers' messages; the owner's answers hang under them uncounted.
        var result = PlatformExtraction(isCounted: { $0.parentId == nil })
        guard let body = page.body else { return result }
        let walk = CommentWalker(page: page, markup: Self.comments).read(in: body)
        result.comments = walk.comments
        result.declaredCommentCount = walk.declaredCount
        let article = body.first { $0.hasClass("article") }
        result.post.title = article?.first { $0.hasClass("title") }?.first { $0.is("h2") }?.visibleText.nonEmptyCollapsed
        if let content = article?.first(where: { $0.hasClass("article-content-inner") }) {
            result.post.body = BodyConverter(resolver: page.resolver).convert(content)
        }
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }

    /// One `ul.single-post` per comment in `#comment-text`, numbered by the `a[name=comment-N]` in
    /// its `li.post-info` (private entries carry none), the name in `span.user-name`, the date in
    /// `span.post-time`, the text in `li.post-text`. The owner's answer is the `li.reply-text`
    /// inside it, signed by its last paragraph: the owner's link and the date ("NAME 於 DATE 回覆").
    static let comments = CommentMarkup(
        region: .idIs(["comment-text"]),
        item: (.tag("ul") && .classToken("single-post")) || (.tag("li") && .classToken("reply-text")),
        id: IDPattern(prefixes: ["comment-"], attribute: "name"),
        requiresNumber: false,
        numberedInside: true,
        answer: .classToken("reply-text"),
        body: .classToken("post-text"),
        clutter: signature,
        textDropsChrome: false,
        textStartsAtParagraph: false,
        author: [.first(.classToken("user-name")), Locator(test: signature, inner: .requiring(.tag("a")))],
        avatar: [.first(.tag("img") && .inside(.classToken("post-photo")), anywhere: true)],
        date: [.first(.classToken("post-time"))],
        looseDates: true,
        permalinkFragmentPrefix: "comment-",
        counts: [.element(.idIs(["comment-title"]))])

    private static let signature = NodeTest.lastOf(.tag("p")) && .parent(.classToken("reply-text"))
}
