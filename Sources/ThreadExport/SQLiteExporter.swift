#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ThreadModel

/// Writes a thread as a SQLite database file of its own, in `ArchiveDatabase`'s tables. A batch
/// written to one file (`--format sqlite --output archive.db`) goes through `ArchiveDatabase`
/// instead, adding to the file in place.
public struct SQLiteExporter: ThreadExporter {
    /// An exporter.
    public init() {}

    /// `db`.
    public var fileExtension: String { "db" }

    /// The bytes of a database holding `thread` alone.
    public func export(_ thread: ExtractedThread) throws -> Data {
        let database = try ArchiveDatabase()
        try database.store(thread)
        return try database.serialized()
    }
}
