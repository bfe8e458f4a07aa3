import HTMLDOM
import ThreadModel

/// Habr (habr.com, formerly habrahabr.ru), the server-rendered layout: each comment is a
/// `li.js-comment` in `ul#comments-list` holding `span.parent_id[data-parent_id]` and
/// `div.comment#comment_N` (`.comment__head` with the `.user-info__nickname` and a displayed
/// `time.comment__date-time`, `.comment__message`); replies sit in the nested
/// `ul.content-list_nested-comments`. The stated parent is used, containment only where it is
/// missing.
struct HabrExtractor: PlatformExtractor {
    var platform: Platform { .habr }

    func detect(_ page: Page) -> Double {
        guard page.signals.ids.contains("comments-list"), let list = page.body?.first(where: { $0.id == "comments-list" })
        else { return 0 }
        return list.first { $0.hasClass("parent_id") && $0["data-parent_id"] != nil } != nil ? 0.9 : 0.5
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let walk = CommentWalker(page: page, markup: Self.comments).read(in: body)
        result.comments = walk.comments
        result.declaredCommentCount = walk.declaredCount
        result.post.title = body.first { $0.hasClass("post__title-text") }?.visibleText.nonEmptyCollapsed
        // The post's header links its author's profile: `header.post__meta > a.post__user-info`.
        if let author = body.first(where: { $0.hasClass("post__user-info") }),
            let name = (author.first { $0.hasClass("user-info__nickname") } ?? author).visibleText.nonEmptyCollapsed
        {
            result.post.author = Person(name: name, url: page.resolve(author["href"]))
        }
        if let text = body.first(where: { $0.hasClass("post__text") }) {
            result.post.body = BodyConverter(resolver: page.resolver).convert(text)
        }
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }

    static let comments = CommentMarkup(
        region: .idIs(["comments-list"]),
        item: .tag("li") && .classToken("js-comment"),
        id: IDPattern(prefixes: [""], attribute: "rel"),
        requiresNumber: false,
        postAuthorBadge: .classToken("comment__head_topic-author"),
        body: .classToken("comment__message"),
        textDropsChrome: false,
        author: [.first(.classToken("user-info__nickname"), anywhere: true)],
        avatar: [.first(.tag("img") && .inside(.classToken("user-info")), anywhere: true)],
        date: [.first(.tag("time") && .inside(.classToken("comment__head")), anywhere: true)],
        permalinkFragmentPrefix: "comment_",
        inReplyTo: [.first(.classToken("parent_id"), anywhere: true)],
        replyTarget: .number(attribute: "data-parent_id"),
        counts: [.element(.idIs(["comments_count"]))])
}
