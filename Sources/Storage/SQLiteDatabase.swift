import Foundation
import NIOPosix

/// The embedded default: one SQLite file in WAL mode, statements serialized on one connection.
///
/// Reads (SELECTs) run on the caller's thread: a point query takes microseconds, where a trip
/// to a thread pool and back costs tens of them and leaves the work after it running cold.
/// Every other statement (writes, transaction control, `VACUUM INTO`) goes to NIO's thread
/// pool, because it may wait: for another process's write lock (up to the busy timeout) or
/// for the disk.
public final class SQLiteDatabase: SQLDatabase {
    public let dialect = SQLDialect.sqlite
    private let connection: SQLiteConnection
    private let lock = AsyncLock()
    private let threadPool = NIOThreadPool.singleton

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Opens (creating it and its folder if needed) the database file at `path`.
    public static func open(path: String) async throws -> SQLiteDatabase {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let connection = try await NIOThreadPool.singleton.runIfActive {
            let connection = try SQLiteConnection(path: path)
            for pragma in ["PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL"] {
                try connection.execute(pragma)
            }
            return connection
        }
        return SQLiteDatabase(connection: connection)
    }

    @discardableResult
    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await lock.withLock { try await run(sql, binds) }
    }

    public func transaction<Result: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> Result) async throws -> Result {
        try await lock.withLock {
            try await run("BEGIN IMMEDIATE", [])
            do {
                let result = try await body(Transaction(database: self))
                try await run("COMMIT", [])
                return result
            } catch {
                _ = try? await run("ROLLBACK", [])
                throw error
            }
        }
    }

    /// Closes the file once the statements still running end (SQLite's `close_v2`); using the
    /// database afterwards is a programming error.
    public func close() async throws {
        try await lock.withLock { connection.close() }
    }

    /// Statements of a transaction: the lock is already held.
    private struct Transaction: SQLExecutor {
        let database: SQLiteDatabase

        func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
            try await database.run(sql, binds)
        }
    }

    /// Runs one statement, on this thread if it only reads (`SQLiteStatement.isRead`, which
    /// transaction control is not); the caller holds the lock.
    @discardableResult
    private func run(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        let statement = try connection.statement(for: sql)
        if statement.isRead {
            return try statement.run(binds)
        }
        return try await threadPool.runIfActive { try statement.run(binds) }
    }
}
