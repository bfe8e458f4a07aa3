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
}
