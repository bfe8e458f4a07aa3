#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
internal import SQLiteAccess
import ThreadModel

/// Why an archive database could not be opened or written.
public struct ArchiveDatabaseError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for people.
    public let message: String

    public var description: String { message }

    init(_ message: String) { self.message = message }
    init(_ error: SQLiteError) { message = error.message }
}

/// A SQLite database of threads that later batches add to (`--format sqlite --output FILE`):
/// sites, threads, comments, people and diagnostics, with foreign keys and a full-text index
/// (`ArchiveSchema`).
///
/// Each thread is written in one transaction: a thread seen before (the same ``identity(of:)``)
/// is replaced, its comments and diagnostics with it, keeping its row id; a failure rolls the
/// thread back and leaves the database as it was after the thread before. Files are written in
/// place, in WAL mode, so readers (the `sqlite3` shell, Datasette) can look while a batch runs.
public final class ArchiveDatabase {
    private let connection: SQLiteConnection
    private let statements: Statements

    /// Opens the database at `path`, creating it (and its tables) where there is none; refuses a
    /// file that is not a database, holds tables of its own, or has another schema version.
    public convenience init(path: String) throws(ArchiveDatabaseError) {
        try self.init(pathBytes: Array(path.utf8))
    }

    /// The database in the file these bytes name, which need not be UTF-8.
    package convenience init(pathBytes: [UInt8]) throws(ArchiveDatabaseError) {
        try self.init(connection: Self.open(pathBytes), journal: "WAL")
    }

    /// A database in memory, for `serialized()`.
    public convenience init() throws(ArchiveDatabaseError) {
        try self.init(connection: Self.open(Array(":memory:".utf8)), journal: nil)
    }

    private init(connection: SQLiteConnection, journal: String?) throws(ArchiveDatabaseError) {
        self.connection = connection
        do throws(SQLiteError) {
            connection.setBusyTimeout(milliseconds: 10_000)
            try connection.execute("PRAGMA foreign_keys = ON")
            if let journal {
                // NORMAL: each commit is atomic and survives the process dying; a power cut can
                // lose the last commits, never half of one.
                try connection.execute("PRAGMA journal_mode = \(journal); PRAGMA synchronous = NORMAL")
            }
            try connection.transaction { () throws(SQLiteError) in try Self.prepareSchema(connection) }
            statements = try Statements(connection)
        } catch {
            throw ArchiveDatabaseError(error)
        }
    }

    private static func open(_ path: [UInt8]) throws(ArchiveDatabaseError) -> SQLiteConnection {
        do throws(SQLiteError) {
            return try SQLiteConnection(pathBytes: path)
        } catch {
            throw ArchiveDatabaseError(error)
        }
    }

    /// Creates the tables in an empty database; checks the version of one already made.
    private static func prepareSchema(_ connection: SQLiteConnection) throws(SQLiteError) {
        let tables = try connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").rows([])
            .compactMap { $0.first?.textValue }
        if tables.contains("schema_version") {
            let version = try connection.prepare("SELECT max(version) FROM schema_version").rows([]).first?.first?.integerValue
            guard version == Int64(ArchiveSchema.version) else {
                throw SQLiteError("has schema version \(version.map(String.init) ?? "none"); this version writes \(ArchiveSchema.version)")
            }
        } else if !tables.isEmpty {
            throw SQLiteError("is a database with tables of its own, not a thread archive")
        } else {
            try connection.execute(ArchiveSchema.statements)
            try connection.prepare("INSERT INTO schema_version (version) VALUES (?)").run([.integer(ArchiveSchema.version)])
        }
    }

    /// What makes two pages the same thread: the thread's address (`source.url`, else
    /// `post.url`) with its page number where it is a later page of a discussion; for a page
    /// without an address, the input file as given and the archive record's offset. Nil for a
    /// page with neither (standard input without an address): such a thread is always added.
    public static func identity(of thread: ExtractedThread) -> String? {
        if let url = thread.source.url ?? thread.post?.url {
            guard let page = thread.pagination?.page, page > 1 else { return "url " + url }
            return "url \(url) page \(page)"
        }
        guard let file = thread.source.file else { return nil }
        return "file " + file + (thread.source.record.map { " record \($0.offset)" } ?? "")
    }

    /// Writes `thread` in one transaction, replacing a thread of the same identity.
    public func store(_ thread: ExtractedThread) throws(ArchiveDatabaseError) {
        do throws(SQLiteError) {
            try connection.transaction { () throws(SQLiteError) in try write(thread) }
        } catch {
            throw ArchiveDatabaseError(error)
        }
    }

    /// The database as the bytes of a database file.
    public func serialized() throws(ArchiveDatabaseError) -> Data {
        do throws(SQLiteError) {
            return try connection.serialized()
        } catch {
            throw ArchiveDatabaseError(error)
        }
    }

