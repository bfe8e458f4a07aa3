import HTMLDOM
import ThreadModel

/// Reads a parsed page into a thread: detects the engine, lets it extract, fills what it left
/// open from the page's metadata, and reports what did not add up.
package struct ThreadExtractor: Sendable {
    /// The engine every page is read as, instead of the one detected.
    package let engine: Platform?

    /// The names `init(engine:)` accepts, `generic` (the structural reader) among them, sorted.
    package static var engines: [Platform] { PlatformRegistry.engines }

    package init() {
        engine = nil
    }

    /// Reads every page as `engine`'s, for a page whose engine is misdetected, or with `.generic`
    /// to read comments by the page's structure alone; nil for a name no reader answers to.
    package init?(engine: Platform) {
        guard PlatformRegistry.engines.contains(engine) else { return nil }
        self.engine = engine
    }

    /// `origin`: what the page's container (a web archive, an MHTML file) says about it.
    package func extract(_ document: HTMLDocument, file: String? = nil, origin: PageOrigin = PageOrigin()) -> ExtractedThread {
        guard let page = Page(document: document, file: file, origin: origin) else {
            return ExtractedThread(
                source: Source(file: file, url: origin.url, encoding: document.encoding.name, record: origin.record),
                diagnostics: [Diagnostic(.markupRecovered, "the page has no HTML element")])
        }
        let extractor = engine.flatMap { PlatformRegistry.extractor(for: page, forcing: $0) }
            ?? PlatformRegistry.extractor(for: page)
        let found = extractor.extract(page)
        let metadata = page.metadata
        // Whether the post reader knows every element of the discussion: the structural reader
        // names each record it takes for a comment; other engines name theirs, or found none.
        let isKnown = extractor.platform == .generic || !found.discussion.isEmpty || found.comments.isEmpty
        var thread = ExtractedThread(
            source: Source(
                file: file, url: metadata.url, platform: extractor.platform, generator: metadata.generator,
                language: metadata.language, encoding: document.encoding.name, savedAt: metadata.savedAt,
                record: origin.record),
            site: Site(name: metadata.siteName, url: metadata.siteURL),
            post: found.hasPost
                ? PostAssembly.post(from: found.post, page: page, discussion: found.discussion, isKnown: isKnown) : PostAssembly.threadOnly(from: found.post, page: page),
            pagination: PaginationReader.pagination(of: page, comments: found.comments),
            declaredCommentCount: found.declaredCommentCount ?? metadata.article?.integer("commentCount"),
            comments: RelativeDate.dating(found.comments, savedAt: metadata.savedAt),
            diagnostics: found.diagnostics)
        thread.diagnostics += ThreadChecks.diagnostics(
            for: thread, document: document, isCounted: found.isCounted)
        TrackingParameters.remove(from: &thread)
        return thread
    }
}
