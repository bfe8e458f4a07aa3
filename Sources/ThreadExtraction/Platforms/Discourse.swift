import HTMLDOM
import ThreadModel

/// Discourse topics as their crawler view shows them (what a saved page holds): one
/// `div.crawler-post` per post, flat, in post-number order. The first post is the topic's
/// opening message; a later page of the topic (`?page=2`) starts at a higher number and has none.
/// The view keeps no reply-to, so every other post is a top-level comment.
struct DiscourseExtractor: PlatformExtractor {
    var platform: Platform { .discourse }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator?.lowercased().hasPrefix("discourse") == true { return 0.9 }
        return page.signals.hasClass("crawler-post-meta") ? 0.85 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let walk = CommentWalker(page: page, markup: Self.posts).read(in: body)
        let opening = walk.items.first?.number == "1" ? walk.comments.first : nil
        result.hasPost = opening != nil || walk.items.isEmpty
        let openingAuthor = opening?.author?.name
        result.comments = walk.comments.dropFirst(opening == nil ? 0 : 1).map { post in
            var comment = post
            comment.isByPostAuthor = post.author?.name != nil && post.author?.name == openingAuthor
            return comment
        }
        var parts = PostParts()
        parts.title = body.first { $0.id == "topic-title" }?.first { $0.is("h1") }?.visibleText.nonEmptyCollapsed
            ?? page.metadata.meta["headline"]?.nonEmptyCollapsed
        parts.url = body.first { $0.id == "topic-title" }?.first { $0.is("a") }.flatMap { page.resolve($0["href"]) }
        parts.categories = body.descendants.filter { $0.hasClass("category-name") }.compactMap { $0.visibleText.nonEmptyCollapsed }
        parts.tags = body.descendants.filter { $0.is("a") && $0.hasClass("discourse-tag") }
            .compactMap { $0.visibleText.nonEmptyCollapsed }
        if let opening {
            parts.author = opening.author
            parts.published = opening.published
            parts.body = opening.body
        }
        result.post = parts
        // The crawler view links the neighbouring pages of a long topic with rel=next / rel=prev.
        let pager = body.first { link in
            link.is("a") && link["rel"].map { $0.split(separator: " ").contains { $0 == "next" || $0 == "prev" } } == true
        }
        if pager != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the topic has other pages that are not in this file"))
        }
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }

    /// One `div.crawler-post#post_N` per post, flat, in post-number order (the pager at the bottom
    /// is a `crawler-post` too, without a post's meta line); the name in `.creator`, the date in
    /// `time[datetime]` or the `datePublished` meta, the text in `[itemprop=text]` (its quotes of
    /// other posts hold a `.post` of their own).
    static let posts = CommentMarkup(
        item: .classToken("crawler-post") && .holding(.classToken("crawler-post-meta")),
        id: IDPattern(prefixes: ["post_"]),
        requiresNumber: false,
        body: .attributeIs("itemprop", "text"),
        textDropsChrome: false,
        textStartsAtParagraph: false,
        author: [Locator(test: .classToken("creator"), inner: .preferring(.attributeIs("itemprop", "name")), anywhere: true)],
        date: [
            .first(.tag("time") && .attribute("datetime"), anywhere: true),
            .first(.attributeIs("itemprop", "datePublished"), anywhere: true),
        ])
}
