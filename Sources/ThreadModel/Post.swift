/// The article or opening message of a thread.
public struct Post: Sendable, Hashable {
    public var id: String?
    public var url: String?
    public var title: String?
    public var author: Person?
    public var published: PageDate?
    public var updated: PageDate?
    public var tags: [String]
    public var categories: [String]
    public var body: RichText

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
