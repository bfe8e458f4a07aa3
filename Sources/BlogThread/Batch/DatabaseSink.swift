#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A batch's threads into one SQLite database (`--format sqlite --output FILE`), written in
/// place: each thread its own transaction, so a batch that fails or is killed halfway leaves the
/// database as it was after the last thread committed, and a second batch adds to it.
struct DatabaseSink: ResultSink {
    let path: InputPath
    private var database: ArchiveDatabase?
    /// Why the database could not be opened: reported once, at the end, as `OutputSink` does.
    private var failure: ReadError?

    init(path: InputPath) {
        self.path = path
    }

    var takesThreads: Bool { true }

    mutating func append(_ thread: ExtractedThread, data: Data?) -> ReadError? {
        guard let database = opened() else { return nil }
        do throws(ArchiveDatabaseError) {
            try database.store(thread)
        } catch {
            return ReadError(file: thread.source.file, reason: "could not be written to \(path): \(error)")
        }
        return nil
    }

    /// An empty batch still leaves a database with its tables.
    mutating func finish() -> ReadError? {
        _ = opened()
        database = nil
        return failure
    }

    private mutating func opened() -> ArchiveDatabase? {
        if database == nil, failure == nil {
            do throws(ArchiveDatabaseError) {
                database = try ArchiveDatabase(pathBytes: path.bytes)
            } catch {
                failure = ReadError(file: path.description, reason: "\(error)")
            }
        }
        return database
    }
}
