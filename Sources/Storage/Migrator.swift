import Domain
import Foundation

/// Applies the migrations a database lacks, each in its own transaction with its row in
/// `schema_migrations`, so a failure leaves the database at the last good version. Two
/// instances starting at once cannot both apply one: the version is the table's primary key.
public struct Migrator: Sendable {
    let database: any SQLDatabase
    let migrations: [Migration]

    public init(database: any SQLDatabase, migrations: [Migration] = Migrations.all) {
        self.database = database
        self.migrations = migrations
    }

    /// The versions applied so far.
    public func appliedVersions() async throws -> [Int] {
        try await ensureTable()
        return try await database.query("SELECT version FROM schema_migrations ORDER BY version", [])
            .compactMap { $0["version"].integer.map(Int.init) }
    }

    /// Applies what is missing and returns what it applied.
    @discardableResult
    public func migrate() async throws -> [Migration] {
        let applied = Set(try await appliedVersions())
        var done: [Migration] = []
        for migration in migrations.sorted(by: { $0.version < $1.version }) where !applied.contains(migration.version) {
            try await database.transaction { sql in
                for statement in migration.statements {
                    try await sql.query(statement, [])
                }
                try await sql.query(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    [.integer(Int64(migration.version)), .text(migration.name), .text(UTCTimestamp.string(Date()))]
                )
            }
            done.append(migration)
        }
        return done
    }

    private func ensureTable() async throws {
        try await database.query(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", []
        )
    }
}
