import BlogThread
import Foundation
import XCTest

/// Every JSON output validates against the interface's schema: for every fixture, and for every
/// page of the shared corpus when it is present.
final class SchemaConformanceTests: XCTestCase {
    static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Schema/thread.schema.json")

    func testTheBundledSchemaIsTheSharedOne() throws {
        guard let shared = SharedCorpus.specFile else { throw XCTSkip("the shared specification is not beside this checkout") }
        XCTAssertEqual(try Data(contentsOf: Self.schemaURL), try Data(contentsOf: shared), "the schema copy has drifted")
    }

    func testValidatorRejectsWhatTheSchemaForbids() throws {
        let validator = try JSONSchemaValidator(contentsOf: Self.schemaURL)
        XCTAssertFalse(try validator.violations(of: Data(#"{"schemaVersion": 2}"#.utf8)).isEmpty)
        let thread = ExtractedThread(source: Source(), comments: [Comment(id: "1", depth: -1)])
        let violations = try validator.violations(of: try JSONExporter().export(thread))
        XCTAssertEqual(violations, ["$.comments[0].depth: -1 is below 0"])
    }

    func testEveryFixtureOutputValidates() throws {
        let validator = try JSONSchemaValidator(contentsOf: Self.schemaURL)
        for page in ExtractedPages.fixtures() {
            let data = try JSONExporter().export(try page.thread.get())
            XCTAssertEqual(try validator.violations(of: data), [], page.name)
        }
    }

    func testEveryCorpusOutputValidates() throws {
        let pages = try ExtractedPages.corpus()
        let validator = try JSONSchemaValidator(contentsOf: Self.schemaURL)
        for page in pages {
            let data = try JSONExporter().export(try page.thread.get())
            XCTAssertEqual(try validator.violations(of: data), [], page.name)
        }
    }
}

/// The shared corpus of real pages, beside the checkout when it is there.
enum SharedCorpus {
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static var specFile: URL? {
        let url = shared.appendingPathComponent("spec/thread.schema.json")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static var pagesFolder: URL { shared.appendingPathComponent("corpus/pages") }

    /// The corpus pages, or a skip when the corpus is not beside this checkout.
    static func pages() throws -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: pagesFolder.path)) ?? []
        let pages = names.filter { $0.hasSuffix(".html") }.sorted().map { pagesFolder.appendingPathComponent($0) }
        if pages.isEmpty { throw XCTSkip("the shared corpus is not beside this checkout") }
        return pages
    }
}
