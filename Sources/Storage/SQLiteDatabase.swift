import Foundation
import Logging
import NIOCore
import SQLiteNIO

/// The embedded default: one SQLite file in WAL mode, statements serialized on one connection.
public final class SQLiteDatabase: SQLDatabase {
    public let dialect = SQLDialect.sqlite
    private let connection: SQLiteConnection
    private let lock = AsyncLock()

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Opens (creating it and its folder if needed) the database file at `path`.
    public static func open(path: String, logger: Logger = Logger(label: "axisor.sqlite")) async throws -> SQLiteDatabase {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        let database = SQLiteDatabase(connection: connection)
        for pragma in ["PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL"] {
            try await database.query(pragma, [])
        }
        return database
    }

    @discardableResult
    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await lock.withLock { try await Self.run(sql, binds, on: connection) }
    }

    public func transaction<Result: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> Result) async throws -> Result {
        try await lock.withLock {
            let inside = Transaction(connection: connection)
            try await Self.run("BEGIN IMMEDIATE", [], on: connection)
            do {
                let result = try await body(inside)
                try await Self.run("COMMIT", [], on: connection)
                return result
            } catch {
                _ = try? await Self.run("ROLLBACK", [], on: connection)
                throw error
            }
        }
    }

    public func close() async throws {
        try await connection.close()
    }

    /// Statements of a transaction: the lock is already held.
    private struct Transaction: SQLExecutor {
        let connection: SQLiteConnection

        func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
            try await SQLiteDatabase.run(sql, binds, on: connection)
        }
    }

    static func run(_ sql: String, _ binds: [SQLValue], on connection: SQLiteConnection) async throws -> [SQLRow] {
        do {
            return try await connection.query(sql, binds.map(Self.data)).map { row in
                SQLRow(Dictionary(row.columns.map { ($0.name, Self.value($0.data)) }, uniquingKeysWith: { first, _ in first }))
            }
        } catch let error as SQLiteError {
            throw SQLError(message: "\(error.reason): \(error.message)", sql: sql)
        }
    }

    private static func data(_ value: SQLValue) -> SQLiteData {
        switch value {
        case .null: .null
        case .integer(let number): .integer(SQLiteInt64(number))
        case .real(let number): .float(number)
        case .text(let text): .text(text)
        case .blob(let bytes): .blob(ByteBuffer(bytes: bytes))
        }
    }

    private static func value(_ data: SQLiteData) -> SQLValue {
        switch data {
        case .null: .null
        case .integer(let number): .integer(Int64(number))
        case .float(let number): .real(number)
        case .text(let text): .text(text)
        case .blob(let buffer): .blob(Array(buffer.readableBytesView))
        }
    }
}
