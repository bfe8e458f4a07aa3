import HTMLDOM
import ThreadModel

/// phpBB's prosilver style (3.0 to 3.3): `div.post#pN` with the poster in `dl.postprofile`, the
/// byline in `p.author` (a `time[datetime]` from 3.2 on, bare text before) and the text in
/// `div.content`. Topics are flat; the opening post is the first message of the first page, and
/// the page shown is the one the pagination marks as current.
struct PhpBBExtractor: PlatformExtractor {
    var platform: Platform { .phpbb }

    func detect(_ page: Page) -> Double {
        guard let body = page.body else { return 0 }
        guard page.signals.hasClass("postbody") else { return body.id == "phpbb" ? 0.5 : 0 }
        if body.first(where: PhpBBMarkup.isPost) != nil { return 0.9 }
        return body.id == "phpbb" ? 0.5 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        guard let body = page.body else { return PlatformExtraction() }
        let messages = CommentWalker(page: page, markup: PhpBBMarkup.posts).read(in: body).comments
        let title = body.first { $0.hasClass("topic-title") }?.visibleText.nonEmptyCollapsed
        let pagination = body.first { $0.hasClass("pagination") }
        let currentPage = pagination.flatMap(PhpBBMarkup.currentPage) ?? 1
        var result = ForumTopic.extraction(messages: messages, isFirstPage: currentPage == 1, title: title)
        if currentPage > 1 || pagination?.first(where: { $0.is("a") && $0["href"]?.contains("start=") == true }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the topic is paginated; other pages are not in this file"))
        }
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }
}

enum PhpBBMarkup {
    /// `div.post#pN` holding its `div.postbody`: the poster in `dl.postprofile` (else the byline's
    /// `strong`), the byline `p.author` with a `time[datetime]` from 3.2 on and the date as its
    /// last bare text before ("by NAME » DATE"), the permalink first in the byline, the text in
    /// `div.content`.
    static let posts = CommentMarkup(
        item: .tag("div") && .classToken("post") && .holding(.classToken("postbody")),
        id: IDPattern(prefixes: ["p"]),
        body: .classToken("content"),
        textFallsBackToItem: false,
        textDropsChrome: false,
        textStartsAtParagraph: false,
        author: [
            Locator(test: .classToken("postprofile"), inner: .requiring(.anyClass(["username", "username-coloured"])), anywhere: true),
            Locator(test: byline, inner: .requiring(.tag("strong")), anywhere: true),
        ],
        date: [Locator(test: byline, inner: .requiring(.tag("time")), anywhere: true)],
        looseDates: true,
        permalink: [Locator(test: byline, inner: .requiring(.tag("a") && .attribute("href")), anywhere: true)])

    private static let byline = NodeTest.tag("p") && .classToken("author")

    static func isPost(_ node: Node) -> Bool {
        posts.id?.number(of: node) != nil && posts.item.matches(node)
    }

    /// The current page: `li.active` from 3.1 on, the first `strong` ("Page <b>2</b> of <b>5</b>") in 3.0.
    static func currentPage(_ pagination: Node) -> Int? {
        let marker = pagination.first { $0.hasClass("active") } ?? pagination.first { $0.is("strong") }
        return marker.flatMap { Int($0.visibleText) }
    }
}
