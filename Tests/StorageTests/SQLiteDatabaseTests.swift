import Foundation
@testable import Storage
import Testing

/// What the embedded database does beyond what every store does (`SQLDatabaseTests`): its own
/// binding of SQLite's C API, with cached statements, reads on the caller's thread and writes on
/// a thread pool.
@Suite("SQLite database")
struct SQLiteDatabaseTests {
    /// A new database file in a folder of its own, removed afterwards: for the tests that open
    /// the file themselves (`Backend.sqlite.withDatabase` gives the others their database).
    private func withFile(_ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await body(folder.appendingPathComponent("axisor.sqlite").path)
    }

    @Test("text holding a NUL, empty text and an empty blob come back as they went in, not as NULL")
    func edgeValues() async throws {
        try await Backend.sqlite.withDatabase { database in
            try await database.query("CREATE TABLE t (s TEXT, e TEXT, b BLOB)", [])
            try await database.query("INSERT INTO t (s, e, b) VALUES (?, ?, ?)", [.text("a\u{0}b"), .text(""), .blob([])])
            let rows = try await database.query("SELECT s, e, b, typeof(b) AS kind FROM t", [])
            #expect(rows == [SQLRow(["s": .text("a\u{0}b"), "e": .text(""), "b": .blob([]), "kind": .text("blob")])])
        }
    }

    @Test("a statement that failed runs again cleanly: its binds and state do not leak into the next run")
    func failedStatementIsReset() async throws {
        try await Backend.sqlite.withDatabase { database in
            try await database.query("CREATE TABLE t (k TEXT PRIMARY KEY, v BIGINT)", [])
            let insert = "INSERT INTO t (k, v) VALUES (?, ?)"
            try await database.query(insert, [.text("a"), .integer(1)])
            let error = try await #require(throws: SQLError.self) { try await database.query(insert, [.text("a"), .integer(2)]) }
            #expect(error.message.contains("UNIQUE constraint failed: t.k"))
            #expect(error.sql == insert)
            try await database.query(insert, [.text("b"), .integer(3)])
            let rows = try await database.query("SELECT k, v FROM t ORDER BY k", [])
            #expect(rows == [SQLRow(["k": .text("a"), "v": .integer(1)]), SQLRow(["k": .text("b"), "v": .integer(3)])])
        }
    }

    @Test("more distinct statements than the cache keeps all still run, and answer right")
    func manyStatements() async throws {
        try await Backend.sqlite.withDatabase { database in
            for round in 0..<2 {
                for number in 0..<600 {
                    let rows = try await database.query("SELECT \(number) + ? AS total", [.integer(Int64(round))])
                    #expect(rows.first?["total"] == .integer(Int64(number + round)))
                }
            }
        }
    }

    @Test("only SELECTs count as reads, run on the caller's thread; what may wait for a lock or the disk does not")
    func readsAreSelects() async throws {
        try await withFile { path in
            let connection = try SQLiteConnection(path: path)
            try connection.execute("CREATE TABLE t (v BIGINT)")
            let reads = ["SELECT v FROM t", "  select count(*) AS n FROM t", "\nSELECT 1"]
            let others = ["INSERT INTO t (v) VALUES (1)", "BEGIN IMMEDIATE", "COMMIT", "VACUUM INTO 'copy.sqlite'", "PRAGMA user_version = 2"]
            for sql in reads { #expect(try connection.statement(for: sql).isRead, "\(sql)") }
            for sql in others { #expect(try !connection.statement(for: sql).isRead, "\(sql)") }
            connection.close()
        }
    }

    @Test("a closed database refuses statements with an SQLError")
    func closed() async throws {
        try await withFile { path in
            let database = try await SQLiteDatabase.open(path: path)
            try await database.query("CREATE TABLE t (v BIGINT)", [])
            try await database.close()
            let error = try await #require(throws: SQLError.self) { try await database.query("SELECT v FROM t", []) }
            #expect(error.message == "the database is closed")
        }
    }

    @Test("a hundred tasks writing and reading at once: every write lands once and every read sees its own")
    func concurrentTasks() async throws {
        try await Backend.sqlite.withDatabase { database in
            try await database.query("CREATE TABLE t (k BIGINT PRIMARY KEY)", [])
            try await withThrowingTaskGroup(of: Void.self) { group in
                for key in 0..<100 {
                    group.addTask {
                        try await database.query("INSERT INTO t (k) VALUES (?)", [.integer(Int64(key))])
                        let rows = try await database.query("SELECT k FROM t WHERE k = ?", [.integer(Int64(key))])
                        #expect(rows.count == 1)
                    }
                }
                try await group.waitForAll()
            }
            let keys = try await database.query("SELECT k FROM t ORDER BY k", []).compactMap { $0["k"].integer }
            #expect(keys == (0..<100).map(Int64.init))
        }
    }

    @Test("while another connection holds a write transaction, reads answer at once and a write waits its turn")
    func anotherConnectionWriting() async throws {
        try await withFile { path in
            let writer = try await SQLiteDatabase.open(path: path)
            let other = try await SQLiteDatabase.open(path: path)
            try await writer.query("CREATE TABLE t (v BIGINT)", [])
            try await writer.query("INSERT INTO t (v) VALUES (1)", [])
            let (started, starting) = AsyncStream.makeStream(of: Void.self)
            let (released, release) = AsyncStream.makeStream(of: Void.self)
            let transaction = Task {
                try await writer.transaction { sql in
                    try await sql.query("INSERT INTO t (v) VALUES (2)", [])
                    starting.yield()
                    for await _ in released { break }
                }
            }
            for await _ in started { break }
            // WAL: the other connection reads the last committed state without waiting.
            #expect(try await other.query("SELECT v FROM t ORDER BY v", []).map { $0["v"] } == [.integer(1)])
            // Its write waits (the busy timeout) until the transaction commits, then lands.
            let write = Task { try await other.query("INSERT INTO t (v) VALUES (3)", []) }
            try await Task.sleep(for: .milliseconds(100))
            release.yield()
            try await transaction.value
            try await write.value
            #expect(try await other.query("SELECT v FROM t ORDER BY v", []).map { $0["v"] } == [.integer(1), .integer(2), .integer(3)])
            try await other.close()
            try await writer.close()
        }
    }
}
