import AxisorSchema
import Foundation
import Gateway
import HTTPTypes
import Integrations
import Storage
import Testing

/// The live REST answers against the JSON examples of the seed: every documented key present,
/// with the same JSON type, recursively — for every seed route the route table serves.
@Suite("Contract: the seed's JSON examples")
struct ContractTests {
    /// Paths that may be null where the seed shows a value, and why.
    static let nullable: [String: Set<String>] = [
        // No exchange client has tried the credentials yet, and no positions exist yet.
        "GET /api/user/exchange-accounts": ["accounts[].credentials.lastTested", "accounts[].stats.lastActivity"],
    ]

    @Test("the seed's examples are read: routes, requests and the error envelope")
    func seedReads() throws {
        let seed = try SeedExamples.load()
        #expect(seed.routes.count >= 20)
        #expect(seed.routes["POST /api/auth/refresh"]?.request as? [String: String] == ["refreshToken": "refresh_token_here"])
        #expect((seed.routes["PUT /api/user/profile"]?.request as? [String: Any])?["firstName"] as? String == "John")
        #expect((seed.error as? [String: Any])?["success"] as? Bool == false)
    }

    @Test("every seed route the service serves answers with the documented keys and types")
    func liveAnswers() async throws {
        let schema = try AxisorSchema.load()
        let served = Set(try RouteTable.load(yaml: try AxisorSchema.routeTable(), schema: schema).routes.map(\.name))
        try await ServiceFixture.run { service in
            let seed = try SeedExamples.load()
            // Data that fills every documented field: a trader on a paid plan who has logged
            // in, with names, an exchange account and a recorded backup.
            let admin = try await service.admin("admin_1")
            _ = try await service.call(.post, "/api/auth/login", json: #"{"email":"admin_1@example.com","password":"Correct-horse-9"}"#)
            _ = try await service.register("trader123")
            let login = try await service.call(.post, "/api/auth/login", json: #"{"email":"trader123@example.com","password":"Correct-horse-9"}"#)
            let token = try #require(login.json["accessToken"] as? String)
            let refreshToken = try #require(login.json["refreshToken"] as? String)
            try await service.database.query("UPDATE users SET plan = 'advanced', plan_expires_at = ?", [.real(Date().timeIntervalSince1970 + 86_400 * 30)])
            _ = try await DatabaseBackup.copy(service.database, to: service.folder.appendingPathComponent("backup.sqlite").path)

            // Each call's answer against the seed; in this order, so that each has data to show.
            var checked: Set<String> = []
            func check(_ route: String, _ uri: String, token: String?, body: Any? = nil) async throws -> RunningService.Reply {
                let example = try #require(seed.routes[route], "the seed documents \(route)")
                let method = HTTPRequest.Method(String(route.split(separator: " ")[0]))!
                let json = try body.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
                let reply = try await service.call(method, uri, json: json, token: token)
                #expect((200..<300).contains(reply.status.code), "\(route): \(reply.text)")
                let differences = JSONShape.differences(documented: example.response, live: reply.json, nullable: Self.nullable[route] ?? [])
                #expect(differences.isEmpty, "\(route): \(differences.joined(separator: "; "))")
                return reply
            }
            let calls: [(route: String, uri: String, token: String?, body: Any?)] = [
                ("PUT /api/user/profile", "/api/user/profile", token, seed.routes["PUT /api/user/profile"]?.request),
                ("POST /api/user/exchange-accounts", "/api/user/exchange-accounts", token, seed.routes["POST /api/user/exchange-accounts"]?.request),
                ("GET /api/user/exchange-accounts", "/api/user/exchange-accounts", token, nil),
                ("GET /api/user/profile", "/api/user/profile", token, nil),
                ("POST /api/auth/refresh", "/api/auth/refresh", nil, ["refreshToken": refreshToken]),
                ("GET /api/lnd/info", "/api/lnd/info", token, nil),
                ("GET /api/lnd/wallet/balance", "/api/lnd/wallet/balance", token, nil),
                ("POST /api/lnd/invoices", "/api/lnd/invoices", token, seed.routes["POST /api/lnd/invoices"]?.request),
                ("GET /api/lnd/invoices", "/api/lnd/invoices", token, nil),
            ]
            for call in calls {
                _ = try await check(call.route, call.uri, token: call.token, body: call.body)
                checked.insert(call.route)
            }
            // A plan payment, paid through the node, then its status and the history.
            let created = try await check("POST /api/payments/lightning", "/api/payments/lightning", token: token, body: seed.routes["POST /api/payments/lightning"]?.request)
            let payment = try #require(created.json["payment"] as? [String: Any])
            #expect(try await service.node.simulatePayment(paymentRequest: try #require(payment["invoice"] as? String)))
            _ = try await check("GET /api/payments/:id/status", "/api/payments/\(try #require(payment["id"] as? String))/status", token: token)
            _ = try await check("GET /api/payments", "/api/payments", token: token)
            _ = try await check("GET /api/admin/stats", "/api/admin/stats", token: admin)
            _ = try await check("GET /api/admin/users", "/api/admin/users", token: admin)
            checked.formUnion(["POST /api/payments/lightning", "GET /api/payments/:id/status", "GET /api/payments", "GET /api/admin/stats", "GET /api/admin/users"])
            let unchecked = seed.routes.keys.filter { served.contains($0) && !checked.contains($0) }.sorted()
            #expect(unchecked.isEmpty, "served seed routes this test does not check yet: \(unchecked)")

            // A refusal has the seed's standard error shape, details included.
            let refusal = try await service.call(.post, "/api/user/exchange-accounts", json: #"{"exchange":"kraken"}"#, token: token)
            #expect(refusal.status == .badRequest)
            let differences = JSONShape.differences(documented: try #require(seed.error), live: refusal.json)
            #expect(differences.isEmpty, "error envelope: \(differences.joined(separator: "; "))")
        }
    }

    @Test("the shape check itself: missing keys, wrong types, nulls and list items are reported")
    func shapeCheck() {
        let documented: [String: Any] = ["a": 1, "b": ["c": true, "d": [["e": "x"]]], "f": NSNull()]
        #expect(JSONShape.differences(documented: documented, live: ["a": 2.5, "b": ["c": false, "d": [["e": "y"]]], "f": 3]).isEmpty)
        #expect(JSONShape.differences(documented: documented, live: ["a": "1", "b": ["c": 1, "d": [[:]]], "f": NSNull()])
            == ["a is a string; the seed shows a number", "b.c is a number; the seed shows a boolean", "b.d[].e is missing"])
        #expect(JSONShape.differences(documented: documented, live: ["b": ["c": NSNull(), "d": []]])
            == ["a is missing", "b.c is null; the seed shows a boolean", "b.d is empty: nothing to check against the seed's items", "f is missing"])
        #expect(JSONShape.differences(documented: documented, live: ["a": 1, "b": ["c": NSNull(), "d": [["e": "x"]]], "f": NSNull()], nullable: ["b.c"]).isEmpty)
    }
}
