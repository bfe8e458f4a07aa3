import Foundation
import TestSupport
import XCTest

/// Runs the built `blogthread` binary as a user would, checking standard output, written files
/// and exit codes.
final class CommandLineTests: ScratchFolderTestCase {
    private static let page = """
        <!DOCTYPE html><html lang="en"><head><meta name="generator" content="WordPress 6.4">
        <title>A post</title></head><body><article class="post hentry"><h1 class="entry-title">A post</h1>
        <div class="entry-content"><p>Body</p></div></article>
        <div id="comments"><h2 class="comments-title">2 thoughts on “A post”</h2><ol class="comment-list">
        <li id="comment-1" class="comment depth-1"><article id="div-comment-1" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ann</b></div>
        <div class="comment-metadata"><a href="#comment-1"><time datetime="2020-01-02T03:04:05+01:00">Jan 2</time></a></div></footer>
        <div class="comment-content"><p>First <script>alert(1)</script><a href="javascript:alert(1)">x</a></p></div></article>
        <ol class="children"><li id="comment-2" class="comment depth-2"><article id="div-comment-2" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bo</b></div></footer>
        <div class="comment-content"><p>Reply</p></div></article></li></ol></li></ol></div></body></html>
        """

    @discardableResult
    private func write(_ name: String, _ text: String) throws -> URL {
        let url = workspace.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    private func run(_ arguments: [String], input: Data? = nil) throws -> BlogThreadBinary.Run {
        try BlogThreadBinary.run(arguments, input: input ?? Data())
    }

    func testOnePageGoesToStandardOutputAsJSON() throws {
        let page = try write("post.html", Self.page)
        let result = try run([page.path])
        XCTAssertEqual(result.status, 0, result.errors)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let comments = try XCTUnwrap(json["comments"] as? [[String: Any]])
        XCTAssertEqual(comments.map { $0["id"] as? String }, ["1", "2"])
        XCTAssertEqual(comments.map { $0["parentId"] as? String }, [nil, "1"])
        XCTAssertEqual(json["declaredCommentCount"] as? Int, 2)
        XCTAssertFalse(result.output.contains("<script"))
        XCTAssertFalse(result.output.lowercased().contains("javascript:"))
    }

    func testMarkdownFormat() throws {
        let page = try write("post.html", Self.page)
        let result = try run(["--format", "markdown", page.path])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.contains("Ann"))
        XCTAssertTrue(result.output.contains("Reply"))
        XCTAssertFalse(result.output.lowercased().contains("javascript:"))
    }

    func testHTMLFormatWritesOnePagePerInput() throws {
        let page = try write("pages/post.html", Self.page)
        let folder = workspace.appendingPathComponent("html").path
        let result = try run(["--format", "html", "--output-dir", folder, page.deletingLastPathComponent().path])
        XCTAssertEqual(result.status, 0, result.errors)
        let html = try String(contentsOfFile: folder + "/post.html", encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("Ann"))
        XCTAssertFalse(html.contains("<script"))
    }

    func testStandardInput() throws {
        let result = try run(["-"], input: Data(Self.page.utf8))
        XCTAssertEqual(result.status, 0, result.errors)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        XCTAssertTrue((json["source"] as? [String: Any])?["file"] is NSNull)
    }

    func testFolderBatchWritesOneFilePerPageAndGoesOnPastBadOnes() throws {
        try write("pages/a.html", Self.page)
        try write("pages/nested/b.htm", Self.page)
        try write("pages/empty.html", "")
        try write("pages/notes.txt", "not a page")
        let out = workspace.appendingPathComponent("out")
        let result = try run(["--output-dir", out.path, workspace.appendingPathComponent("pages").path])
        XCTAssertEqual(result.status, 1, "a failed page makes the batch fail")
        XCTAssertTrue(result.errors.contains("empty.html"), result.errors)
        XCTAssertTrue(result.errors.contains("blogthread: 3 pages, 2 threads, 1 failed, 4 comments, 0 pingbacks, "), result.errors)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("a.json").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("nested/b.json").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("notes.json").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temporary files are left behind")
    }

    func testMissingInputNamesTheFileAndFails() throws {
        let result = try run([workspace.appendingPathComponent("nope.html").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("nope.html"), result.errors)
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try run([]).status, 2)
        XCTAssertEqual(try run(["--format", "pdf", "x.html"]).status, 2)
        let page = try write("post.html", Self.page)
        XCTAssertEqual(try run([page.path, page.path]).status, 2, "several inputs need --output-dir")
        XCTAssertEqual(try run(["--skip-existing", page.path]).status, 2, "--skip-existing needs --output-dir")
        XCTAssertEqual(try run(["--output", "x.jsonl", "--output-dir", "x", page.path]).status, 2)
    }

    func testForcedEngineReadsThePageAsThatEngines() throws {
        let page = try write("post.html", Self.page)
        let forced = try run(["--engine", "generic", page.path])
        XCTAssertEqual(forced.status, 0, forced.errors)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(forced.output.utf8)) as? [String: Any])
        let source = try XCTUnwrap(json["source"] as? [String: Any])
        XCTAssertEqual(source["platform"] as? String, "generic")
    }

    func testUnknownEngineIsAUsageErrorNamingTheKnownOnes() throws {
        let page = try write("post.html", Self.page)
        let result = try run(["--engine", "nosuch", page.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.errors.contains("nosuch"), result.errors)
        XCTAssertTrue(result.errors.contains("generic") && result.errors.contains("wordpress"), result.errors)
        XCTAssertTrue(result.output.isEmpty)
    }

    func testSameNameFromDifferentFoldersDoesNotOverwrite() throws {
        let first = try write("one/post.html", Self.page)
        let second = try write("two/post.html", Self.page)
        let out = workspace.appendingPathComponent("out")
        let result = try run(["-o", out.path, first.path, second.path])
        XCTAssertEqual(result.status, 0, result.errors)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(written, ["post-2.json", "post.json"])
    }
}
