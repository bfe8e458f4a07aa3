#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
internal import CSQLite

/// What SQLite said went wrong: its result code and message.
package struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The (primary) result code, e.g. `SQLITE_FULL`.
    package let code: Int32
    /// The library's message for it.
    package let message: String

    package var description: String { message }

    /// An error of the caller's own, with SQLite's generic code.
    package init(_ message: String) {
        self.init(code: SQLITE_ERROR, message: message)
    }

    init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }
}

/// A value bound to a statement's parameter or read from a result column.
package enum SQLiteValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// Text, or NULL for nil.
    package static func text(_ value: String?) -> SQLiteValue { value.map { .text($0) } ?? .null }
    /// An integer, or NULL for nil.
    package static func integer(_ value: Int?) -> SQLiteValue { value.map { .integer(Int64($0)) } ?? .null }
    /// 1 or 0, as SQLite keeps booleans.
    package static func boolean(_ value: Bool) -> SQLiteValue { .integer(value ? 1 : 0) }

    /// The integer, where the value is one.
    package var integerValue: Int64? { if case .integer(let value) = self { value } else { nil } }
    /// The text, where the value is text.
    package var textValue: String? { if case .text(let value) = self { value } else { nil } }
}

/// One connection to a database file (or to a database in memory), with SQLite's pointers kept
/// inside: the only code that touches the C library. Use it from one thread at a time.
package final class SQLiteConnection {
    private let handle: OpaquePointer

    /// Opens the file these bytes name, creating it where there is none; `":memory:"` opens a
    /// database in memory. SQLite's API calls a name UTF-8, but its unix files
    /// hand the name to `open` as it is (and its journal's name is the same bytes plus a suffix),
    /// so a name that is not UTF-8 names the file it names.
    package init(pathBytes: [UInt8]) throws(SQLiteError) {
        var opened: OpaquePointer?
        let status = (pathBytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { name in
            sqlite3_open_v2(name.baseAddress, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        }
        guard let opened else { throw SQLiteError(code: status, message: String(cString: sqlite3_errstr(status))) }
        guard status == SQLITE_OK else {
            let error = SQLiteError(code: status, message: String(cString: sqlite3_errmsg(opened)))
            sqlite3_close_v2(opened)
            throw error
        }
        handle = opened
    }

    deinit {
        // _v2: statements still alive keep the connection until they are finalized.
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows (schema, pragmas).
    package func execute(_ sql: String) throws(SQLiteError) {
        try check(sqlite3_exec(handle, sql, nil, nil, nil))
    }

    /// A statement to run many times.
    package func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil))
        guard let statement else { throw SQLiteError(code: SQLITE_MISUSE, message: "no statement in \(sql)") }
        return SQLiteStatement(statement, connection: self)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws, so
    /// the database is left as it was before.
    package func transaction(_ body: () throws(SQLiteError) -> Void) throws(SQLiteError) {
        // IMMEDIATE: take the write lock first, so a second writer waits (busy timeout) rather
        // than failing halfway through.
        try execute("BEGIN IMMEDIATE")
        do {
            try body()
            try execute("COMMIT")
        } catch {
            if sqlite3_get_autocommit(handle) == 0 { sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
            throw error
        }
    }

    /// How long to wait for another process's lock before giving up.
    package func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// The rowid of the row last inserted.
    package var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The database as the bytes of a database file.
    package func serialized() throws(SQLiteError) -> Data {
        var size: sqlite3_int64 = 0
        guard let bytes = sqlite3_serialize(handle, "main", &size, 0) else {
            throw SQLiteError(code: SQLITE_NOMEM, message: "the database could not be serialized")
        }
        defer { sqlite3_free(bytes) }
        return Data(bytes: bytes, count: Int(size))
    }

    fileprivate func check(_ status: Int32) throws(SQLiteError) {
        guard status == SQLITE_OK || status == SQLITE_ROW || status == SQLITE_DONE else {
            throw SQLiteError(code: status, message: String(cString: sqlite3_errmsg(handle)))
        }
    }
}

/// A prepared statement; its connection stays open while it lives.
package final class SQLiteStatement {
    private let handle: OpaquePointer
    private let connection: SQLiteConnection

    fileprivate init(_ handle: OpaquePointer, connection: SQLiteConnection) {
        self.handle = handle
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Runs the statement with `values` bound to its parameters in order, for what it changes.
    package func run(_ values: [SQLiteValue]) throws(SQLiteError) {
        _ = try rows(values)
    }

    /// Runs the statement with `values` bound to its parameters in order; its rows, each column's value.
    package func rows(_ values: [SQLiteValue]) throws(SQLiteError) -> [[SQLiteValue]] {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        defer { sqlite3_reset(handle) }
        for (index, value) in values.enumerated() {
            try connection.check(bind(value, at: Int32(index + 1)))
        }
        var rows: [[SQLiteValue]] = []
        while true {
            let status = sqlite3_step(handle)
            guard status == SQLITE_ROW else {
                try connection.check(status)
                return rows
            }
            rows.append((0..<sqlite3_column_count(handle)).map(column))
        }
    }

    private func bind(_ value: SQLiteValue, at index: Int32) -> Int32 {
        switch value {
        case .null: return sqlite3_bind_null(handle, index)
        case .integer(let number): return sqlite3_bind_int64(handle, index, number)
        case .real(let number): return sqlite3_bind_double(handle, index, number)
        case .text(var text):
            return text.withUTF8 { bytes in
                // An empty buffer may have no address, which SQLite would bind as NULL.
                guard let start = bytes.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, transient) }
                return sqlite3_bind_text64(handle, index, start, UInt64(bytes.count), transient, UInt8(SQLITE_UTF8))
            }
        }
    }

    private func column(_ index: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        default:
            guard let text = sqlite3_column_text(handle, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        }
    }
}

/// SQLite copies the bytes before the bind returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
