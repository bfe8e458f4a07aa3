/// The engine whose markup was recognised. A string-backed struct rather than an enum, so that a
/// new engine adds a value without breaking anyone who switches over the known ones.
public struct Platform: OpenName {
    /// The name as the JSON writes it (`source.platform`), e.g. `wordpress`.
    public var rawValue: String

    /// A platform by its JSON name; any string is allowed, so names from newer versions decode.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// WordPress, self-hosted or WordPress.com (Jetpack and wpDiscuz comments included).
    public static let wordpress = Platform("wordpress")
    /// Google's Blogger (Blogspot), classic and threaded comments.
    public static let blogger = Platform("blogger")
    /// Drupal, threads nested by indentation.
    public static let drupal = Platform("drupal")
    /// LiveJournal and its forks (Dreamwidth).
    public static let livejournal = Platform("livejournal")
    /// Hosted Typepad.
    public static let typepad = Platform("typepad")
    /// Self-hosted Movable Type, Typepad's sibling.
    public static let movabletype = Platform("movabletype")
    /// Hacker News item pages.
    public static let hackerNews = Platform("hackernews")
    /// Reddit: old Reddit, the 2018 redesign and the current web components.
    public static let reddit = Platform("reddit")
    /// Discourse forums (the crawler view a saved page holds).
    public static let discourse = Platform("discourse")
    /// Stack Exchange sites: questions, answers and their comments.
    public static let stackExchange = Platform("stackexchange")
    /// phpBB forum topics.
    public static let phpbb = Platform("phpbb")
    /// vBulletin forum topics.
    public static let vbulletin = Platform("vbulletin")
    /// PIXNET blogs.
    public static let pixnet = Platform("pixnet")
    /// Habr articles.
    public static let habr = Platform("habr")
    /// Disqus: an export file, a saved thread or the noscript fallback.
    public static let disqus = Platform("disqus")
    /// Any page marked up with microformats (`h-entry`, `hentry`) comments.
    public static let microformats = Platform("microformats")
    /// Any page with schema.org `Comment`s in JSON-LD or microdata.
    public static let schemaorg = Platform("schemaorg")
    /// No engine recognised: comments found by the page's structure (with a `heuristic` diagnostic).
    public static let generic = Platform("generic")
    /// Nothing read: a page without an HTML element.
    public static let unknown = Platform("unknown")

    /// Every platform this version can report, in the order the engines are tried.
    public static let known: [Platform] = [
        .disqus, .wordpress, .blogger, .drupal, .livejournal, .typepad, .movabletype, .hackerNews, .reddit,
        .discourse, .stackExchange, .phpbb, .vbulletin, .pixnet, .habr, .microformats, .schemaorg, .generic, .unknown,
    ]
}
