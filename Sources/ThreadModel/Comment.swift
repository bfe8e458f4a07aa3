/// One entry of a discussion: a comment, or a pingback or trackback from another page.
public struct Comment: Sendable, Hashable {
    /// What sort of entry: the JSON `kind`.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A comment written on the page.
        case comment
        /// A pingback: another blog's automatic notice that it linked here.
        case pingback
        /// A trackback: another page's manual notice that it linked here.
        case trackback
    }

    /// The platform's own identifier where the page has one, else a stable one made from document order.
    public var id: String
    /// The id of the comment this one replies to; nil for a top-level comment.
    public var parentId: String?
    /// 0 for a top-level comment, one more for each level of reply.
    public var depth: Int
    /// A comment, a pingback or a trackback.
    public var kind: Kind
    /// For a pingback or trackback: the linking page's title and address.
    public var author: Person?
    /// When it was written, as the page gives it (never an invented time or zone).
    public var published: PageDate?
    /// The date exactly as the page displays it.
    public var publishedText: String?
    /// The comment's permalink.
    public var url: String?
    /// True where the page marks the comment as the post author's.
    public var isByPostAuthor: Bool
    /// The comment's own subject line, where the engine has one (Drupal, forums); never the
    /// author's name or the post's title.
    public var title: String?
    /// True where `parentId` was inferred (from stated depths, indentation, a thread flattened past
    /// its engine's deepest level) rather than read from nesting or an in-reply-to link.
    public var parentInferred: Bool
    /// Only when several captures of one thread are merged: a later capture no longer shows it.
    public var removedLater: Bool
    /// The text, as a sanitised tree; `text` gives it as plain text.
    public var body: RichText

    /// A comment; only `id` is required.
    public init(
        id: String, parentId: String? = nil, depth: Int = 0, kind: Kind = .comment, author: Person? = nil,
        published: PageDate? = nil, publishedText: String? = nil, url: String? = nil,
        isByPostAuthor: Bool = false, title: String? = nil, parentInferred: Bool = false, removedLater: Bool = false,
        body: RichText = RichText()
    ) {
        self.id = id
        self.parentId = parentId
        self.depth = depth
        self.kind = kind
        self.author = author
        self.published = published
        self.publishedText = publishedText
        self.url = url
        self.isByPostAuthor = isByPostAuthor
        self.title = title
        self.parentInferred = parentInferred
        self.removedLater = removedLater
        self.body = body
    }
}

extension Comment {
    /// The body as plain text (what a reader sees), without calling a renderer.
    public var text: String { body.plainText }
}
