import HTMLDOM
import ThreadModel

/// vBulletin 4 (`li.postcontainer#post_N`) and 3 (`table#postN`), both with the text in
/// `div#post_message_N`. Topics are flat; quotes of earlier posts stay in the text as the page
/// shows them. Each post carries its position in the topic (`a#postcountN[name]`), so a page
/// whose first post is not number 1 has no opening post.
struct VBulletinExtractor: PlatformExtractor {
    var platform: Platform { .vbulletin }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator?.containsBytes("vbulletin", ignoringASCIICase: true) == true { return 0.9 }
        guard page.signals.hasID(prefix: "post_message_"), let body = page.body else { return 0 }
        return body.first { VBulletinMarkup.posts.id?.number(of: $0) != nil && VBulletinMarkup.posts.item.matches($0) } != nil ? 0.9 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        guard let body = page.body else { return PlatformExtraction() }
        let walk = CommentWalker(page: page, markup: VBulletinMarkup.posts).read(in: body)
        let first = walk.items.first.flatMap(VBulletinMarkup.position(of:))
        let title = body.first { $0.hasClass("threadtitle") }?.visibleText.nonEmptyCollapsed
        var result = ForumTopic.extraction(messages: walk.comments, isFirstPage: (first ?? 1) == 1, title: title)
        if body.first(where: { $0.hasClass("pagination") || $0.hasClass("pagenav") }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the topic is paginated; other pages are not in this file"))
        }
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }
}

enum VBulletinMarkup {
    /// vB4's `li#post_N` or vB3's `table#postN`, recognised by the `div#post_message_N` that holds
    /// the text: the poster's `username` (vB3 `bigusername`, a guest's `postmenu_N`), the date in
    /// `span.date` (vB3 prints it bare in the post's header: a loose date, with its time, since
    /// the join date beside it has none), the permalink on the post counter. The icons of a
    /// quote's attribution line (the quote mark, the arrow to the quoted post) are not the
    /// writer's words.
    static let posts = CommentMarkup(
        item: .tags(["li", "table"]) && .holding(message),
        id: IDPattern(prefixes: ["post_", "post"]),
        body: message,
        textFallsBackToItem: false,
        clutter: .tag("img") && (.parent(.classToken("bbcode_postedby")) || .parent(.tag("a") && .attributeContains("href", "#post") && .textless)),
        textDropsChrome: false,
        textStartsAtParagraph: false,
        author: [.first(.anyClass(["username", "bigusername"]), anywhere: true), .first(.idContains("postmenu_"), anywhere: true)],
        date: [.first(.classToken("date"))],
        looseDates: true,
        looseDatesNeedTime: true,
        permalink: [.first(.classToken("postcounter") || .idContains("postcount"), anywhere: true)])

    private static let message = NodeTest.idContains("post_message_")

    /// The post's position in the whole topic, 1 for the opening post.
    static func position(of post: CommentWalker.Item) -> Int? {
        guard let number = post.number else { return nil }
        let id = "postcount" + number
        return post.scope.first { $0.id == id }?["name"].flatMap { Int($0) }
    }
}
