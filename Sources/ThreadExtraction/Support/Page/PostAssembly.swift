import HTMLDOM
import ThreadModel

/// Completes an engine's post from the page's metadata: JSON-LD, then meta tags, then elements.
enum PostAssembly {
    /// `discussion`: the comments' elements; `isKnown`: whether they are all the page's comments.
    static func post(from parts: PostParts, page: Page, discussion: [Node], isKnown: Bool) -> Post {
        let metadata = page.metadata
        let article = metadata.article
        let reader = PostReader(page: page, discussion: discussion, isKnown: isKnown)
        let title = parts.title ?? TitleText.title(page: page)
        return Post(
            id: parts.id,
            url: parts.url ?? metadata.url,
            title: title,
            author: parts.author ?? reader.author,
            published: parts.published ?? reader.published,
            updated: parts.updated ?? (article?.string("dateModified") ?? metadata.meta["article:modified_time"])
                .flatMap(MachineDate.parse),
            tags: parts.tags.isEmpty ? reader.tags : parts.tags,
            categories: parts.categories.isEmpty ? reader.categories : parts.categories,
            body: reader.body(engineElement: parts.bodyElement, engineBody: parts.body, title: title))
    }

    /// For a page that holds a discussion without its opening post: the thread's title and
    /// address, where the page names them; nil where it does not.
    static func threadOnly(from parts: PostParts, page: Page) -> Post? {
        let metadata = page.metadata
        // Only what the page shows as a heading or offers as its title to share: an embedded
        // widget's document title ("Disqus Comments") names the widget, not the thread.
        guard let title = parts.title ?? TitleText.heading(page: page) ?? metadata.meta["og:title"]?.nonEmptyCollapsed
        else { return nil }
        return Post(url: parts.url ?? metadata.url, title: title)
    }
}
