@testable import ArchiveInput
import Foundation
import TestSupport
import XCTest

/// A web archive as crawlers write it: every kind of record, read in file order, the pages
/// kept with where and when they were captured, the rest counted by why they are not pages.
final class WARCReaderTests: XCTestCase {
    static let page = "<!DOCTYPE html><html><head><title>Post</title></head><body><p>Grüße</p></body></html>"

    /// warcinfo, request, a plain response, a chunked and gzip-encoded one, metadata, revisit,
    /// an image, a redirect and a resource page.
    static func records() throws -> [ArchiveFixtures.Record] {
        let html = Array(page.utf8)
        let encoded = ArchiveFixtures.chunked(ArchiveFixtures.gzip(html), size: 17)
        return [
            .init(type: "warcinfo", contentType: "application/warc-fields", block: Array("software: test\r\n".utf8)),
            .init(type: "request", uri: "https://example.com/a", contentType: "application/http; msgtype=request",
                  block: Array("GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n".utf8)),
            .response(uri: "https://example.com/a", headers: ["Content-Type: text/html; charset=ISO-8859-1",
                      "Content-Length: \(html.count)"], body: html, date: "2024-03-05T10:20:30Z"),
            .response(uri: "https://example.com/b", headers: ["Content-Type: text/html", "Transfer-Encoding: chunked",
                      "Content-Encoding: gzip"], body: encoded, date: "2024-03-06T11:00:00Z"),
            .init(type: "metadata", uri: "https://example.com/b", contentType: "application/warc-fields",
                  block: Array("outlink: https://example.com/c\r\n".utf8)),
            .init(type: "revisit", uri: "https://example.com/a", contentType: "application/http; msgtype=response",
                  block: Array("HTTP/1.1 304 Not Modified\r\n\r\n".utf8)),
            .response(uri: "https://example.com/logo.png", headers: ["Content-Type: image/png"],
                      body: [0x89, 0x50, 0x4E, 0x47] + Array(repeating: 0, count: 3000)),
            .response(uri: "https://example.com/old", status: "301 Moved Permanently",
                      headers: ["Location: https://example.com/a", "Content-Type: text/html"], body: Array("<html>moved</html>".utf8)),
            .init(type: "resource", uri: "https://example.com/saved", contentType: "text/html", block: html),
        ]
    }

    private func items(_ bytes: [UInt8]) throws -> (InputContents, [ArchiveItem]) {
        var contents = try InputContents(bytes: bytes)
        var items: [ArchiveItem] = []
        while let item = contents.next() { items.append(item) }
        return (contents, items)
    }

    func testGzippedWARCGivesPagesAndCountsTheRestInFileOrder() throws {
        let records = try Self.records()
        let (bytes, offsets) = try ArchiveFixtures.warc(records, compressed: true)
        let (contents, items) = try items(bytes)
        XCTAssertEqual(contents.kind, .warc)
        XCTAssertTrue(contents.isCompressed)
        XCTAssertEqual(items.count, records.count)
        var pages: [ArchivedPage] = []
        var skipped: [SkipReason] = []
        for (index, item) in items.enumerated() {
            switch item {
            case .page(let page):
                pages.append(page)
                XCTAssertEqual(page.record, .init(id: records[index].id, offset: offsets[index]), "a record's offset is its gzip member's")
            case .skipped(let reason, let record):
                skipped.append(reason)
                XCTAssertEqual(record.offset, offsets[index])
            case .failed(let reason, _): XCTFail(reason)
            }
        }
        XCTAssertEqual(skipped, [.warcinfo, .request, .metadata, .revisit, .notHTML, .httpStatus])
        XCTAssertEqual(pages.map(\.url), ["https://example.com/a", "https://example.com/b", "https://example.com/saved"])
        XCTAssertEqual(pages.map(\.savedAt), ["2024-03-05T10:20:30Z", "2024-03-06T11:00:00Z", "2024-03-05T10:20:30Z"])
        XCTAssertEqual(pages.map(\.charset), ["ISO-8859-1", nil, nil])
        for page in pages {
            XCTAssertEqual(String(decoding: page.bytes, as: UTF8.self), Self.page, "chunks joined and gzip undone")
        }
    }

    func testPlainWARCRecordOffsetsAreByteOffsets() throws {
        let records = try Self.records()
        let (bytes, offsets) = try ArchiveFixtures.warc(records, compressed: false)
        let (contents, items) = try items(bytes)
        XCTAssertFalse(contents.isCompressed)
        let found = items.compactMap { item -> Int? in
            switch item {
            case .page(let page): page.record?.offset
            case .skipped(_, let record): record.offset
            case .failed: nil
            }
        }
        XCTAssertEqual(found, offsets)
    }

    func testRecordsAfterABrokenOneAreNotGuessedAt() throws {
        var (bytes, _) = try ArchiveFixtures.warc(Array(try Self.records().prefix(3)), compressed: false)
        bytes += Array("this is not a record\r\n".utf8)
        let (_, items) = try items(bytes)
        XCTAssertEqual(items.count, 4)
        guard case .failed(let reason, _) = items.last else { return XCTFail("the broken record is reported") }
        XCTAssertTrue(reason.contains("no WARC record at offset"), reason)
    }

    func testChunkedBodiesAreJoined() {
        XCTAssertEqual(HTTPMessage.dechunked(ArchiveFixtures.chunked(Array("hello, world".utf8), size: 5)), Array("hello, world".utf8))
        XCTAssertNil(HTTPMessage.dechunked(Array("<html>".utf8)), "a body stored de-chunked is left as it is")
    }
}
