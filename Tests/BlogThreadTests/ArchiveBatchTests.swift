@testable import BlogThread
import Foundation
import TestSupport
import XCTest

/// Archives through a whole batch: every record that is a page comes out as one JSON line that
/// validates against the schema and says where in which file it was found and when it was saved.
final class ArchiveBatchTests: ScratchFolderTestCase {
    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = workspace.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func lines(of path: String) throws -> [[String: Any]] {
        let validator = try JSONSchemaValidator(contentsOf: SchemaConformanceTests.schemaURL)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.hasSuffix("\n"))
        return try text.split(separator: "\n").map { line in
            XCTAssertEqual(try validator.violations(of: Data(line.utf8)), [], String(line.prefix(200)))
            return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    func testWARCRecordsBecomeSchemaValidLinesInFileOrder() throws {
        let page = { (post: String) in
            Array(WordPressPages.page(
                post: post, entries: [.init("1", author: "Ann", text: "Hi")], declared: 1,
                note: " Page saved with SingleFile \n saved date: Mon Mar 04 2024 10:00:00 GMT+0000 (Coordinated Universal Time)").utf8)
        }
        let records: [ArchiveFixtures.Record] = [
            .init(type: "warcinfo", contentType: "application/warc-fields", block: Array("software: test\r\n".utf8)),
            .init(type: "request", uri: "https://a.example/", contentType: "application/http; msgtype=request", block: Array("GET / HTTP/1.1\r\n\r\n".utf8)),
            .response(uri: "https://a.example/one/", headers: ["Content-Type: text/html; charset=utf-8"], body: page("https://a.example/one/"),
                      date: "2024-06-01T12:00:00Z"),
            .response(uri: "https://a.example/two/", headers: ["Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"],
                      body: ArchiveFixtures.chunked(ArchiveFixtures.gzip(page("https://a.example/two/")), size: 100), date: "2024-06-02T12:00:00Z"),
            .response(uri: "https://a.example/logo.png", headers: ["Content-Type: image/png"], body: Array(repeating: 1, count: 50)),
        ]
        let (bytes, offsets) = try ArchiveFixtures.warc(records, compressed: true)
        let archive = try write("crawl.warc.gz", bytes)
        let output = workspace.appendingPathComponent("out.jsonl").path
        let (inputs, problems) = InputFiles.expand([archive])
        XCTAssertTrue(problems.isEmpty)
        let summary = BatchRunner(exporter: JSONExporter(lines: true), jobs: 2)
            .run(inputs, options: .init(destination: .file(InputPath(output))), report: { XCTFail("\($0)") })
        let lines = try lines(of: output)
        XCTAssertEqual(lines.count, 2)
        let sources = lines.compactMap { $0["source"] as? [String: Any] }
        XCTAssertEqual(sources.map { $0["file"] as? String }, [archive, archive])
        XCTAssertEqual(sources.map { $0["url"] as? String }, ["https://a.example/one/", "https://a.example/two/"])
        XCTAssertEqual(sources.map { $0["savedAt"] as? String }, ["2024-06-01T12:00:00Z", "2024-06-02T12:00:00Z"],
                       "the archive's date comes before the save tool's note")
        let recordsOut = sources.compactMap { $0["record"] as? [String: Any] }
        XCTAssertEqual(recordsOut.map { $0["offset"] as? Int }, [offsets[2], offsets[3]])
        XCTAssertEqual(recordsOut.map { $0["id"] as? String }, [records[2].id, records[3].id])
        XCTAssertEqual(summary.pages, 2)
        XCTAssertEqual(summary.threads, 2)
        XCTAssertEqual(summary.comments, 2)
        XCTAssertEqual(summary.skippedRecords, ["warcinfo": 1, "request": 1, "not HTML": 1])
        XCTAssertTrue(summary.line.hasPrefix(
            "blogthread: 2 pages, 2 threads, 0 failed, 2 comments, 0 pingbacks, 3 records skipped (1 request, 1 warcinfo, 1 not HTML), "),
            summary.line)
    }

    func testMHTMLPageTakesItsAddressAndDateFromTheFile() throws {
        let html = "<!DOCTYPE html><html><head><title>Saved</title></head><body><p>3 days ago</p></body></html>"
        let path = try write("saved.mhtml", ArchiveFixtures.mhtml(html: html, url: "https://b.example/post", date: "Tue, 5 Mar 2024 10:20:30 +0100"))
        let source = try XCTUnwrap(readAll([path]).first?["source"] as? [String: Any])
        XCTAssertEqual(source["url"] as? String, "https://b.example/post")
        XCTAssertEqual(source["savedAt"] as? String, "2024-03-05T10:20:30+01:00")
        XCTAssertEqual(source["file"] as? String, path)
    }

    func testWebPageCompleteFolderIsOnePage() throws {
        let page = Array(WordPressPages.page(post: "https://c.example/", entries: [], declared: 0).utf8)
        _ = try write("site/post.html", page)
        _ = try write("site/post_files/frame.html", Array("<html><body>ad</body></html>".utf8))
        _ = try write("site/post_files/style.css", Array("p{}".utf8))
        _ = try write("site/other.htm.gz", ArchiveFixtures.gzip(page))
        _ = try write("site/orphan_files/page.html", page)
        let (inputs, _) = InputFiles.expand([workspace.appendingPathComponent("site").path])
        let names = inputs.compactMap { input -> String? in
            if case .file(_, let name) = input { name } else { nil }
        }
        XCTAssertEqual(names, ["orphan_files/page", "other.htm", "post"], "a _files folder with no page beside it is an ordinary folder")
        let post = try readAll([workspace.appendingPathComponent("site/other.htm.gz").path]).first?["post"] as? [String: Any]
        XCTAssertEqual(post?["title"] as? String, "A post")
    }

    /// The JSON lines of a batch over `paths`, each validated.
    private func readAll(_ paths: [String]) throws -> [[String: Any]] {
        let output = workspace.appendingPathComponent("all-\(UUID().uuidString).jsonl").path
        _ = BatchRunner(exporter: JSONExporter(lines: true), jobs: 1)
            .run(InputFiles.expand(paths).inputs, options: .init(destination: .file(InputPath(output))), report: { XCTFail("\($0)") })
        return try lines(of: output)
    }
}

