import SQLiteAccess

/// An archive database opened on its own connection, as a reader (the `sqlite3` shell,
/// Datasette) opens it: the tests ask it what was written.
public struct ArchiveFile {
    private let connection: SQLiteConnection

    public init(path: String) throws {
        try self.init(pathBytes: Array(path.utf8))
    }

    /// The database these bytes name, which need not be UTF-8.
    public init(pathBytes: [UInt8]) throws {
        connection = try SQLiteConnection(pathBytes: pathBytes)
    }

    /// The first column of every row of `sql`, as text (numbers written out, NULL as nil).
    public func column(_ sql: String, _ arguments: [String] = []) throws -> [String?] {
        try connection.prepare(sql).rows(arguments.map { .text($0) }).map { row in
            switch row.first ?? .null {
            case .null: nil
            case .integer(let number): String(number)
            case .real(let number): String(number)
            case .text(let text): text
            }
        }
    }

    /// The single number `sql` gives.
    public func integer(_ sql: String, _ arguments: [String] = []) throws -> Int {
        Int(try column(sql, arguments).first.flatMap { $0 } ?? "") ?? -1
    }
}
