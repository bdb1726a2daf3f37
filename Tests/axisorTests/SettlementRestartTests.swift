import Foundation
import Testing

/// Exactly-once settlement across a crash: the server is killed (SIGKILL) after the node has
/// settled an invoice but before the payment was recorded, and completes it once at restart.
@Suite("Settlement across a crash", .timeLimit(.minutes(2)))
struct SettlementRestartTests {
    @Test("a payment settled by the node while the server was killed completes exactly once after restart, and stays so")
    func killedBetweenSettlementAndUpdate() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["DATABASE_URL": "sqlite:" + folder.appendingPathComponent("axisor.sqlite").path]

        var server = try await ServerProcess(folder: folder)
        let session = try await server.call("POST", "/api/auth/register", json: #"{"email":"t@example.com","username":"trader","password":"Correct-horse-9"}"#)
        let token = try #require(session.json["accessToken"] as? String)
        let created = try await server.call("POST", "/api/payments/lightning", json: #"{"plan_type":"pro"}"#, token: token)
        let payment = try #require(created.json["payment"] as? [String: Any])
        let id = try #require(payment["id"] as? String)
        let invoice = try #require(payment["invoice"] as? String)
        server.kill()

        // The node settles while the server is dead: the payer's payment went through.
        let paid = try AxisorProcess.run(["lightning", "pay", "--request", invoice], environment: environment)
        #expect(paid.status == 0 && paid.output == "settled\n", "\(paid.errors)")

        server = try await ServerProcess(folder: folder)
        let status = try await server.call("GET", "/api/payments/\(id)/status", token: token)
        let completed = try #require(status.json["payment"] as? [String: Any])
        #expect(completed["status"] as? String == "completed")
        let plan = try #require(completed["userPlan"] as? [String: Any])
        #expect(plan["type"] as? String == "pro")
        let expiry = try #require(plan["expiresAt"] as? String)

        // Killed again, restarted again: the settlement is not applied a second time.
        server.kill()
        server = try await ServerProcess(folder: folder)
        defer { server.stop() }
        let again = try await server.call("GET", "/api/payments/\(id)/status", token: token)
        #expect(((again.json["payment"] as? [String: Any])?["userPlan"] as? [String: Any])?["expiresAt"] as? String == expiry)
        let history = try await server.call("GET", "/api/payments", token: token)
        #expect((history.json["payments"] as? [[String: Any]])?.map { $0["status"] as? String } == ["completed"])
        #expect((history.json["pagination"] as? [String: Any])?["total"] as? Int == 1)
    }

    @Test("a server killed right after an admin's simulated payment still completes it exactly once")
    func killedRightAfterSettlement() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let admin = ["AXISOR_ADMIN_EMAIL": "root@example.com", "AXISOR_ADMIN_PASSWORD": "Correct-horse-9"]
        var server = try await ServerProcess(folder: folder, environment: admin)
        let session = try await server.call("POST", "/api/auth/register", json: #"{"email":"t@example.com","username":"trader","password":"Correct-horse-9"}"#)
        let token = try #require(session.json["accessToken"] as? String)
        let adminToken = try #require(
            try await server.call("POST", "/api/auth/login", json: #"{"email":"root@example.com","password":"Correct-horse-9"}"#).json["accessToken"] as? String
        )
        let payment = try #require(
            try await server.call("POST", "/api/payments/lightning", json: #"{"plan_type":"basic"}"#, token: token).json["payment"] as? [String: Any]
        )
        let invoice = try #require(payment["invoice"] as? String)
        let query = try JSONSerialization.data(withJSONObject: [
            "query": "mutation($r: String!) { simulateInvoicePayment(paymentRequest: $r) }", "variables": ["r": invoice],
        ])
        let simulated = try await server.call("POST", "/graphql", json: String(decoding: query, as: UTF8.self), token: adminToken)
        #expect((simulated.json["data"] as? [String: Any])?["simulateInvoicePayment"] as? Bool == true)
        server.kill()  // the settlement may or may not have reached the database

        server = try await ServerProcess(folder: folder, environment: admin)
        defer { server.stop() }
        let status = try await server.call("GET", "/api/payments/\(try #require(payment["id"] as? String))/status", token: token)
        #expect((status.json["payment"] as? [String: Any])?["status"] as? String == "completed")
        let stats = try await server.call("GET", "/api/admin/stats", token: adminToken)
        let payments = ((stats.json["stats"] as? [String: Any])?["payments"] as? [String: Any])
        #expect(payments?["totalTransactions"] as? Int == 1)
        #expect(payments?["totalRevenue"] as? Int == 25_000)
    }
}
