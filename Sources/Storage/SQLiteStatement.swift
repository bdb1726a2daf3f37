import CSQLite

/// One prepared statement of a connection (`SQLiteConnection.statement(for:)`), run with its
/// binds to completion. Like its connection, used by one caller at a time, under the
/// database's lock.
final class SQLiteStatement: @unchecked Sendable {
    private let handle: OpaquePointer
    /// Its connection's handle, which SQLite keeps open while a statement of it lives.
    private let database: OpaquePointer
    private let sql: String
    /// Whether it only reads: a SELECT that SQLite judges read-only. (SQLite also calls BEGIN,
    /// COMMIT and VACUUM INTO read-only, though they wait for locks, the disk or both.)
    let isRead: Bool

    /// Takes over `handle`, a statement prepared from `sql`, and finalizes it when it goes.
    init(handle: OpaquePointer, sql: String) {
        self.handle = handle
        self.database = sqlite3_db_handle(handle)
        self.sql = sql
        self.isRead = sqlite3_stmt_readonly(handle) != 0 && sql.drop(while: \.isWhitespace).prefix(6).uppercased() == "SELECT"
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds `binds` to its `?` in order, steps it to its end and returns its rows; leaves it
    /// reset and unbound for the next run, whatever happened.
    func run(_ binds: [SQLValue]) throws -> [SQLRow] {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        for (index, value) in binds.enumerated() {
            let code = bind(value, at: Int32(index + 1))
            guard code == SQLITE_OK else { throw SQLError(code, database, sql) }
        }
        var rows: [SQLRow] = []
        var names: [String] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return rows }
            guard code == SQLITE_ROW else { throw SQLError(code, database, sql) }
            if names.isEmpty {
                names = (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
            }
            var values: [String: SQLValue] = Dictionary(minimumCapacity: names.count)
            // A name used twice keeps its first column, as a row read by name must.
            for (column, name) in names.enumerated() where values[name] == nil {
                values[name] = value(at: Int32(column))
            }
            rows.append(SQLRow(values))
        }
    }

    private func bind(_ value: SQLValue, at index: Int32) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(handle, index)
        case .integer(let number):
            return sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            return sqlite3_bind_double(handle, index, number)
        case .text(let text):
            var text = text
            // The byte count, not a C string: text may hold a NUL. Empty text may have no
            // address, which SQLite would bind as NULL.
            if text.isEmpty { return "".withCString { sqlite3_bind_text(handle, index, $0, 0, Self.transient) } }
            return text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    sqlite3_bind_text(handle, index, characters.baseAddress, Int32(characters.count), Self.transient)
                }
            }
        case .blob(let bytes):
            // An empty array may have no address, which SQLite would bind as NULL.
            if bytes.isEmpty { return sqlite3_bind_zeroblob(handle, index, 0) }
            return bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Self.transient) }
        }
    }

    private func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL:
            return .null
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            let characters = sqlite3_column_text(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: characters, count: count), as: UTF8.self))
        default:
            let bytes = sqlite3_column_blob(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            return .blob(bytes.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? [])
        }
    }

    /// SQLITE_TRANSIENT: SQLite copies what is bound before the call returns.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
}
