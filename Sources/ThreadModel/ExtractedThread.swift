/// One saved page parsed into a post and its discussion.
///
/// `ExtractedThread` rather than `Thread`: Foundation owns that name.
public struct ExtractedThread: Sendable, Hashable {
    /// Where the thread came from and how it was read.
    public var source: Source
    /// The site the page belongs to.
    public var site: Site
    /// The article or opening message; nil only where the page holds a discussion without one.
    public var post: Post?
    /// Where the page is one of several pages of one discussion; nil where it links no other page of it.
    public var pagination: Pagination?
    /// The number of comments the page itself states, where it states one.
    public var declaredCommentCount: Int?
    /// Comments, pingbacks and trackbacks in document order: a pre-order walk of the reply tree.
    public var comments: [Comment]
    /// What did not add up (a count mismatch, comments on other pages, heuristics used).
    public var diagnostics: [Diagnostic]

    /// A thread; only where it came from is required.
    public init(
        source: Source, site: Site = Site(), post: Post? = nil, pagination: Pagination? = nil,
        declaredCommentCount: Int? = nil,
        comments: [Comment] = [], diagnostics: [Diagnostic] = []
    ) {
        self.source = source
        self.site = site
        self.post = post
        self.pagination = pagination
        self.declaredCommentCount = declaredCommentCount
        self.comments = comments
        self.diagnostics = diagnostics
    }
}

/// Where the thread came from and how it was read.
public struct Source: Sendable, Hashable {
    /// The input path as given; nil for standard input.
    public var file: String?
    /// The page's canonical address (never an archive-rewritten one).
    public var url: String?
    /// The engine whose markup was recognised.
    public var platform: Platform
    /// The page's own meta generator, verbatim.
    public var generator: String?
    /// BCP 47 language tag the page declares.
    public var language: String?
    /// The character encoding the bytes were decoded from.
    public var encoding: String?
    /// When the page was saved: an archive record's date, an MHTML date, a save tool's note, a
    /// web-archive capture time; nil where nothing says.
    public var savedAt: PageDate?
    /// Which record of an archive file (WARC, MHTML) the page was read from; nil for a plain page.
    public var record: ArchiveRecord?

    /// A source; every part is optional, the platform `unknown` unless given.
    public init(
        file: String? = nil, url: String? = nil, platform: Platform = .unknown, generator: String? = nil,
        language: String? = nil, encoding: String? = nil, savedAt: PageDate? = nil, record: ArchiveRecord? = nil
    ) {
        self.file = file
        self.url = url
        self.platform = platform
        self.generator = generator
        self.language = language
        self.encoding = encoding
        self.savedAt = savedAt
        self.record = record
    }
}

/// The site a page belongs to.
public struct Site: Sendable, Hashable {
    /// The site's name (`og:site_name`, JSON-LD `WebSite`).
    public var name: String?
    /// The site's home address.
    public var url: String?

    /// A site by name and address.
    public init(name: String? = nil, url: String? = nil) {
        self.name = name
        self.url = url
    }
}
