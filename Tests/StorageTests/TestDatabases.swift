import Foundation
import Storage
import Testing

/// The stores every storage test runs on: SQLite always; PostgreSQL when `make test` started
/// one (`AXISOR_TEST_POSTGRES_URL`). Each test gets a database of its own: a new SQLite file,
/// or a new PostgreSQL schema.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    static let postgresURL = ProcessInfo.processInfo.environment["AXISOR_TEST_POSTGRES_URL"]

    /// The backends of this run; `make test` requires PostgreSQL among them.
    static var available: [Backend] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    var testDescription: String { rawValue }

    /// A fresh, empty database; closed (and for SQLite deleted) by `body`'s end.
    func withDatabase<Result: Sendable>(_ body: (any SQLDatabase) async throws -> Result) async throws -> Result {
        let name = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-storage-\(name)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let database = try await SQLiteDatabase.open(path: folder.appendingPathComponent("axisor.sqlite").path)
            do {
                let result = try await body(database)
                try await database.close()
                return result
            } catch {
                try? await database.close()
                throw error
            }
        case .postgres:
            let url = try #require(Self.postgresURL.flatMap(URLComponents.init(string:)))
            let admin = try PostgresDatabase.connect(url)
            try await admin.query("CREATE SCHEMA \(name)", [])
            var scoped = url
            scoped.queryItems = (url.queryItems ?? []) + [URLQueryItem(name: "search_path", value: name)]
            let database = try PostgresDatabase.connect(scoped)
            defer {
                Task {
                    try? await database.close()
                    try? await admin.query("DROP SCHEMA \(name) CASCADE", [])
                    try? await admin.close()
                }
            }
            return try await body(database)
        }
    }
}

@Suite("Test databases")
struct TestDatabaseTests {
    @Test("make test runs the storage suite on PostgreSQL too")
    func postgresWhenRequired() {
        if ProcessInfo.processInfo.environment["AXISOR_REQUIRE_POSTGRES"] == "1" {
            #expect(Backend.available.contains(.postgres), "make test started PostgreSQL but AXISOR_TEST_POSTGRES_URL is not set")
        }
    }
}
