import BlogThread
import Foundation
import XCTest

/// Every fixture and corpus page read once per test process: the tests that judge outputs share
/// these threads instead of each reading every page again.
enum ExtractedPages {
    struct Page: Sendable {
        let url: URL
        /// The page's thread, or why it could not be read.
        let thread: Result<ExtractedThread, ReadError>

        var name: String { url.lastPathComponent }
    }

    private static let fixturePages = read(Fixtures.pages())
    private static let corpusPages = read((try? SharedCorpus.pages()) ?? [])

    static func fixtures() -> [Page] { fixturePages }

    /// The corpus pages, or a skip when the corpus is not beside this checkout.
    static func corpus() throws -> [Page] {
        if corpusPages.isEmpty { _ = try SharedCorpus.pages() }
        return corpusPages
    }

    private static func read(_ urls: [URL]) -> [Page] {
        let reader = ThreadReader()
        return urls.map { url in Page(url: url, thread: Result { () throws(ReadError) in try reader.read(contentsOf: url.path) }) }
    }
}
