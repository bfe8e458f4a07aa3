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
        // The pager at the bottom is a `crawler-post` too, without a post's meta line.
        let posts = body.descendants.filter { node in
            node.hasClass("crawler-post") && node.first { $0.hasClass("crawler-post-meta") } != nil
        }.map { DiscoursePost(page: page, element: $0) }
        let opening = posts.first.flatMap { $0.number == 1 ? $0 : nil }
        result.hasPost = opening != nil || posts.isEmpty
        let replies = opening == nil ? posts[...] : posts.dropFirst()
        let openingAuthor = opening?.author?.name
        result.comments = replies.enumerated().map { index, post in
            let author = post.author
            return Comment(
                id: post.number.map(String.init) ?? "c\(index + 1)", author: author,
                published: post.date.published, publishedText: post.date.text,
                isByPostAuthor: author?.name != nil && author?.name == openingAuthor, body: post.body)
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
            parts.published = opening.date.published
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
        return result
    }
}

private struct DiscoursePost {
    let page: Page
    let element: Node

    /// The post number: the `position` the meta line states, else the `post_N` id.
    var number: Int? {
        element.first { $0["itemprop"] == "position" }.flatMap { Int($0.visibleText) }
            ?? element.id.flatMap { $0.hasPrefix("post_") ? Int($0.dropFirst(5)) : nil }
    }

    var author: Person? {
        guard let creator = element.first(where: { $0.hasClass("creator") }) else { return nil }
        let link = creator.first { $0.is("a") }
        let name = creator.first { $0["itemprop"] == "name" }?.visibleText.nonEmptyCollapsed
            ?? creator.visibleText.nonEmptyCollapsed
        return name.map { Person(name: $0, url: page.resolve(link?["href"])) }
    }

    var date: (published: PageDate?, text: String?) {
        let time = element.first { $0.is("time") && $0["datetime"] != nil }
        let stated = time?["datetime"] ?? element.first { $0["itemprop"] == "datePublished" }?["content"]
        return (stated.flatMap(MachineDate.parse), time?.visibleText.nonEmptyCollapsed)
    }

    var body: RichText {
        guard let text = element.first(where: { $0["itemprop"] == "text" } ) ?? element.first(where: { $0.hasClass("post") })
        else { return RichText() }
        return BodyConverter(resolver: page.resolver).convert(text)
    }
}
