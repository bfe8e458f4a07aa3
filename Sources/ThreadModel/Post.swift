/// The article or opening message of a thread.
public struct Post: Sendable, Hashable {
    /// The platform's own identifier for the post, where the page shows one.
    public var id: String?
    /// The post's permalink.
    public var url: String?
    /// The post's title.
    public var title: String?
    /// Who wrote it.
    public var author: Person?
    /// When it was published, as the page gives it.
    public var published: PageDate?
    /// When it was last changed, where the page says.
    public var updated: PageDate?
    /// Its tags, in page order.
    public var tags: [String]
    /// Its categories, in page order.
    public var categories: [String]
    /// The text, as a sanitised tree; `text` gives it as plain text.
    public var body: RichText

    /// A post; every part is optional.
    public init(
        id: String? = nil, url: String? = nil, title: String? = nil, author: Person? = nil,
        published: PageDate? = nil, updated: PageDate? = nil, tags: [String] = [], categories: [String] = [],
        body: RichText = RichText()
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.author = author
        self.published = published
        self.updated = updated
        self.tags = tags
        self.categories = categories
        self.body = body
    }
}

extension Post {
    /// The body as plain text (what a reader sees), without calling a renderer.
    public var text: String { body.plainText }
}
