import HTMLDOM
import ThreadModel

/// Blogger and Blogspot: the classic flat list (`dl#comments-block` of `dt`/`dd` pairs), the
/// threaded list every theme since 2012 renders on the server (`li.comment#c<ID>` nested in
/// `div.comment-replies`), and the "Links to this post" backlinks, which Blogger prints in a
/// second `dl#comments-block` and which are pings, not comments.
///
/// Comment times are displayed in the blog's zone without naming it; the permalink's
/// `showComment=<epoch ms>` gives the instant, so the two together give the offset.
struct BloggerExtractor: PlatformExtractor {
    var platform: Platform { .blogger }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator?.lowercased() == "blogger" { return 0.95 }
        let signals = page.signals
        guard signals.ids.contains("comment-editor-src") || (signals.hasClass("widget") && signals.hasClass("Blog"))
            || signals.ids.contains("top-ra")
        else { return 0 }
        for node in page.root.descendants {
            if node.id == "comment-editor-src", node["href"]?.contains("blogger.com/comment") == true { return 0.9 }
            if node.is("div"), node.hasClass("widget"), node.hasClass("Blog") { return 0.8 }
            if node.is("li"), node.hasClass("comment"), node.id.flatMap(BloggerMarkup.commentID) != nil,
                node.parent?.id == "top-ra"
            {
                return 0.8
            }
        }
        return 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        // "N comments:" counts comments only; backlinks are listed apart.
        var result = PlatformExtraction(isCounted: { $0.kind == .comment })
        guard let body = page.body else { return result }
        let section = body.first { $0.id == "comments" && !$0.isAny(of: ["a", "h1", "h2", "h3", "h4", "h5", "h6"]) }
        var comments = section.map { ownComments(in: $0, page: page) } ?? []
        // Backlinks are numbered after the comments, in their own list.
        let backlinks = body.first { $0.id == "backlinks-container" }
            .map { CommentWalker(page: page, markup: BloggerMarkup.backlinks).read(in: $0).comments } ?? []
        comments += backlinks.enumerated().map { index, backlink in
            var backlink = backlink
            backlink.id = "c\(comments.count + index + 1)"
            return backlink
        }
        result.comments = comments
        result.declaredCommentCount = BloggerMarkup.declaredCount(
            section: section, body: body, hasComments: comments.contains { $0.kind == .comment })
        if let section, BloggerMarkup.hasMoreComments(section) {
            result.diagnostics.append(
                Diagnostic(.commentsLoadedByScript, "Blogger renders only the first comments; the rest load by script"))
        }
        result.post = BloggerPost.read(page: page, body: body)
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }

    /// The comments of the thread, threaded or classic.
    private func ownComments(in section: Node, page: Page) -> [Comment] {
        let threaded = CommentWalker(page: page, markup: BloggerMarkup.threaded).read(in: section).comments
        return threaded.isEmpty ? CommentWalker(page: page, markup: BloggerMarkup.classic).read(in: section).comments : threaded
    }
}

/// The post as Blogger's layouts mark it up (`div.post.hentry`, `h3.post-title`, `div.post-body`).
private enum BloggerPost {
    static func read(page: Page, body: Node) -> PostParts {
        var parts = PostParts()
        guard let post = body.first(where: { $0.hasClass("post") && ($0.hasClass("hentry") || $0.hasClass("h-entry")) })
            ?? body.first(where: { $0.hasClass("post-outer") })
        else { return parts }
        parts.title = post.first { $0.hasClass("post-title") || $0.hasClass("entry-title") }?.visibleText.nonEmptyCollapsed
        if let content = post.first(where: { $0.hasClass("post-body") }) {
            parts.body = BodyConverter(resolver: page.resolver).convert(content)
        }
        if let author = post.first(where: { $0.hasClass("post-author") }) {
            let name = author.first { $0.hasClass("fn") } ?? author.first { $0.is("a") } ?? author
            let link = name.is("a") ? name : name.first { $0.is("a") }
            parts.author = name.visibleText.nonEmptyCollapsed.map { Person(name: $0, url: page.resolve(link?["href"])) }
        }
        let published = post.first { $0.hasClass("published") }
        parts.published = (published?["datetime"] ?? published?["title"]).flatMap(MachineDate.parse)
        parts.url = page.resolve(post.first { $0.is("a") && $0.hasClass("timestamp-link") }?["href"])
        parts.tags = post.descendants.filter { $0.is("a") && $0["rel"]?.split(separator: " ").contains("tag") == true }
            .compactMap { $0.visibleText.nonEmptyCollapsed }
        return parts
    }
}