    private func write(_ thread: ExtractedThread) throws(SQLiteError) {
        let identity = Self.identity(of: thread)
        let address = thread.source.url ?? thread.post?.url
        var replaced: Int64?
        if let identity, let row = try statements.threadByIdentity.rows([.text(identity)]).first?.first?.integerValue {
            // Its comments, diagnostics and index entries go with it (cascade and triggers).
            try statements.deleteThread.run([.integer(row)])
            replaced = row
        }
        let siteKey = thread.site.url ?? thread.site.name ?? address.flatMap { URL(string: $0)?.host } ?? ""
        guard let site = try statements.upsertSite.rows([.text(siteKey), .text(thread.site.name), .text(thread.site.url)]).first?.first
        else { throw SQLiteError("no site row for \(siteKey)") }
        var people: [Person: SQLiteValue] = [:]
        func person(_ author: Person?) throws(SQLiteError) -> SQLiteValue {
            guard let author, author.name != nil || author.url != nil else { return .null }
            if let known = people[author] { return known }
            let row = try statements.upsertPerson.rows([.text(author.name ?? ""), .text(author.url ?? ""), .text(author.avatarURL)])
            let id = row.first?.first ?? .null
            people[author] = id
            return id
        }
        let post = thread.post
        let source = thread.source
        try statements.insertThread.run([
            replaced.map { .integer($0) } ?? .null, .text(identity), site, .text(address),
            .boolean(post != nil), .text(post?.id), .text(post?.url), .text(post?.title), try person(post?.author),
            .text(post?.published?.rfc3339), .text(post?.updated?.rfc3339),
            .text(Self.jsonArray(post?.tags ?? [])), .text(Self.jsonArray(post?.categories ?? [])),
            .text(post?.text ?? ""), .text(post?.body.html ?? ""),
            .text(source.platform.rawValue), .text(source.file), .text(source.url), .text(source.generator),
            .text(source.language), .text(source.encoding), .text(source.savedAt?.rfc3339),
            .text(source.record?.id), .integer(source.record?.offset),
            .integer(thread.declaredCommentCount),
            .integer(thread.pagination?.page), .text(thread.pagination?.nextURL), .text(thread.pagination?.previousURL),
            .text(Self.now()),
        ])
        let threadRow = replaced ?? connection.lastInsertedRowID
        // A parent is the first comment of its id before the reply, as in the JSON's order.
        var rows: [String: Int64] = [:]
        for (position, comment) in thread.comments.enumerated() {
            try statements.insertComment.run([
                .integer(threadRow), .integer(position), .text(comment.id), .text(comment.parentId),
                comment.parentId.flatMap { rows[$0] }.map { .integer($0) } ?? .null,
                .integer(comment.depth), .text(comment.kind.rawValue), try person(comment.author),
                .text(comment.published?.rfc3339), .text(comment.publishedText), .text(comment.url),
                .boolean(comment.isByPostAuthor), .text(comment.title), .boolean(comment.parentInferred),
                .boolean(comment.removedLater), .text(comment.text), .text(comment.body.html),
            ])
            if rows[comment.id] == nil { rows[comment.id] = connection.lastInsertedRowID }
        }
        for (position, diagnostic) in thread.diagnostics.enumerated() {
            try statements.insertDiagnostic.run([
                .integer(threadRow), .integer(position), .text(diagnostic.code.rawValue), .text(diagnostic.message),
            ])
        }
    }

    private static func jsonArray(_ values: [String]) -> String {
        let data = (try? JSONEncoder().encode(values)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static func now() -> String {
        Date().formatted(.iso8601)
    }

    /// The statements a thread is written with, prepared once.
    private struct Statements {
        let threadByIdentity: SQLiteStatement
        let deleteThread: SQLiteStatement
        let upsertSite: SQLiteStatement
        let upsertPerson: SQLiteStatement
        let insertThread: SQLiteStatement
        let insertComment: SQLiteStatement
        let insertDiagnostic: SQLiteStatement

        init(_ connection: SQLiteConnection) throws(SQLiteError) {
            threadByIdentity = try connection.prepare("SELECT id FROM threads WHERE identity = ?")
            deleteThread = try connection.prepare("DELETE FROM threads WHERE id = ?")
            // A later page may name what an earlier one left out; what is known stays known.
            upsertSite = try connection.prepare("""
                INSERT INTO sites (key, name, url) VALUES (?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET name = coalesce(excluded.name, name), url = coalesce(excluded.url, url)
                RETURNING id
                """)
            upsertPerson = try connection.prepare("""
                INSERT INTO people (name, url, avatar_url) VALUES (?, ?, ?)
                ON CONFLICT (name, url) DO UPDATE SET avatar_url = coalesce(excluded.avatar_url, avatar_url)
                RETURNING id
                """)
            insertThread = try connection.prepare(Self.insert("threads", [
                "id", "identity", "site_id", "url", "has_post", "post_id", "post_url", "title", "author_id",
                "published", "updated", "tags", "categories", "text", "html", "platform", "source_file", "source_url",
                "generator", "language", "encoding", "saved_at", "record_id", "record_offset",
                "declared_comment_count", "page", "next_url", "previous_url", "written_at",
            ]))
            insertComment = try connection.prepare(Self.insert("comments", [
                "thread_id", "position", "source_id", "source_parent_id", "parent_id", "depth", "kind", "author_id",
                "published", "published_text", "url", "by_post_author", "title", "parent_inferred", "removed_later",
                "text", "html",
            ]))
            insertDiagnostic = try connection.prepare(Self.insert("diagnostics", ["thread_id", "position", "code", "message"]))
        }

        private static func insert(_ table: String, _ columns: [String]) -> String {
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        }
    }
}
