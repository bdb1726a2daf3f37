import Foundation
import Logging
import NIOCore
import PostgresNIO

/// PostgreSQL, shared by every instance: a connection pool that runs while the database is open.
public final class PostgresDatabase: SQLDatabase {
    public let dialect = SQLDialect.postgres
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    private init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
        self.runner = Task { await client.run() }
    }

    /// Connects to `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (TLS when `sslmode=require`;
    /// `search_path=SCHEMA` keeps the tables in that schema).
    public static func connect(_ url: URLComponents, logger: Logger = Logger(label: "axisor.postgres")) throws -> PostgresDatabase {
        guard let host = url.host, url.path.count > 1 else {
            throw SQLError(message: "the PostgreSQL URL names no host or database", sql: "")
        }
        let requiresTLS = url.queryItems?.contains { $0.name == "sslmode" && $0.value == "require" } ?? false
        let tls: PostgresClient.Configuration.TLS = requiresTLS ? .require(.makeClientConfiguration()) : .disable
        var configuration = PostgresClient.Configuration(
            host: host, port: url.port ?? 5432, username: url.user ?? "postgres", password: url.password,
            database: String(url.path.dropFirst()), tls: tls
        )
        if let schema = url.queryItems?.first(where: { $0.name == "search_path" })?.value {
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        return PostgresDatabase(client: PostgresClient(configuration: configuration, backgroundLogger: logger), logger: logger)
    }

    @discardableResult
    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await Self.run(sql, binds, logger: logger) { try await client.query($0, logger: logger) }
    }

    public func transaction<Result: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> Result) async throws -> Result {
        try await client.withConnection { connection in
            let inside = Transaction(connection: connection, logger: logger)
            try await inside.query("BEGIN", [])
            do {
                let result = try await body(inside)
                try await inside.query("COMMIT", [])
                return result
            } catch {
                _ = try? await inside.query("ROLLBACK", [])
                throw error
            }
        }
    }

    public func close() async throws {
        runner.cancel()
    }

    private struct Transaction: SQLExecutor {
        let connection: PostgresConnection
        let logger: Logger

        func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
            try await PostgresDatabase.run(sql, binds, logger: logger) { try await connection.query($0, logger: logger) }
        }
    }

    static func run(
        _ sql: String, _ binds: [SQLValue], logger: Logger, _ send: (PostgresQuery) async throws -> PostgresRowSequence
    ) async throws -> [SQLRow] {
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let number): bindings.append(number)
            case .real(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            case .blob(let bytes): bindings.append(ByteBuffer(bytes: bytes))
            }
        }
        do {
            var rows: [SQLRow] = []
            for try await row in try await send(PostgresQuery(unsafeSQL: numberedPlaceholders(sql), binds: bindings)) {
                var values: [String: SQLValue] = [:]
                for cell in row where values[cell.columnName] == nil {
                    values[cell.columnName] = try value(of: cell)
                }
                rows.append(SQLRow(values))
            }
            return rows
        } catch let error as PSQLError {
            throw SQLError(message: error.serverInfo?[.message] ?? "\(error.code)", sql: sql)
        }
    }

    /// `?` → `$1`, `$2`, … (our statements keep `?` out of string literals).
    static func numberedPlaceholders(_ sql: String) -> String {
        var count = 0
        var result = ""
        for character in sql {
            if character == "?" {
                count += 1
                result += "$\(count)"
            } else {
                result.append(character)
            }
        }
        return result
    }

    private static func value(of cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .float4, .float8, .numeric: return .real(try cell.decode(Double.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .bytea: return .blob(Array(try cell.decode(ByteBuffer.self).readableBytesView))
        default: return .text(try cell.decode(String.self))
        }
    }
}
