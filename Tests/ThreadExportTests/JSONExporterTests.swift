import Foundation
import ThreadModel
import XCTest

@testable import ThreadExport

final class JSONExporterTests: XCTestCase {
    private func export(_ thread: ExtractedThread) throws -> [String: Any] {
        let data = try JSONExporter().export(thread)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testAbsentValuesAreWrittenAsNull() throws {
        let json = try export(ExtractedThread(source: Source(), comments: [Comment(id: "c1")]))
        XCTAssertTrue(json["post"] is NSNull)
        XCTAssertTrue(json["declaredCommentCount"] is NSNull)
        let source = try XCTUnwrap(json["source"] as? [String: Any])
        for key in ["file", "url", "generator", "language", "encoding"] {
            XCTAssertTrue(source[key] is NSNull, key)
        }
        let comment = try XCTUnwrap((json["comments"] as? [[String: Any]])?.first)
        for key in ["parentId", "author", "published", "publishedText", "url"] {
            XCTAssertTrue(comment[key] is NSNull, key)
        }
    }

    func testSchemaVersionIsOne() throws {
        XCTAssertEqual(try export(ExtractedThread(source: Source()))["schemaVersion"] as? Int, 1)
    }

    func testKeysAreSortedAndOutputIsStable() throws {
        let thread = ExtractedThread(
            source: Source(platform: .wordpress), site: Site(name: "S"),
            post: Post(title: "T", tags: ["b", "a"], body: RichText([.paragraph([.text("x")])])),
            comments: [Comment(id: "1", author: Person(name: "N"))])
        let first = try JSONExporter().export(thread)
        XCTAssertEqual(first, try JSONExporter().export(thread))
        let text = String(decoding: first, as: UTF8.self)
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        XCTAssertEqual(keys, keys.sorted())
        XCTAssertTrue(text.hasSuffix("}\n"))
    }

    func testBodiesAreRenderedAsHTMLAndText() throws {
        let body = RichText([
            .paragraph([.text("a < b & "), .strong([.text("c")]), .lineBreak, .link(destination: "https://x.org/?a=1&b=2", title: nil, content: [.text("link")])]),
            .quote([.paragraph([.text("quoted")])]),
        ])
        let comment = try XCTUnwrap((try export(ExtractedThread(source: Source(), comments: [Comment(id: "1", body: body)]))["comments"] as? [[String: Any]])?.first)
        XCTAssertEqual(
            comment["html"] as? String,
            "<p>a &lt; b &amp; <strong>c</strong><br><a href=\"https://x.org/?a=1&amp;b=2\">link</a></p><blockquote><p>quoted</p></blockquote>")
        XCTAssertEqual(comment["text"] as? String, "a < b & c\nlink\n\nquoted")
    }

    func testDatesKeepThePagesOwnForm() throws {
        let comment = Comment(
            id: "1", published: PageDate(year: 2015, month: 3, day: 3, time: .init(hour: 10, minute: 12)),
            publishedText: "le 3 mars 2015 à 10 h 12")
        let json = try XCTUnwrap((try export(ExtractedThread(source: Source(), comments: [comment]))["comments"] as? [[String: Any]])?.first)
        XCTAssertEqual(json["published"] as? String, "2015-03-03T10:12:00")
        XCTAssertEqual(json["publishedText"] as? String, "le 3 mars 2015 à 10 h 12")
    }
}
