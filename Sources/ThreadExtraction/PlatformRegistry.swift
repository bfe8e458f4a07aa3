import ThreadModel

/// The engines in fallback order: specific engines first, the structural fallback last.
/// The most confident detection wins; ties go to the earlier entry.
enum PlatformRegistry {
    static let extractors: [any PlatformExtractor] = [
        DisqusExportExtractor(),
        DisqusExtractor(),
        WordPressExtractor(),
        BloggerExtractor(),
        DrupalExtractor(),
        LiveJournalExtractor(),
        TypepadExtractor(),
        MovableTypeExtractor(),
        HackerNewsExtractor(),
        RedditExtractor(),
        DiscourseExtractor(),
        StackExchangeExtractor(),
        PhpBBExtractor(),
        VBulletinExtractor(),
        PixnetExtractor(),
        HabrExtractor(),
        MicroformatsExtractor(),
        SchemaOrgExtractor(),
    ]

    static let fallback: any PlatformExtractor = GenericExtractor()

    /// Below this, a detection is a guess, and the fallback reads the page instead.
    static let threshold = 0.3

    /// Every engine name a user can force, sorted.
    static let engines: [Platform] = Set((extractors + [fallback]).map(\.platform)).sorted { $0.rawValue < $1.rawValue }

    static func extractor(for page: Page) -> any PlatformExtractor {
        var best: (any PlatformExtractor)?
        var bestScore = threshold
        for extractor in extractors {
            let score = extractor.detect(page)
            if score > bestScore {
                best = extractor
                bestScore = score
            }
        }
        return best ?? fallback
    }

    /// The reader of a forced engine. One name can have several readers (Disqus's export file and
    /// its pages): the one most confident about the page, ties to the later one, since a reader of
    /// a file format is listed before the reader of the same engine's pages.
    static func extractor(for page: Page, forcing engine: Platform) -> (any PlatformExtractor)? {
        if engine == fallback.platform { return fallback }
        var best: (extractor: any PlatformExtractor, score: Double)?
        for extractor in extractors where extractor.platform == engine {
            let score = extractor.detect(page)
            if score >= best?.score ?? 0 { best = (extractor, score) }
        }
        return best?.extractor
    }
}
