import Foundation
import Gateway
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// `GET` and `PUT /api/user/profile` as the seed shows them, through the real service.
@Suite("Profile routes")
struct ProfileRoutesTests {
    private func call(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, json: String? = nil, token: String?
    ) async throws -> (HTTPResponse.Status, [String: Any]) {
        var headers = HTTPFields()
        if json != nil { headers[.contentType] = "application/json" }
        if let token { headers[.authorization] = "Bearer " + token }
        return try await client.execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            (response.status, (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [String: Any] ?? [:])
        }
    }

    private func signUp(_ client: any TestClientProtocol) async throws -> String {
        let (_, body) = try await call(
            client, .post, "/api/auth/register", json: #"{"email":"p@example.com","username":"profiled","password":"Correct-horse-9"}"#, token: nil
        )
        return try #require(body["accessToken"] as? String)
    }

    @Test("GET answers the seed's keys, with defaults for a new account")
    func read() async throws {
        try await ServiceFixture.test { client, _ in
            let token = try await signUp(client)
            let (status, body) = try await call(client, .get, "/api/user/profile", token: token)
            #expect(status == .ok)
            let user = try #require(body["user"] as? [String: Any])
            #expect(Set(user.keys) == [
                "id", "email", "username", "firstName", "lastName", "plan", "planExpiresAt", "createdAt", "lastLoginAt", "preferences", "stats",
            ])
            let preferences = try #require(user["preferences"] as? [String: Any])
            #expect(preferences["notifications"] as? Bool == true)
            #expect(preferences.compactMapValues { $0 as? String } == ["theme": "dark", "language": "en", "timezone": "UTC"])
            #expect(Set((user["stats"] as? [String: Any])?.keys ?? [:].keys) == ["totalTrades", "totalVolume", "winRate", "profitLoss"])
            #expect(try await call(client, .get, "/api/user/profile", token: nil).0 == .unauthorized)
        }
    }

    @Test("PUT changes what it is given and leaves the rest; the answer has the seed's keys")
    func update() async throws {
        try await ServiceFixture.test { client, _ in
            let token = try await signUp(client)
            let json = #"{"firstName":"John","lastName":"Doe","preferences":{"language":"pt-BR","timezone":"America/Sao_Paulo"}}"#
            let (status, body) = try await call(client, .put, "/api/user/profile", json: json, token: token)
            #expect(status == .ok)
            let user = try #require(body["user"] as? [String: Any])
            #expect(Set(user.keys) == ["id", "firstName", "lastName", "preferences", "updatedAt"])
            #expect(user["firstName"] as? String == "John")
            let preferences = try #require(user["preferences"] as? [String: Any])
            #expect(preferences["notifications"] as? Bool == true)
            #expect(preferences.compactMapValues { $0 as? String } == ["theme": "dark", "language": "pt-BR", "timezone": "America/Sao_Paulo"])
            let (_, again) = try await call(client, .put, "/api/user/profile", json: #"{"preferences":{"theme":"light"}}"#, token: token)
            let after = try #require(again["user"] as? [String: Any])
            #expect(after["firstName"] as? String == "John")
            #expect((after["preferences"] as? [String: Any])?["theme"] as? String == "light")
            #expect((after["preferences"] as? [String: Any])?["language"] as? String == "pt-BR")
        }
    }

    @Test("bad preferences are 400 VALIDATION_ERROR naming each field")
    func refusals() async throws {
        try await ServiceFixture.test { client, _ in
            let token = try await signUp(client)
            let (status, body) = try await call(
                client, .put, "/api/user/profile", json: #"{"preferences":{"language":"english please","timezone":"Mars/Olympus"}}"#, token: token
            )
            #expect(status == .badRequest)
            let error = try #require(body["error"] as? [String: Any])
            #expect(error["code"] as? String == "VALIDATION_ERROR")
            #expect((error["details"] as? [[String: String]])?.map { $0["field"] } == ["preferences.language", "preferences.timezone"])
            let (badTheme, themeBody) = try await call(client, .put, "/api/user/profile", json: #"{"preferences":{"theme":"neon"}}"#, token: token)
            #expect(badTheme == .badRequest)
            #expect(((themeBody["error"] as? [String: Any])?["details"] as? [[String: String]])?.first?["field"] == "preferences")
        }
    }
}
