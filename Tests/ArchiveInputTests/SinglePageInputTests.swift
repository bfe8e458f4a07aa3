@testable import ArchiveInput
import Foundation
import Inflate
import TestSupport
import XCTest

/// Inputs that hold one page: gzip under any name, MHTML in both transfer encodings.
final class SinglePageInputTests: XCTestCase {
    static let html = "<!DOCTYPE html><html><head><title>Café = fine</title></head><body>\n<p>\(String(repeating: "long line ", count: 20))é</p></body></html>"

    private func onlyPage(_ bytes: [UInt8]) throws -> (InputContents.Kind, ArchivedPage) {
        var contents = try InputContents(bytes: bytes)
        guard case .page(let page) = contents.next() else { throw XCTSkip("no page") }
        XCTAssertNil(contents.next())
        return (contents.kind, page)
    }

    func testGzipBytesAreAPage() throws {
        let (kind, page) = try onlyPage(ArchiveFixtures.gzip(Array(Self.html.utf8)))
        XCTAssertEqual(kind, .page)
        XCTAssertEqual(page.bytes, Array(Self.html.utf8))
        XCTAssertNil(page.record)
    }

    func testMHTMLQuotedPrintablePart() throws {
        let file = ArchiveFixtures.mhtml(html: Self.html, url: "https://example.com/post", date: "Tue, 5 Mar 2024 10:20:30 +0100")
        XCTAssertTrue(String(decoding: file, as: UTF8.self).contains("=3D"), "the fixture escapes")
        let (kind, page) = try onlyPage(file)
        XCTAssertEqual(kind, .mhtml)
        // Quoted-printable carries line breaks as CRLF; the part ends with the one before the blank line.
        XCTAssertEqual(String(decoding: page.bytes, as: UTF8.self), Self.html.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n")
        XCTAssertEqual(page.url, "https://example.com/post")
        XCTAssertEqual(page.savedAt, "Tue, 5 Mar 2024 10:20:30 +0100")
        XCTAssertEqual(page.charset, "utf-8")
        XCTAssertNotNil(page.record)
    }

    func testMHTMLBase64PartAndGzippedMHTML() throws {
        let file = ArchiveFixtures.mhtml(html: Self.html, url: "https://example.com/post", date: "Tue, 5 Mar 2024 10:20:30 +0100", base64HTML: true)
        let (kind, page) = try onlyPage(ArchiveFixtures.gzip(file))
        XCTAssertEqual(kind, .mhtml)
        XCTAssertEqual(String(decoding: page.bytes, as: UTF8.self), Self.html)
    }

    func testAPageThatMentionsHeadersIsStillAPage() throws {
        let html = "<!-- saved from url=(0023)https://example.com/ -->\nContent-Type: text/html\n\n<html></html>"
        XCTAssertEqual(try onlyPage(Array(html.utf8)).0, .page)
    }

    /// A MIME header block starts at the first byte: a page's doctype line, even one holding a
    /// colon, is no header line, so what looks like headers after it is the page's text.
    func testHeaderLinesAfterAPagesFirstLineDoNotMakeItMHTML() throws {
        let html = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
            + "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n<html></html>"
        XCTAssertEqual(try InputContents(bytes: Array(html.utf8)).kind, .page)
        XCTAssertEqual(try InputContents(bytes: Array(("\u{FEFF}" + html).utf8)).kind, .page)
    }

    func testGzipMembersFollowOneAnother() throws {
        let joined = ArchiveFixtures.gzip(Array("one ".utf8)) + ArchiveFixtures.gzip(Array("two".utf8))
        XCTAssertEqual(try Inflater.decompress(joined, format: .gzip, limit: 100), Array("one two".utf8))
        XCTAssertThrowsError(try Inflater.decompress(Array(repeating: 0x41, count: 40), format: .gzip, limit: 100))
    }

    func testJSONLinesArePages() throws {
        let lines = #"{"url":"https://example.com/1","html":"<html><body>one</body></html>"}"# + "\n\n"
            + #"{"url":"https://example.com/2"}"# + "\n" + #"{"html":"<p>three</p>","savedAt":"2024-01-01T00:00:00Z"}"#
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString).jsonl").path
        try Data(lines.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var contents = try InputContents(path: Array(path.utf8), jsonLines: true)
        var found: [String] = []
        while let item = contents.next() {
            switch item {
            case .page(let page): found.append("\(page.url ?? "-") \(page.savedAt ?? "-") \(page.record?.offset ?? -1)")
            case .failed(let reason, _): found.append(reason)
            case .skipped: XCTFail("nothing is skipped")
            }
        }
        XCTAssertEqual(found, [
            "https://example.com/1 - 0", #"line 3 is not a JSON object with an "html" string"#, "- 2024-01-01T00:00:00Z \(lines.utf8.count - 56)",
        ])
    }
}
