import Foundation
import Gateway
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// `GET /api/admin/users` as the seed shows it, through the real service.
@Suite("Admin users route")
struct AdminUsersRoutesTests {
    private func get(_ client: any TestClientProtocol, _ uri: String, token: String?) async throws -> (HTTPResponse.Status, [String: Any]) {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer " + token }
        return try await client.execute(uri: uri, method: .get, headers: headers) { response in
            (response.status, (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [String: Any] ?? [:])
        }
    }

    private func registerTraders(_ client: any TestClientProtocol, count: Int) async throws -> String? {
        var lastToken: String?
        for index in 0..<count {
            let json = #"{"email":"t\#(index)@example.com","username":"trader\#(index)","password":"Correct-horse-9"}"#
            lastToken = try await client.execute(
                uri: "/api/auth/register", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: json)
            ) { response in
                ((try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [String: Any])?["accessToken"] as? String
            }
        }
        return lastToken
    }

    @Test("admins page through users, newest first, with the seed's keys and the total")
    func page() async throws {
        try await ServiceFixture.test { client, authenticator in
            _ = try await registerTraders(client, count: 3)
            let admin = try await authenticator.issueAccessToken(userId: "admin", isAdmin: true)
            let (status, body) = try await get(client, "/api/admin/users?limit=2", token: admin)
            #expect(status == .ok)
            #expect(Set(body.keys) == ["success", "users", "pagination"])
            let users = try #require(body["users"] as? [[String: Any]])
            #expect(users.map { $0["username"] as? String } == ["trader2", "trader1"])
            #expect(Set(users[0].keys) == ["id", "email", "username", "plan", "planExpiresAt", "status", "createdAt", "lastLoginAt", "stats"])
            #expect(users[0]["status"] as? String == "active")
            #expect(users[0]["stats"] as? [String: Int] == ["totalPayments": 0, "totalVolume": 0])
            #expect(body["pagination"] as? [String: Int] == ["total": 3, "limit": 2, "offset": 0])
            let (_, rest) = try await get(client, "/api/admin/users?limit=2&offset=2", token: admin)
            #expect((rest["users"] as? [[String: Any]])?.map { $0["username"] as? String } == ["trader0"])
            #expect((try await get(client, "/api/admin/users?plan=pro", token: admin).1["pagination"] as? [String: Int])?["total"] == 0)
            #expect((try await get(client, "/api/admin/users?plan=free&status=active", token: admin).1["pagination"] as? [String: Int])?["total"] == 3)
            #expect((try await get(client, "/api/admin/users?status=inactive", token: admin).1["pagination"] as? [String: Int])?["total"] == 0)
        }
    }

    @Test("bad parameters are 400 VALIDATION_ERROR naming each; users get 403 and anonymous callers 401")
    func refusals() async throws {
        try await ServiceFixture.test { client, authenticator in
            let trader = try await registerTraders(client, count: 1)
            let admin = try await authenticator.issueAccessToken(userId: "admin", isAdmin: true)
            for (query, fields) in [("limit=0&offset=-1", ["limit", "offset"]), ("limit=many", ["limit"]), ("plan=gold", ["plan"]), ("limit=201", ["limit"])] {
                let (status, body) = try await get(client, "/api/admin/users?" + query, token: admin)
                #expect(status == .badRequest, "\(query)")
                let error = body["error"] as? [String: Any]
                #expect(error?["code"] as? String == "VALIDATION_ERROR")
                #expect((error?["details"] as? [[String: String]])?.map { $0["field"] } == fields, "\(query)")
            }
            let (forbidden, forbiddenBody) = try await get(client, "/api/admin/users", token: trader)
            #expect(forbidden == .forbidden)
            #expect((forbiddenBody["error"] as? [String: Any])?["code"] as? String == "PERMISSION_DENIED")
            #expect(try await get(client, "/api/admin/users", token: nil).0 == .unauthorized)
        }
    }

    @Test("admins deactivate accounts over /graphql; the account then cannot log in (403); users may not")
    func deactivate() async throws {
        try await ServiceFixture.test { client, authenticator in
            let trader = try #require(try await registerTraders(client, count: 1))
            let admin = try await authenticator.issueAccessToken(userId: "admin", isAdmin: true)
            let (_, page) = try await get(client, "/api/admin/users", token: admin)
            let id = try #require((page["users"] as? [[String: Any]])?.first?["id"] as? String)
            let mutation = #"{"query":"mutation { setUserStatus(userId: \"\#(id)\", status: inactive) { status } }"}"#
            for (token, expected) in [(trader, HTTPResponse.Status.forbidden), (admin, .ok)] {
                let status = try await client.execute(
                    uri: "/graphql", method: .post, headers: [.contentType: "application/json", .authorization: "Bearer " + token], body: ByteBuffer(string: mutation)
                ) { $0.status }
                #expect(status == expected)
            }
            let login = #"{"email":"t0@example.com","password":"Correct-horse-9"}"#
            let (status, body) = try await client.execute(
                uri: "/api/auth/login", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: login)
            ) { response in
                (response.status, (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [String: Any] ?? [:])
            }
            #expect(status == .forbidden)
            #expect((body["error"] as? [String: Any])?["code"] as? String == "PERMISSION_DENIED")
        }
    }
}
