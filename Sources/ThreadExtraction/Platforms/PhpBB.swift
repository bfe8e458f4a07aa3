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
        let posts = body.outermost(where: PhpBBMarkup.isPost)
        let messages = posts.map { PhpBBMarkup.message(of: $0, page: page) }
        let title = body.first { $0.hasClass("topic-title") }?.visibleText.nonEmptyCollapsed
        let pagination = body.first { $0.hasClass("pagination") }
        let currentPage = pagination.flatMap(PhpBBMarkup.currentPage) ?? 1
        var result = ForumTopic.extraction(messages: messages, isFirstPage: currentPage == 1, title: title)
        if currentPage > 1 || pagination?.first(where: { $0.is("a") && $0["href"]?.contains("start=") == true }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the topic is paginated; other pages are not in this file"))
        }
        return result
    }
}

enum PhpBBMarkup {
    static func isPost(_ node: Node) -> Bool {
        node.is("div") && node.hasClass("post") && ForumTopic.number(inID: node.id, prefix: "p") != nil
            && node.first { $0.hasClass("postbody") } != nil
    }

    /// The current page: `li.active` from 3.1 on, the first `strong` ("Page <b>2</b> of <b>5</b>") in 3.0.
    static func currentPage(_ pagination: Node) -> Int? {
        let marker = pagination.first { $0.hasClass("active") } ?? pagination.first { $0.is("strong") }
        return marker.flatMap { Int($0.visibleText) }
    }

    static func message(of post: Node, page: Page) -> ForumMessage {
        let number = ForumTopic.number(inID: post.id, prefix: "p") ?? ""
        let text = post.first { $0.hasClass("content") }
        let byline = post.first { $0.is("p") && $0.hasClass("author") }
        let profile = post.first { $0.hasClass("postprofile") }
        let author = profile?.first { $0.hasAnyClass(["username", "username-coloured"]) }
            ?? byline?.first { $0.is("strong") }
        let date = byline.flatMap { Self.date(in: $0, language: page.metadata.language) }
        let permalink = byline?.first { $0.is("a") && $0["href"]?.hasSuffix("#p" + number) == true }
        return ForumMessage(
            id: number,
            author: ForumTopic.person(named: author, page: page),
            published: date?.date, publishedText: date?.text, url: page.resolve(permalink?["href"]),
            body: text.map { BodyConverter(resolver: page.resolver).convert($0) } ?? RichText())
    }

    /// 3.2+: `time[datetime]`; before: the byline's last bare text, after "by NAME »".
    private static func date(in byline: Node, language: String?) -> (date: PageDate?, text: String?)? {
        if let time = byline.first(where: { $0.is("time") }) {
            return (time["datetime"].flatMap(MachineDate.parse), time.visibleText.nonEmptyCollapsed)
        }
        let bare = byline.children.filter { $0.kind == .text }.compactMap { $0.content.nonEmptyCollapsed }.last
        guard let bare else { return nil }
        let text = String(bare.drop { !$0.isLetter && !$0.isNumber })
        return (DisplayedDate.parse(text, language: language), text)
    }
}
