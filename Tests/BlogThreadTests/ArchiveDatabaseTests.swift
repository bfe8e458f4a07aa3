import BlogThread
import Foundation
import TestSupport
import XCTest

/// The archive database (`--format sqlite`) read back over its own connection: every thread's
/// rows equal its JSON, the full-text index finds what was written, a thread written again is
/// replaced rather than added, and a thread that fails to be written leaves nothing of itself.
final class ArchiveDatabaseTests: XCTestCase {
    private var folder: URL!
    private var path: String { folder.appendingPathComponent("archive.db").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("blogthread-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testFixtureRowsEqualTheirJSON() throws {
        try assertRowsEqualJSON(ExtractedPages.fixtures())
    }

    func testCorpusRowsEqualTheirJSON() throws {
        try assertRowsEqualJSON(try ExtractedPages.corpus())
    }

    /// Writes every page into one database, then checks, for each thread as last written under
    /// its identity: its comment and diagnostic rows against the JSON's arrays, each comment's
    /// fields and parent row, and that a full-text query for a word of its comment finds it.
    private func assertRowsEqualJSON(_ pages: [ExtractedPages.Page], file: StaticString = #filePath, line: UInt = #line) throws {
        let database = try ArchiveDatabase(path: path)
        var latest: [String: (name: String, thread: ExtractedThread)] = [:]
        for page in pages {
            guard case .success(let thread) = page.thread else { continue }
            try database.store(thread)
            latest[try XCTUnwrap(ArchiveDatabase.identity(of: thread), page.name, file: file, line: line)] = (page.name, thread)
        }
        let archive = try ArchiveFile(path: path)
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM threads"), latest.count, file: file, line: line)
        XCTAssertEqual(try archive.column("PRAGMA integrity_check"), ["ok"], file: file, line: line)
        XCTAssertEqual(try archive.column("PRAGMA foreign_key_check"), [], file: file, line: line)
        var searched = 0
        for (identity, (name, thread)) in latest {
            let json = try XCTUnwrap(
                JSONSerialization.jsonObject(with: JSONExporter().export(thread)) as? [String: Any], name, file: file, line: line)
            let jsonComments = json["comments"] as? [[String: Any]] ?? []
            let row = try archive.integer("SELECT id FROM threads WHERE identity = ?", [identity])
            let id = String(row)
            XCTAssertEqual(try archive.integer("SELECT count(*) FROM comments WHERE thread_id = ?", [id]), jsonComments.count, name, file: file, line: line)
            XCTAssertEqual(try archive.integer("SELECT count(*) FROM diagnostics WHERE thread_id = ?", [id]),
                           (json["diagnostics"] as? [Any])?.count, name, file: file, line: line)
            XCTAssertEqual(try archive.column("SELECT title FROM threads WHERE id = ?", [id]), [thread.post?.title], name, file: file, line: line)
            XCTAssertEqual(try archive.column("SELECT platform FROM threads WHERE id = ?", [id]), [thread.source.platform.rawValue], name, file: file, line: line)
            XCTAssertEqual(try archive.column("SELECT source_id FROM comments WHERE thread_id = ? ORDER BY position", [id]),
                           jsonComments.map { $0["id"] as? String }, name, file: file, line: line)
            XCTAssertEqual(try archive.column("SELECT text FROM comments WHERE thread_id = ? ORDER BY position", [id]),
                           jsonComments.map { $0["text"] as? String }, name, file: file, line: line)
            XCTAssertEqual(try archive.column("SELECT kind FROM comments WHERE thread_id = ? ORDER BY position", [id]),
                           jsonComments.map { $0["kind"] as? String }, name, file: file, line: line)
            XCTAssertEqual(try archive.column("SELECT depth FROM comments WHERE thread_id = ? ORDER BY position", [id]),
                           jsonComments.map { ($0["depth"] as? Int).map(String.init) }, name, file: file, line: line)
            XCTAssertEqual(try archive.column("SELECT people.name FROM comments LEFT JOIN people ON people.id = author_id WHERE thread_id = ? ORDER BY position", [id]),
                           thread.comments.map { comment in
                               comment.author.flatMap { $0.name == nil && $0.url == nil ? nil : $0.name ?? "" }
                           }, name, file: file, line: line)
            // A reply's parent row is the comment it answers, where that comment is in the thread.
            let ids = Set(thread.comments.map(\.id))
            XCTAssertEqual(try archive.column("""
                SELECT parent.source_id FROM comments LEFT JOIN comments AS parent ON parent.id = comments.parent_id
                WHERE comments.thread_id = ? ORDER BY comments.position
                """, [id]), thread.comments.map { comment in comment.parentId.flatMap { ids.contains($0) ? $0 : nil } }, name, file: file, line: line)
            // One comment found by a word of its own: the longest one, quoted as an FTS5 string.
            if let (position, word) = Self.searchableWord(in: thread) {
                let found = try archive.column("""
                    SELECT comments.position FROM comments_fts JOIN comments ON comments.id = comments_fts.rowid
                    WHERE comments_fts MATCH ? AND comments.thread_id = ?
                    """, ["\"" + word + "\"", id])
                XCTAssertTrue(found.contains(String(position)), "\(name): \(word)", file: file, line: line)
                searched += 1
            }
        }
        XCTAssertGreaterThan(searched, 0, file: file, line: line)
        XCTAssertEqual(try archive.column("INSERT INTO comments_fts (comments_fts) VALUES ('integrity-check')"), [], file: file, line: line)
    }

    /// A comment's position and its longest word: a run of letters and digits, as the index's
    /// tokenizer (unicode61) cuts them.
    private static func searchableWord(in thread: ExtractedThread) -> (Int, String)? {
        for (position, comment) in thread.comments.enumerated() {
            let words = comment.text.split { !$0.isLetter && !$0.isNumber }.filter { $0.count >= 4 && $0.count <= 40 }
            if let word = words.max(by: { $0.count < $1.count }) { return (position, String(word)) }
        }
        return nil
    }

    private static func thread(_ address: String, title: String, comments: [(id: String, parent: String?, text: String)]) -> ExtractedThread {
        ExtractedThread(
            source: Source(url: address, platform: .wordpress), site: Site(name: "Example", url: "https://example.com/"),
            post: Post(title: title, author: Person(name: "Ann")),
            comments: comments.map { entry in
                Comment(id: entry.id, parentId: entry.parent, depth: entry.parent == nil ? 0 : 1, author: Person(name: "Bo"),
                        body: RichText([.paragraph([.text(entry.text)])]))
            })
    }

    func testAThreadWrittenAgainIsReplacedKeepingItsRow() throws {
        let first = Self.thread("https://example.com/a", title: "A", comments: [("1", nil, "walrus"), ("2", "1", "narwhal")])
        let other = Self.thread("https://example.com/b", title: "B", comments: [("1", nil, "otter")])
        try ArchiveDatabase(path: path).store(first)
        try ArchiveDatabase(path: path).store(other)
        let changed = Self.thread("https://example.com/a", title: "A, edited", comments: [("1", nil, "walrus"), ("3", "1", "beluga"), ("4", "3", "orca")])
        try ArchiveDatabase(path: path).store(changed)
        let archive = try ArchiveFile(path: path)
        XCTAssertEqual(try archive.column("SELECT title FROM threads ORDER BY id"), ["A, edited", "B"])
        XCTAssertEqual(try archive.column("SELECT source_id FROM comments ORDER BY thread_id, position"), ["1", "3", "4", "1"])
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'narwhal'"), 0)
        XCTAssertEqual(try archive.column("""
            SELECT threads.title FROM comments_fts JOIN comments ON comments.id = comments_fts.rowid
            JOIN threads ON threads.id = comments.thread_id WHERE comments_fts MATCH 'orca'
            """), ["A, edited"])
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM threads_fts WHERE threads_fts MATCH 'edited'"), 1)
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM sites"), 1)
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM people"), 2)
        XCTAssertEqual(try archive.column("SELECT version FROM schema_version"), ["1"])
    }

    func testAThreadThatFailsLeavesTheDatabaseAsItWas() throws {
        let database = try ArchiveDatabase(path: path)
        let first = Self.thread("https://example.com/a", title: "A", comments: [("1", nil, "walrus")])
        try database.store(first)
        // A depth no page gives fails the schema's check on the last row, after the others went in.
        var broken = Self.thread("https://example.com/b", title: "B", comments: [("1", nil, "otter"), ("2", "1", "seal")])
        broken.comments[1].depth = -1
        XCTAssertThrowsError(try database.store(broken))
        // The same for a thread that would have replaced the first one.
        var brokenFirst = Self.thread("https://example.com/a", title: "A again", comments: [("5", nil, "beluga")])
        brokenFirst.comments[0].depth = -1
        XCTAssertThrowsError(try database.store(brokenFirst))
        let archive = try ArchiveFile(path: path)
        XCTAssertEqual(try archive.column("SELECT title FROM threads"), ["A"])
        XCTAssertEqual(try archive.column("SELECT text FROM comments"), ["walrus"])
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'otter OR beluga'"), 0)
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'walrus'"), 1)
        try database.store(Self.thread("https://example.com/c", title: "C", comments: []))
        XCTAssertEqual(try archive.column("SELECT title FROM threads ORDER BY id"), ["A", "C"])
    }

    func testAnotherDatabaseIsRefusedNotChanged() throws {
        let foreign = try ArchiveFile(path: path)
        _ = try foreign.column("CREATE TABLE notes (text TEXT)")
        XCTAssertThrowsError(try ArchiveDatabase(path: path)) { error in
            XCTAssertTrue("\(error)".contains("tables of its own"), "\(error)")
        }
        let newer = folder.appendingPathComponent("newer.db").path
        _ = try ArchiveDatabase(path: newer)
        _ = try ArchiveFile(path: newer).column("UPDATE schema_version SET version = 2")
        XCTAssertThrowsError(try ArchiveDatabase(path: newer)) { error in
            XCTAssertTrue("\(error)".contains("schema version 2"), "\(error)")
        }
        let text = folder.appendingPathComponent("notes.txt")
        try Data("not a database, just some text that is long enough to have a header".utf8).write(to: text)
        XCTAssertThrowsError(try ArchiveDatabase(path: text.path))
        XCTAssertEqual(try String(contentsOf: text, encoding: .utf8), "not a database, just some text that is long enough to have a header")
    }

    func testAOneThreadDatabaseExportsAsBytes() throws {
        let thread = Self.thread("https://example.com/a", title: "A", comments: [("1", nil, "walrus"), ("2", "1", "narwhal")])
        let file = folder.appendingPathComponent("one.db")
        try SQLiteExporter().export(thread).write(to: file)
        let archive = try ArchiveFile(path: file.path)
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM comments WHERE parent_id IS NOT NULL"), 1)
        XCTAssertEqual(try archive.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'narwhal'"), 1)
    }
}
