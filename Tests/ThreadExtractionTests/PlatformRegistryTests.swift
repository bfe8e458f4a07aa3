import Foundation
import XCTest

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
}
