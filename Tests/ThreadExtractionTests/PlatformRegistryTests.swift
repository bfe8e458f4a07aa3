import Foundation
import XCTest

import HTMLDOM
import ThreadModel
@testable import ThreadExtraction

final class PlatformRegistryTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// An engine nobody wrote pages for is an engine nobody tested: every registered engine has
    /// at least two fixtures of its own.
    func testEveryRegisteredEngineHasFixtures() throws {
        let engines = (PlatformRegistry.extractors + [PlatformRegistry.fallback]).map(\.platform.rawValue)
        for engine in Set(engines) {
            let folder = Self.fixtures.appendingPathComponent(engine)
            let pages = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
                .filter { $0.hasSuffix(".html") || $0.hasSuffix(".xml") } ?? []
            XCTAssertGreaterThanOrEqual(pages.count, 2, "Fixtures/\(engine) needs at least two pages")
        }
    }

    func testEnginesAreRegisteredOnce() {
        let engines = PlatformRegistry.extractors.map { String(describing: type(of: $0)) }
        XCTAssertEqual(engines.count, Set(engines).count)
    }

    func testEveryEngineCanBeForcedAndUnknownNamesAreRefused() throws {
        XCTAssertTrue(ThreadExtractor.engines.contains(.generic))
        XCTAssertTrue(ThreadExtractor.engines.contains(.wordpress))
        for engine in ThreadExtractor.engines {
            XCTAssertEqual(ThreadExtractor(engine: engine)?.engine, engine)
        }
        XCTAssertNil(ThreadExtractor(engine: Platform("nosuch")))
    }

    /// A page an engine claims, read as another's: the forced engine is the one reported, and a
    /// name with two readers (Disqus's export file and its pages) picks the one that fits the file.
    func testForcedEngineOverridesDetection() throws {
        let html = """
            <html><head><meta name="generator" content="WordPress 6.4"></head><body>
            <ol class="comment-list"><li id="comment-1" class="comment"><div class="comment-author vcard">
            <b class="fn">Ann</b></div><div class="comment-content"><p>Hi</p></div></li></ol></body></html>
            """
        let document = try HTMLDocument(bytes: Array(html.utf8))
        XCTAssertEqual(ThreadExtractor().extract(document).source.platform, .wordpress)
        XCTAssertEqual(try XCTUnwrap(ThreadExtractor(engine: .generic)).extract(document).source.platform, .generic)
        let page = try XCTUnwrap(Page(document: document, file: nil))
        XCTAssertTrue(PlatformRegistry.extractor(for: page, forcing: .disqus) is DisqusExtractor)
        let export = try HTMLDocument(xmlBytes: Array("<disqus><thread/></disqus>".utf8))
        let exportPage = try XCTUnwrap(Page(document: export, file: nil))
        XCTAssertTrue(PlatformRegistry.extractor(for: exportPage, forcing: .disqus) is DisqusExportExtractor)
    }

    /// A client can name every engine's platform: each is a public constant of the model.
    func testEveryEnginesPlatformIsAKnownConstant() {
        let engines = (PlatformRegistry.extractors + [PlatformRegistry.fallback]).map(\.platform)
        XCTAssertEqual(Set(engines).subtracting(Platform.known), [])
        XCTAssertEqual(Platform.known.count, Set(Platform.known).count)
    }
}
