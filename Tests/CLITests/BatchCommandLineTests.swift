import Foundation
import TestSupport
import XCTest

/// Batches as users run them: archives and saved pages of every kind in a folder, paths from a
/// list, records written one file each and resumed, pages merged, JSON lines in and out.
final class BatchCommandLineTests: ScratchFolderTestCase {
    static let post = "https://blog.example.com/2020/01/a-post/"

    private static func page(_ number: Int? = nil, entries: [WordPressPages.Entry], declared: Int = 1) -> [UInt8] {
        Array(WordPressPages.page(post: post, entries: entries, declared: declared, page: number, pages: 2).utf8)
    }

    @discardableResult
    private func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = workspace.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url
    }

    private func run(_ arguments: [String], input: Data = Data()) throws -> BlogThreadBinary.Run {
        try BlogThreadBinary.run(arguments, input: input, in: workspace)
    }

    private func archive() -> [UInt8] {
        let one = Self.page(entries: [.init("1", author: "Ann", text: "Hi")])
        return try! ArchiveFixtures.warc([
            .init(type: "request", uri: "https://a.example/", contentType: "application/http; msgtype=request", block: Array("GET / HTTP/1.1\r\n\r\n".utf8)),
            .response(uri: "https://a.example/one/", headers: ["Content-Type: text/html"], body: one),
            .init(type: "revisit", uri: "https://a.example/one/", contentType: "application/http; msgtype=response", block: Array("HTTP/1.1 200 OK\r\n\r\n".utf8)),
            .response(uri: "https://a.example/two/", headers: ["Content-Type: text/html", "Content-Encoding: gzip"], body: ArchiveFixtures.gzip(one)),
        ], compressed: true).bytes
    }

    func testEveryKindOfInputInAFolderGivesOneLineEach() throws {
        let one = Self.page(entries: [.init("1", author: "Ann", text: "Hi")])
        try write("in/crawl.warc.gz", archive())
        try write("in/single.mhtml", ArchiveFixtures.mhtml(html: String(decoding: one, as: UTF8.self), url: Self.post, date: "Tue, 5 Mar 2024 10:20:30 +0000"))
        try write("in/zipped.html.gz", ArchiveFixtures.gzip(one))
        try write("in/complete.html", one)
        try write("in/complete_files/frame.html", one)
        let result = try run(["--format", "jsonl", "in"])
        XCTAssertEqual(result.status, 0, result.errors)
        let files = result.lines.compactMap { ($0["source"] as? [String: Any])?["file"] as? String }
        XCTAssertEqual(files, ["in/complete.html", "in/crawl.warc.gz", "in/crawl.warc.gz", "in/single.mhtml", "in/zipped.html.gz"])
        let records = result.lines.map { ($0["source"] as? [String: Any])?["record"] is [String: Any] }
        XCTAssertEqual(records, [false, true, true, true, false])
        XCTAssertTrue(result.errors.hasPrefix(
            "blogthread: 5 pages, 5 threads, 0 failed, 5 comments, 0 pingbacks, 2 records skipped (1 request, 1 revisit), "), result.errors)
    }

    func testPathsFromAListOnStandardInput() throws {
        try write("a.html", Self.page(entries: []))
        try write("b.htm", Self.page(entries: [.init("1", author: "Ann", text: "Hi")]))
        let result = try run(["--files-from", "-", "--format", "jsonl", "--output", "all.jsonl"], input: Data("a.html\r\n\nb.htm\nmissing.html\n".utf8))
        XCTAssertEqual(result.status, 1, "a missing path fails the batch")
        XCTAssertTrue(result.errors.contains("missing.html"), result.errors)
        let written = try String(contentsOf: workspace.appendingPathComponent("all.jsonl"), encoding: .utf8)
        XCTAssertEqual(written.split(separator: "\n").count, 2)
        let again = try run(["--format", "jsonl", "--output", "all.jsonl", "a.html"])
        XCTAssertEqual(again.status, 0, again.errors)
        XCTAssertEqual(try String(contentsOf: workspace.appendingPathComponent("all.jsonl"), encoding: .utf8).split(separator: "\n").count, 1,
                       "an existing file is replaced")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasPrefix(".") }, [],
                       "no temporary file is left")
        XCTAssertTrue(result.errors.contains("3 pages, 2 threads, 1 failed"), result.errors)
    }

    func testArchiveRecordsAreFilesOfTheirOwnAndABatchResumes() throws {
        try write("crawl.warc.gz", archive())
        let first = try run(["-o", "out", "crawl.warc.gz"])
        XCTAssertEqual(first.status, 0, first.errors)
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("out/crawl.warc").path).sorted()
        XCTAssertEqual(names, ["000001-a.example-one.json", "000002-a.example-two.json"])
        let again = try run(["-o", "out", "--skip-existing", "crawl.warc.gz"])
        XCTAssertEqual(again.status, 0, again.errors)
        XCTAssertTrue(again.errors.contains("2 pages, 0 threads, 2 already written, 0 failed"), again.errors)
    }

    func testSeveralPagesToStandardOutputNeedLines() throws {
        try write("crawl.warc.gz", archive())
        let result = try run(["crawl.warc.gz"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output.components(separatedBy: "\"schemaVersion\"").count, 2, "the first page is written")
        XCTAssertTrue(result.errors.contains("is one of several pages: use --format jsonl or --output-dir"), result.errors)
        XCTAssertTrue(result.errors.contains("2 pages, 1 thread, 1 failed"), result.errors)
    }

    func testMergeJoinsCommentPages() throws {
        try write("p1.html", Self.page(1, entries: [.init("1", author: "Ann", text: "One"), .init("2", parent: "1", author: "Bo", text: "Two")], declared: 3))
        try write("p2.html", Self.page(2, entries: [.init("3", author: "Cy", text: "Three")], declared: 3))
        let result = try run(["--merge", "p2.html", "p1.html"])
        XCTAssertEqual(result.status, 0, result.errors)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        XCTAssertEqual((json["comments"] as? [[String: Any]])?.map { $0["id"] as? String }, ["1", "2", "3"])
        XCTAssertTrue(result.errors.contains("2 pages, 2 read into 1 thread, 0 failed, 3 comments"), result.errors)
    }

    func testJSONLinesInAndOut() throws {
        let line = { (url: String) in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["url": url, "html": String(decoding: Self.page(entries: []), as: UTF8.self)]), as: UTF8.self)
        }
        let input = line("https://x.example/1") + "\n" + line("https://x.example/2") + "\n"
        let result = try run(["--input", "jsonl", "--format", "jsonl"], input: Data(input.utf8))
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.lines.count, 2)
        XCTAssertTrue(result.lines.allSatisfy { ($0["source"] as? [String: Any])?["file"] is NSNull })
    }
}
