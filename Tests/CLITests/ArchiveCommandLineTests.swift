import Foundation
import TestSupport
import XCTest

/// Batches into one archive: `--format sqlite --output FILE` adds to a database across runs and
/// keeps what was committed when a run dies, and `--format wxr --output FILE` writes one channel.
final class ArchiveCommandLineTests: ScratchFolderTestCase {
    /// A post of its own at `post-NAME/` with `comments` comments, each replying to the one before.
    @discardableResult
    private func writePost(_ name: String, comments: [String]) throws -> String {
        let entries = comments.enumerated().map { index, text in
            WordPressPages.Entry("\(index + 1)", parent: index == 0 ? nil : "\(index)", author: "Author \(index % 2)", text: text)
        }
        let html = WordPressPages.page(post: "https://blog.example.com/post-\(name)/", entries: entries, declared: comments.count)
        try Data(html.utf8).write(to: workspace.appendingPathComponent("\(name).html"))
        return "\(name).html"
    }

    private func run(_ arguments: [String]) throws -> BlogThreadBinary.Run {
        try BlogThreadBinary.run(arguments, in: workspace)
    }

    private var archive: ArchiveFile {
        get throws { try ArchiveFile(path: workspace.appendingPathComponent("archive.db").path) }
    }

    func testASecondRunAddsAndReplacesAChangedThread() throws {
        try writePost("a", comments: ["first walrus", "second"])
        try writePost("b", comments: ["an otter"])
        let first = try run(["--format", "sqlite", "--output", "archive.db", "a.html", "b.html"])
        XCTAssertEqual(first.status, 0, first.errors)
        XCTAssertTrue(first.errors.contains("2 pages, 2 threads, 0 failed, 3 comments"), first.errors)
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM comments"), 3)

        try writePost("a", comments: ["first walrus", "second", "a narwhal answers"])
        try writePost("c", comments: [])
        let second = try run(["--format", "sqlite", "--output", "archive.db", "a.html", "c.html"])
        XCTAssertEqual(second.status, 0, second.errors)
        XCTAssertEqual(try archive.column("SELECT url FROM threads ORDER BY id"),
                       ["https://blog.example.com/post-a/", "https://blog.example.com/post-b/", "https://blog.example.com/post-c/"])
        XCTAssertEqual(try archive.column("SELECT count(comments.id) FROM threads LEFT JOIN comments ON thread_id = threads.id GROUP BY threads.id ORDER BY threads.id"),
                       ["3", "1", "0"])
        XCTAssertEqual(try archive.column("""
            SELECT threads.url || ' ' || comments.source_id || ' ' || parent.source_id
            FROM comments_fts JOIN comments ON comments.id = comments_fts.rowid
            JOIN threads ON threads.id = comments.thread_id JOIN comments AS parent ON parent.id = comments.parent_id
            WHERE comments_fts MATCH 'narwhal'
            """), ["https://blog.example.com/post-a/ 3 2"])
        XCTAssertEqual(try archive.column("SELECT count(*) FROM people GROUP BY name ORDER BY name"), ["1", "1"])
    }

