import Foundation
import HTTPTypes
import Storage
import Testing

/// `GET /api/admin/stats` as the seed shows it, computed from the database.
@Suite("Admin stats route")
struct AdminStatsRoutesTests {
    @Test("counts users by plan and status; payments and Margin Guard are their real zero; system health is measured")
    func stats() async throws {
        try await ServiceFixture.run { service in
            let admin = try await service.admin()
            _ = try await service.trader("alice")
            _ = try await service.trader("bob")
            try await service.database.query("UPDATE users SET plan = 'pro' WHERE username = 'bob'", [])
            try await service.database.query("UPDATE users SET status = 'inactive' WHERE username = 'alice'", [])
            let reply = try await service.call(.get, "/api/admin/stats", token: admin)
            #expect(reply.status == .ok, "\(reply.text)")
            #expect(Set(reply.json.keys) == ["success", "stats"])
            let stats = try #require(reply.json["stats"] as? [String: Any])
            #expect(Set(stats.keys) == ["users", "payments", "marginGuard", "system"])
            let users = try #require(stats["users"] as? [String: Any])
            #expect(users["total"] as? Int == 3 && users["active"] as? Int == 2 && users["newToday"] as? Int == 3)
            #expect(users["byPlan"] as? [String: Int] == ["free": 2, "basic": 0, "advanced": 0, "pro": 1, "lifetime": 0])
            #expect(stats["payments"] as? [String: Int] == ["totalRevenue": 0, "totalTransactions": 0, "todayRevenue": 0, "todayTransactions": 0])
            #expect(stats["marginGuard"] as? [String: Int] == ["activeConfigurations": 0, "totalExecutions": 0, "positionsProtected": 0, "autoCloses": 0])
            let system = try #require(stats["system"] as? [String: Any])
            #expect(system["uptime"] as? String == "100.0%")
            #expect(system["responseTime"] is Int)
            #expect(system["errorRate"] as? Double == 0)
            #expect(system["lastBackup"] is NSNull)
            _ = try await DatabaseBackup.copy(service.database, to: service.folder.appendingPathComponent("backup.sqlite").path)
            let after = try await service.call(.get, "/api/admin/stats", token: admin)
            #expect((((after.json["stats"] as? [String: Any])?["system"] as? [String: Any])?["lastBackup"] as? String)?.hasSuffix("Z") == true)
        }
    }

    @Test("traders get 403 PERMISSION_DENIED, anonymous callers 401")
    func refusals() async throws {
        try await ServiceFixture.run { service in
            let trader = try await service.trader("alice")
            let forbidden = try await service.call(.get, "/api/admin/stats", token: trader)
            #expect(forbidden.status == .forbidden && forbidden.errorCode == "PERMISSION_DENIED")
            let anonymous = try await service.call(.get, "/api/admin/stats")
            #expect(anonymous.status == .unauthorized && anonymous.errorCode == "AUTHENTICATION_REQUIRED")
        }
    }
}
