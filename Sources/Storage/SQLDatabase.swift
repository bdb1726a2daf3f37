/// Runs SQL: a database, or a connection inside one of its transactions. Statements use `?`
/// placeholders on both stores (PostgreSQL's `$n` are written for it).
public protocol SQLExecutor: Sendable {
    /// Runs one statement and returns its rows (none for most writes).
    @discardableResult
    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow]
}

/// Which SQL a database speaks, for the few statements that differ.
public enum SQLDialect: String, Sendable {
    case sqlite
    case postgres
}

/// A database the stores run on.
public protocol SQLDatabase: SQLExecutor {
    var dialect: SQLDialect { get }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<Result: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> Result) async throws -> Result

    /// Whether the database answers (for /ready).
    func isReachable() async -> Bool

    func close() async throws
}

extension SQLDatabase {
    public func isReachable() async -> Bool {
        (try? await query("SELECT 1 AS one", []).first?["one"].integer) == 1
    }
}

/// What went wrong talking to the database, with the statement for the log (never the binds,
/// which may hold secrets).
public struct SQLError: Error, CustomStringConvertible {
    public var message: String
    public var sql: String

    public var description: String { "\(message) (in: \(sql))" }
}