enum BloggerMarkup {
    /// The threaded list every theme since 2012 renders on the server: `li.comment#c<ID>`, replies
    /// nested in the `div.comment-replies` inside it, the name in `cite`, the date as the text of the
    /// permalink in `span.datetime`, the text in `.comment-content`. Pages saved after the script
    /// ran hold the client-rendered copy as well: an id seen before opens no second comment.
    static let threaded = CommentMarkup(
        skipped: .idIs(["backlinks-container"]),
        item: .tag("li") && .classToken("comment"),
        id: IDPattern(prefixes: ["c"]),
        postAuthor: .classToken("blog-author"),
        postAuthorBadge: .classToken("blog-author"),
        body: .classToken("comment-content"),
        clutter: .anyClass(["item-control", "comment-actions"]),
        textDropsChrome: false,
        author: [.first(.tag("cite"), anywhere: true)],
        avatar: [.first(.tag("img") && .inside(.classToken("avatar-image-container")), anywhere: true)],
        date: [stamp],
        dateEpochParameter: "showComment=",
        permalink: [stamp])

    /// The permalink that shows the comment's date.
    private static let stamp = Locator(test: .classToken("datetime"), inner: .selfOrInside(.tag("a")), anywhere: true)

    /// The classic flat list: `dl#comments-block` of `dt.comment-author#c<ID>` (the avatar, the
    /// name, linked to the profile where known, and the theme's "said…" in the blog's language),
    /// then `dd.comment-body` and `dd.comment-footer` with the permalink that shows the date.
    static let classic = CommentMarkup(
        region: .tag("dl") && .idIs(["comments-block"]) && !.inside(.idIs(["backlinks-container"])),
        item: .tag("dt"),
        id: IDPattern(prefixes: ["c"], alternatives: [IDPattern(prefixes: ["c"], attribute: "name", carrier: .anchorInside)]),
        requiresNumber: false,
        followers: .tag("dd"),
        postAuthor: .classToken("blog-author"),
        body: .tag("dd"),
        textFallsBackToItem: false,
        clutter: .anyClass(["item-control", "comment-actions"]),
        textDropsChrome: false,
        textStartsAtParagraph: false,
        // The line is the name and the theme's words; where the name is a profile link, the link.
        author: [Locator(test: .tag("dt"), inner: .preferring(.tag("a") && .attribute("href") && !.textless), onItem: true)],
        avatar: [.first(.tag("img") && .inside(.classToken("avatar-image-container")), anywhere: true)],
        date: footerStamp,
        dateEpochParameter: "showComment=",
        permalink: footerStamp)

    /// The footer's permalink, the one that holds the instant where there are several links.
    private static let footerStamp = [
        Locator(test: .classToken("comment-footer"), inner: .requiring(.tag("a") && .attributeContains("href", "showComment=")), anywhere: true),
        Locator(test: .classToken("comment-footer"), inner: .requiring(.tag("a")), anywhere: true),
    ]

    /// "Links to this post": `dt.comment-title` holding the linking page's title as a link, then
    /// its snippet in `dd.comment-body` and `dd.comment-footer` with "Posted by X" and the date.
    static let backlinks = CommentMarkup(
        item: .tag("dt") && .holding(.tag("a") && .attribute("href")),
        followers: .tag("dd"),
        kinds: [(.always, .pingback)],
        body: .classToken("comment-body"),
        textFallsBackToItem: false,
        textDropsChrome: false,
        textStartsAtParagraph: false,
        pingAuthor: [.first(.tag("a") && .attribute("href"))],
        date: [Locator(test: .classToken("comment-footer"), inner: .requiring(.classToken("comment-timestamp")), anywhere: true)])

    /// The ID of `c<digits>`, Blogger's comment element id and anchor name.
    static func commentID(_ value: String) -> String? {
        threaded.id?.number(in: value)
    }

    /// The count in the comments heading ("24 comments:"); else the number beside the post's
    /// comment link; else 0 where the heading has no number and there are no comments: Blogger
    /// writes the count as digits and the zero case as words ("No comments:", "Keine Kommentare:").
    static func declaredCount(section: Node?, body: Node, hasComments: Bool) -> Int? {
        if let stated = section?["data-num-comments"].flatMap({ Int($0) }) { return stated }
        let heading = section.flatMap(countHeading)
        if let count = heading.flatMap({ CountPhrase.count(in: $0.visibleText) }) { return count }
        let link = body.first { node in
            node.is("a") && node.hasClass("comment-link") && node.id == nil && !(section?.contains(node) ?? false)
        }
        if let count = link.flatMap({ CountPhrase.count(in: $0.visibleText) }) { return count }
        return heading != nil && !hasComments ? 0 : nil
    }

    /// The heading of the comment list: before the list, outside the form and the backlinks.
    private static func countHeading(in section: Node) -> Node? {
        var walker = section.descendants.makeIterator()
        while let node = walker.next() {
            if node.hasClass("comment-form") || node.id == "backlinks-container" || node.is("form")
                || node.id == "comment-holder" || node.id == "comments-block"
            {
                walker.skipChildren()
                continue
            }
            if node.isAny(of: ["h2", "h3", "h4"]), node.id != "comment-post-message", node.hasVisibleText { return node }
        }
        return nil
    }

    /// A visible "Load more" or a pager over the comments: the page holds only part of them.
    static func hasMoreComments(_ section: Node) -> Bool {
        section.first { node in
            (node.hasClass("loadmore") && !node.hasClass("hidden")) || node.hasClass("paging-control-container")
        } != nil
    }
}
