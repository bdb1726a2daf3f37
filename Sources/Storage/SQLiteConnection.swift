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