    func testAFailingPageMidBatchLeavesTheOthersWritten() throws {
        try writePost("a", comments: ["one"])
        try writePost("b", comments: ["two", "three"])
        let result = try run(["--format", "sqlite", "--output", "archive.db", "a.html", "missing.html", "b.html"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("missing.html"), result.errors)
        XCTAssertEqual(try archive.column("SELECT count(*) FROM comments GROUP BY thread_id ORDER BY thread_id"), ["1", "2"])
    }

    /// The run is killed while it waits on a pipe among its inputs: what it committed before is
    /// there, each thread whole, and running the batch again completes it without duplicates.
    func testAKilledBatchKeepsWhatItCommitted() throws {
        var names: [String] = []
        for number in 1...10 { names.append(try writePost("p\(number)", comments: (0..<number).map { "comment \($0)" })) }
        let pipe = workspace.appendingPathComponent("pipe.html").path
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        let process = try BlogThreadBinary.process(
            ["--jobs", "1", "-q", "--format", "sqlite", "--output", "archive.db"] + names + ["pipe.html"], in: workspace)
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The pipe opens for writing once the run opens it to read. Pages are read ahead of the
        // workers, so the run then goes on with those before it while it waits for the pipe.
        var writer: Int32 = -1
        while writer < 0, process.isRunning {
            writer = open(pipe, O_WRONLY | O_NONBLOCK)
            if writer < 0 { usleep(10_000) }
        }
        XCTAssertGreaterThanOrEqual(writer, 0, "the run never read the pipe")
        let database = workspace.appendingPathComponent("archive.db").path
        let waitingSince = Date()
        while process.isRunning, Date().timeIntervalSince(waitingSince) < 120 {
            if FileManager.default.fileExists(atPath: database),
                (try? archive.integer("SELECT count(*) FROM threads")) == 10
            {
                break
            }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        close(writer)

        let committed = try archive.column("SELECT count(comments.id) FROM threads LEFT JOIN comments ON thread_id = threads.id GROUP BY threads.id ORDER BY threads.id")
        XCTAssertFalse(committed.isEmpty, "pages before the pipe were committed")
        XCTAssertEqual(committed, (1...10).prefix(committed.count).map { String($0) }, "each thread is whole, in input order")
        XCTAssertEqual(try archive.column("PRAGMA integrity_check"), ["ok"])

        try FileManager.default.removeItem(atPath: pipe)
        let again = try run(["--format", "sqlite", "--output", "archive.db"] + names)
        XCTAssertEqual(again.status, 0, again.errors)
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM threads"), 10)
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM comments"), 55)
    }

    func testADatabaseNeedsAFile() throws {
        let page = try writePost("a", comments: ["one"])
        let result = try run(["--format", "sqlite", page])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.errors.contains("--format sqlite needs --output FILE"), result.errors)
        XCTAssertEqual(try run(["--format", "sqlite", "--output", "notes.txt", page]).status, 0)
        try Data("plain text, not a database: a header's worth of bytes and then some more".utf8)
            .write(to: workspace.appendingPathComponent("notes.txt"))
        let refused = try run(["--format", "sqlite", "--output", "notes.txt", page])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("notes.txt: file is not a database"), refused.errors)
    }

    func testOneDatabasePerPageInAFolder() throws {
        try writePost("a", comments: ["one", "two"])
        let result = try run(["--format", "sqlite", "--output-dir", "out", "a.html"])
        XCTAssertEqual(result.status, 0, result.errors)
        let one = try ArchiveFile(path: workspace.appendingPathComponent("out/a.db").path)
        XCTAssertEqual(try one.integer("SELECT count(*) FROM comments WHERE parent_id IS NOT NULL"), 1)
    }

    func testWXRForABatchIsOneChannelWithAnItemPerThread() throws {
        let pages = [try writePost("a", comments: ["one", "two"]), try writePost("b", comments: ["three"])]
        let file = try run(["--format", "wxr", "--output", "site.wxr"] + pages)
        XCTAssertEqual(file.status, 0, file.errors)
        let written = try String(contentsOf: workspace.appendingPathComponent("site.wxr"), encoding: .utf8)
        XCTAssertEqual(written.components(separatedBy: "<item>").count, 3)
        XCTAssertEqual(written.components(separatedBy: "<channel>").count, 2)
        XCTAssertEqual(written.components(separatedBy: "<wp:comment>").count, 4)
        XCTAssertTrue(written.contains("<wp:post_id>2</wp:post_id>"), written)
        XCTAssertTrue(written.hasSuffix("</item>\n</channel>\n</rss>\n"))
        let standardOutput = try run(["--format", "wxr"] + pages)
        XCTAssertEqual(standardOutput.output, written)
        let alone = try run(["--format", "wxr", pages[0]])
        XCTAssertTrue(written.hasPrefix(String(alone.output.dropLast("</channel>\n</rss>\n".count))), "one thread is the file it is alone")
    }
}
