import Domain
import Foundation
import Storage
import Testing

/// The admin dashboard's figures on both stores.
@Suite("Admin statistics")
struct AdminStatisticsTests {
    struct FixedTraffic: TrafficSource {
        var value: TrafficStatistics
        func statistics() -> TrafficStatistics { value }
    }

    static let now = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15T08:00:00Z

    @Test("users by plan and status, and those created since the start of the UTC day", arguments: Backend.available)
    func users(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator(database: database).migrate()
            let users = SQLUserStore(database: database)
            let plans: [Plan] = [.free, .free, .basic, .pro, .lifetime]
            for (index, plan) in plans.enumerated() {
                let created = Self.now.addingTimeInterval(index < 2 ? -86_400 : -60)
                try await users.create(
                    User(id: "u\(index)", email: "u\(index)@example.com", username: "u\(index)", plan: plan, createdAt: created,
                         status: index == 0 ? .inactive : .active), passwordHash: "x"
                )
            }
            let statistics = AdminStatistics(
                users: users, runs: SQLServiceRunStore(database: database), traffic: FixedTraffic(value: .init()),
                backups: SQLBackupLog(database: database), runningSince: nil, clock: { Self.now }
            )
            let counts = try await statistics.userStatistics()
            #expect(counts == UserStatistics(total: 5, active: 4, newToday: 3, byPlan: [.free: 2, .basic: 1, .advanced: 0, .pro: 1, .lifetime: 1]))
        }
    }

    @Test("uptime from recorded runs, response time and error rate from traffic, the last backup", arguments: Backend.available)
    func system(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator(database: database).migrate()
            let runs = SQLServiceRunStore(database: database)
            // Up for 9 of the last 10 hours: one run, a one-hour outage, then this instance.
            let first = ServiceRun(instanceId: "a", startedAt: Self.now.addingTimeInterval(-36_000), lastSeenAt: Self.now.addingTimeInterval(-30_000))
            try await runs.recordAlive(first)
            try await runs.recordAlive(ServiceRun(instanceId: "a", startedAt: first.startedAt, lastSeenAt: Self.now.addingTimeInterval(-7_200)))
            let statistics = AdminStatistics(
                users: SQLUserStore(database: database), runs: runs,
                traffic: FixedTraffic(value: TrafficStatistics(requests: 200, serverErrors: 2, totalMilliseconds: 2_400)),
                backups: SQLBackupLog(database: database), runningSince: Self.now.addingTimeInterval(-3_600), clock: { Self.now }
            )
            let before = try await statistics.systemStatistics()
            #expect(abs(before.uptime - 0.9) < 1e-9)
            #expect(before.uptimePercent == "90.0%")
            #expect(before.meanResponseMilliseconds == 12)
            #expect(before.errorRate == 0.01)
            #expect(before.lastBackupAt == nil)
            try await SQLBackupLog(database: database).record(Backup(takenAt: Self.now.addingTimeInterval(-60), location: "/backups/a", bytes: 10))
            try await SQLBackupLog(database: database).record(Backup(takenAt: Self.now.addingTimeInterval(-600), location: "/backups/b", bytes: 10))
            #expect(try await statistics.systemStatistics().lastBackupAt == Self.now.addingTimeInterval(-60))
        }
    }

    @Test("axisor backup's copy: a consistent SQLite file, recorded, never over an existing file; PostgreSQL is refused", arguments: Backend.available)
    func backup(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator(database: database).migrate()
            let target = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-backup-\(UUID().uuidString).sqlite").path
            defer { try? FileManager.default.removeItem(atPath: target) }
            guard database.dialect == .sqlite else {
                await #expect(throws: DatabaseBackupError.self) { try await DatabaseBackup.copy(database, to: target) }
                return
            }
            try await SQLUserStore(database: database).create(User(id: "u", email: "u@example.com", username: "u", createdAt: Self.now), passwordHash: "x")
            let backup = try await DatabaseBackup.copy(database, to: target, at: Self.now)
            #expect(backup.bytes > 0)
            #expect(try await SQLBackupLog(database: database).latest() == backup)
            let copy = try await SQLiteDatabase.open(path: target)
            #expect(try await SQLUserStore(database: copy).user(id: "u")?.email == "u@example.com")
            try await copy.close()
            await #expect(throws: DatabaseBackupError.self) { try await DatabaseBackup.copy(database, to: target) }
        }
    }
}
