import Foundation
import Storage
import Testing

/// What every store must do the same way: values, transactions, migrations.
@Suite("SQL databases")
struct SQLDatabaseTests {
    @Test("values come back as they went in, hostile text included", arguments: Backend.available)
    func roundTrip(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await database.query("CREATE TABLE t (i BIGINT, r DOUBLE PRECISION, s TEXT, b BYTEA, n TEXT)", [])
            let hostile = "Robert'); DROP TABLE t;-- ? $1 ₿ \\ \" \n"
            try await database.query("INSERT INTO t (i, r, s, b, n) VALUES (?, ?, ?, ?, ?)", [
                .integer(Int64.max), .real(0.1), .text(hostile), .blob([0, 255, 7]), .null,
            ])
            let rows = try await database.query("SELECT i, r, s, b, n FROM t", [])
            #expect(rows == [SQLRow(["i": .integer(Int64.max), "r": .real(0.1), "s": .text(hostile), "b": .blob([0, 255, 7]), "n": .null])])
        }
    }

    @Test("a transaction commits when its body returns and rolls back when it throws", arguments: Backend.available)
    func transactions(backend: Backend) async throws {
        struct Abort: Error {}
        try await backend.withDatabase { database in
            try await database.query("CREATE TABLE t (v BIGINT)", [])
            let committed = try await database.transaction { sql in
                try await sql.query("INSERT INTO t (v) VALUES (?)", [.integer(1)])
                return "committed"
            }
            #expect(committed == "committed")
            await #expect(throws: Abort.self) {
                try await database.transaction { sql in
                    try await sql.query("INSERT INTO t (v) VALUES (?)", [.integer(2)])
                    throw Abort()
                }
            }
            #expect(try await database.query("SELECT v FROM t", []).map { $0["v"] } == [.integer(1)])
        }
    }

    @Test("a bad statement is an SQLError naming the statement", arguments: Backend.available)
    func errors(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let error = try await #require(throws: SQLError.self) { try await database.query("SELECT * FROM missing", []) }
            #expect(error.sql == "SELECT * FROM missing")
            #expect(await database.isReachable())
        }
    }

    @Test("migrations apply once, in order, each recorded", arguments: Backend.available)
    func migrations(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let steps = [
                Migration(version: 2, name: "second", statements: ["ALTER TABLE a ADD COLUMN note TEXT"]),
                Migration(version: 1, name: "first", statements: ["CREATE TABLE a (id BIGINT PRIMARY KEY)"]),
            ]
            let migrator = Migrator(database: database, migrations: steps)
            #expect(try await migrator.migrate().map(\.version) == [1, 2])
            #expect(try await migrator.migrate().isEmpty)
            #expect(try await migrator.appliedVersions() == [1, 2])
            try await database.query("INSERT INTO a (id, note) VALUES (?, ?)", [.integer(1), .text("ok")])
        }
    }

    @Test("a failing migration leaves the database at the last good version", arguments: Backend.available)
    func failingMigration(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let migrator = Migrator(database: database, migrations: [
                Migration(version: 1, name: "good", statements: ["CREATE TABLE a (id BIGINT)"]),
                Migration(version: 2, name: "bad", statements: ["CREATE TABLE b (id BIGINT)", "NOT SQL AT ALL"]),
            ])
            await #expect(throws: SQLError.self) { try await migrator.migrate() }
            let versions = try await migrator.appliedVersions()
            #expect(versions == [1])
            // The bad step's first statement was rolled back with it.
            await #expect(throws: SQLError.self) { try await database.query("SELECT id FROM b", []) }
        }
    }

    @Test("the product's migrations apply on an empty database", arguments: Backend.available)
    func productMigrations(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let migrator = Migrator(database: database)
            try await migrator.migrate()
            #expect(try await migrator.appliedVersions() == Migrations.all.map(\.version))
        }
    }
}
