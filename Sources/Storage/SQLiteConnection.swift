import CSQLite

/// One connection to an SQLite file through its C API, called synchronously by whichever
/// thread holds it. Its statements are prepared once and kept (`statement(for:)`): the stores'
/// SQL is a fixed set of strings, and preparing one costs more than running a point query.
///
/// Not thread-safe by itself: `SQLiteDatabase` hands it to one caller at a time (its lock),
/// which is what makes the `@unchecked Sendable` true.
final class SQLiteConnection: @unchecked Sendable {
    private let handle: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]
    private var isClosed = false
    /// More distinct statements than this (an `IN (…)` of every length, say) empties the cache
    /// rather than letting it grow without bound.
    private static let statementLimit = 256

    /// Opens, creating it if needed, the database file at `path`.
    init(path: String) throws {
        var opened: OpaquePointer?
        // NOMUTEX: the database's lock already keeps calls apart.
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        guard code == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(opened)
            throw SQLError(message: "cannot open \(path): \(message)", sql: "")
        }
        handle = opened
        // Report constraint and other errors with their extended codes' messages.
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit {
        close()
    }

    /// Closes the file; statements still alive elsewhere keep it open until they go (close_v2).
    func close() {
        guard !isClosed else { return }
        isClosed = true
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// The prepared form of `sql` (its first statement), from the cache or made now.
    func statement(for sql: String) throws -> SQLiteStatement {
        if let known = statements[sql] { return known }
        guard !isClosed else { throw SQLError(message: "the database is closed", sql: sql) }
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &prepared, nil)
        guard code == SQLITE_OK, let prepared else {
            sqlite3_finalize(prepared)
            throw SQLError(code, handle, sql)
        }
        if statements.count >= Self.statementLimit {
            statements.removeAll(keepingCapacity: true)
        }
        let statement = SQLiteStatement(handle: prepared, sql: sql)
        statements[sql] = statement
        return statement
    }

    /// Runs `sql` once, uncached, for statements run once a connection (its settings).
    func execute(_ sql: String) throws {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw SQLError(code, handle, sql) }
    }
}

extension SQLError {
    /// The error SQLite reports for `code` on the connection `database`, worded as it words it.
    init(_ code: Int32, _ database: OpaquePointer, _ sql: String) {
        self.init(message: "\(String(cString: sqlite3_errstr(code))): \(String(cString: sqlite3_errmsg(database)))", sql: sql)
    }
}

/// One prepared statement of a connection, run with its binds to completion.
final class SQLiteStatement: @unchecked Sendable {
    private let handle: OpaquePointer
    /// Its connection's handle, which SQLite keeps open while a statement of it lives.
    private let database: OpaquePointer
    private let sql: String
    /// Whether it only reads: a SELECT that SQLite judges read-only. (SQLite also calls BEGIN,
    /// COMMIT and VACUUM INTO read-only, though they wait for locks, the disk or both.)
    let isRead: Bool

    fileprivate init(handle: OpaquePointer, sql: String) {
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
