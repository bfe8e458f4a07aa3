@testable import ArchiveInput
import Foundation
import TestSupport
import XCTest

/// The page size limit holds for every way a page comes: a file, a gzipped one, an archive
/// record, a line of JSON Lines; what is past it is refused by name and the rest is read.
final class PageLimitTests: XCTestCase {
    private static let small = Array("<html><body><p>small</p></body></html>".utf8)
    private static let large = Array(("<html><body><p>" + String(repeating: "large ", count: 400) + "</p></body></html>").utf8)
    private static let limit = 1024

    private func items(_ contents: inout InputContents) -> [String] {
        var found: [String] = []
        while let item = contents.next() {
            switch item {
            case .page(let page): found.append("page of \(page.bytes.count)")
            case .failed(let reason, _): found.append(reason)
            case .skipped(let reason, _): found.append("skipped \(reason)")
            }
        }
        return found
    }

    /// The path's bytes, as `InputContents` opens it.
    private func temporaryFile(_ bytes: [UInt8]) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("limit-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return Array(path.utf8)
    }

    func testAFileOverTheLimitIsRefusedByItsSizeAndOneUnderItIsRead() throws {
        let refusal = "larger than the page size limit of 1 KB (2.3 KB): refused (see --max-page-size)"
        XCTAssertThrowsError(try InputContents(path: temporaryFile(Self.large), pageLimit: Self.limit)) {
            XCTAssertEqual("\($0)", refusal)
        }
        var contents = try InputContents(path: temporaryFile(Self.small), pageLimit: Self.limit)
        XCTAssertEqual(items(&contents), ["page of \(Self.small.count)"])
    }

    func testACompressedPageIsRefusedOnceItsBytesPassTheLimit() throws {
        // Its size is known only by reading: no more than the limit is held.
        XCTAssertThrowsError(try InputContents(path: temporaryFile(ArchiveFixtures.gzip(Self.large)), pageLimit: Self.limit)) {
            XCTAssertEqual("\($0)", "larger than the page size limit of 1 KB: refused (see --max-page-size)")
        }
    }

    func testAnArchiveRecordOverTheLimitFailsAndTheNextIsRead() throws {
        let records: [ArchiveFixtures.Record] = [
            .response(uri: "https://example.com/large", headers: ["Content-Type: text/html"], body: Self.large),
            .init(type: "resource", uri: "https://example.com/large-resource", contentType: "text/html", block: Self.large),
            .response(uri: "https://example.com/small", headers: ["Content-Type: text/html"], body: Self.small),
        ]
        var contents = try InputContents(bytes: ArchiveFixtures.warc(records, compressed: true).bytes, pageLimit: Self.limit)
        XCTAssertEqual(items(&contents), [
            "the page is larger than the page size limit of 1 KB (2.3 KB): refused (see --max-page-size)",
            "the page is larger than the page size limit of 1 KB (2.3 KB): refused (see --max-page-size)",
            "page of \(Self.small.count)",
        ])
    }

    func testAJSONLineOverTheLimitFailsAndTheNextLineIsRead() throws {
        func line(_ html: [UInt8]) -> String {
            let object = try! JSONSerialization.data(withJSONObject: ["html": String(decoding: html, as: UTF8.self)])
            return String(decoding: object, as: UTF8.self)
        }
        let lines = [line(Self.small), line(Self.large), line(Self.small)].joined(separator: "\n")
        var contents = try InputContents(path: temporaryFile(Array(lines.utf8)), jsonLines: true, pageLimit: Self.limit)
        let found = items(&contents)
        XCTAssertEqual(found.count, 3, "\(found)")
        XCTAssertEqual(found.first, "page of \(Self.small.count)")
        XCTAssertTrue(found[1].hasPrefix("line 2 is larger than the page size limit of 1 KB ("), found[1])
        XCTAssertEqual(found.last, "page of \(Self.small.count)")
    }

    func testSizesAreNamedInTheUnitTheyAreWholeIn() {
        XCTAssertEqual(PageLimit.describe(256 << 20), "256 MB")
        XCTAssertEqual(PageLimit.describe(1 << 30), "1 GB")
        XCTAssertEqual(PageLimit.describe(1536 << 10), "1.5 MB")
        XCTAssertEqual(PageLimit.describe(512), "512 bytes")
    }
}
