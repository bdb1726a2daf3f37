import Domain
import Foundation
import Storage
import Testing

/// The database's buckets behave as the in-memory ones, and stay right under concurrency.
@Suite("SQL rate-limit store")
struct SQLRateLimitStoreTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let payments = RateClass(perMinute: 6, burst: 3)

    private func withStore(_ backend: Backend, _ body: (SQLRateLimitStore) async throws -> Void) async throws {
        try await backend.withDatabase { database in
            try await Migrator(database: database).migrate()
            try await body(SQLRateLimitStore(database: database))
        }
    }

    @Test("the same decisions as the in-memory store, step by step", arguments: Backend.available)
    func sameAsMemory(backend: Backend) async throws {
        try await withStore(backend) { store in
            let memory = InMemoryRateLimitStore()
            let steps: [(key: String, cost: Double, seconds: Double)] = [
                ("k", 1, 0), ("k", 1, 0), ("k", 1, 0), ("k", 1, 0), ("k", 1, 9), ("k", 1, 10), ("k", 5, 10),
                ("k", 1, 3_600), ("other", 4, 0), ("other", 3, 0), ("k", 1, 5),  // a clock gone back
            ]
            for step in steps {
                let now = start.addingTimeInterval(step.seconds)
                let expected = await memory.charge(step.key, cost: step.cost, rateClass: payments, now: now)
                let actual = try await store.charge(step.key, cost: step.cost, rateClass: payments, now: now)
                #expect(actual == expected, "\(step)")
            }
        }
    }

    @Test("fifty concurrent charges on a bucket of ten: exactly ten pass", arguments: Backend.available)
    func concurrency(backend: Backend) async throws {
        try await withStore(backend) { store in
            let bucket = RateClass(perMinute: 0.0001, burst: 10)
            let now = start
            let allowed = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<50 {
                    group.addTask { try await store.charge("hot", cost: 1, rateClass: bucket, now: now).allowed }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(allowed == 10)
        }
    }
}
