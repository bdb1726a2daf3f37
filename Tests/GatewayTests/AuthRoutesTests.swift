import Foundation
import Gateway
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// `/api/auth/*` as the seed and DESIGN.md describe them, through the real service.
@Suite("Auth routes")
struct AuthRoutesTests {
    static let password = "Correct-horse-9"

    private func call(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, json: String? = nil, token: String? = nil
    ) async throws -> (HTTPResponse.Status, [String: Any], String) {
        var headers = HTTPFields()
        if json != nil { headers[.contentType] = "application/json" }
        if let token { headers[.authorization] = "Bearer " + token }
        return try await client.execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            let text = String(buffer: response.body)
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            return (response.status, object, text)
        }
    }

    private func register(_ client: any TestClientProtocol, email: String = "trader@example.com", username: String = "trader_1") async throws -> [String: Any] {
        let (status, body, text) = try await call(
            client, .post, "/api/auth/register", json: #"{"email":"\#(email)","username":"\#(username)","password":"\#(Self.password)"}"#
        )
        #expect(status == .created, "\(text)")
        return body
    }

    @Test("register answers 201 with the user and a session; the access token opens @auth fields")
    func registerShape() async throws {
        try await ServiceFixture.test { client, _ in
            let body = try await register(client)
            #expect(body["success"] as? Bool == true)
            #expect(Set(body.keys) == ["success", "user", "accessToken", "refreshToken", "expiresIn"])
            #expect(body["expiresIn"] as? Int == 3_600)
            let user = try #require(body["user"] as? [String: Any])
            #expect(user["email"] as? String == "trader@example.com")
            #expect(user["plan"] as? String == "free")
            #expect((user["createdAt"] as? String)?.hasSuffix("Z") == true)
            let token = try #require(body["accessToken"] as? String)
            let (status, _, me) = try await call(client, .post, "/graphql", json: #"{"query":"{ me { username plan } }"}"#, token: token)
            #expect(status == .ok)
            #expect(me == #"{"data":{"me":{"username":"trader_1","plan":"free"}}}"#)
        }
    }

    @Test("bad input is 400 VALIDATION_ERROR with details; a taken email is 409 CONFLICT; no password ever comes back")
    func refusals() async throws {
        try await ServiceFixture.test { client, _ in
            let (weak, body, text) = try await call(client, .post, "/api/auth/register", json: #"{"email":"nope","username":"ok_name","password":"short"}"#)
            #expect(weak == .badRequest)
            let error = try #require(body["error"] as? [String: Any])
            #expect(error["code"] as? String == "VALIDATION_ERROR")
            let details = try #require(error["details"] as? [[String: String]])
            #expect(details.map { $0["field"] } == ["email", "password"])
            #expect(!text.contains("short"))
            let (missing, missingBody, _) = try await call(client, .post, "/api/auth/register", json: #"{"email":"a@b.co"}"#)
            #expect(missing == .badRequest)
            #expect(((missingBody["error"] as? [String: Any])?["details"] as? [[String: String]])?.map { $0["field"] } == ["username", "password"])
            _ = try await register(client)
            let (taken, takenBody, takenText) = try await call(
                client, .post, "/api/auth/register", json: #"{"email":"TRADER@example.com","username":"other","password":"\#(Self.password)"}"#
            )
            #expect(taken == .conflict)
            #expect((takenBody["error"] as? [String: Any])?["code"] as? String == "CONFLICT")
            #expect(!takenText.contains(Self.password))
        }
    }

    @Test("login: the right password opens a session; a wrong one or an unknown email is 401 AUTHENTICATION_FAILED")
    func login() async throws {
        try await ServiceFixture.test { client, _ in
            _ = try await register(client)
            let (ok, body, _) = try await call(client, .post, "/api/auth/login", json: #"{"email":"trader@example.com","password":"\#(Self.password)"}"#)
            #expect(ok == .ok)
            #expect(((body["user"] as? [String: Any])?["lastLoginAt"] as? String) != nil)
            for json in [#"{"email":"trader@example.com","password":"Wrong-horse-9"}"#, #"{"email":"nobody@example.com","password":"Wrong-horse-9"}"#] {
                let (status, refused, _) = try await call(client, .post, "/api/auth/login", json: json)
                #expect(status == .unauthorized)
                #expect((refused["error"] as? [String: Any])?["code"] as? String == "AUTHENTICATION_FAILED")
            }
        }
    }

    @Test("refresh rotates as the seed shows; a replayed refresh token revokes the family; logout ends it")
    func refreshAndLogout() async throws {
        try await ServiceFixture.test { client, _ in
            let first = try #require(try await register(client)["refreshToken"] as? String)
            let (ok, rotated, _) = try await call(client, .post, "/api/auth/refresh", json: #"{"refreshToken":"\#(first)"}"#)
            #expect(ok == .ok)
            #expect(Set(rotated.keys) == ["success", "accessToken", "refreshToken", "expiresIn"])
            let second = try #require(rotated["refreshToken"] as? String)
            #expect(try await call(client, .post, "/api/auth/refresh", json: #"{"refreshToken":"\#(first)"}"#).0 == .unauthorized)
            #expect(try await call(client, .post, "/api/auth/refresh", json: #"{"refreshToken":"\#(second)"}"#).0 == .unauthorized)
            let third = try #require(try await call(client, .post, "/api/auth/login", json: #"{"email":"trader@example.com","password":"\#(Self.password)"}"#).1["refreshToken"] as? String)
            let (out, loggedOut, _) = try await call(client, .post, "/api/auth/logout", json: #"{"refreshToken":"\#(third)"}"#)
            #expect(out == .ok)
            #expect(loggedOut["loggedOut"] as? Bool == true)
            #expect(try await call(client, .post, "/api/auth/refresh", json: #"{"refreshToken":"\#(third)"}"#).0 == .unauthorized)
        }
    }

    @Test("tokens in the wrong place: an access token is no refresh token, a refresh token no access token")
    func crossedTokens() async throws {
        try await ServiceFixture.test { client, _ in
            let session = try await register(client)
            let access = try #require(session["accessToken"] as? String)
            let refresh = try #require(session["refreshToken"] as? String)
            #expect(try await call(client, .post, "/api/auth/refresh", json: #"{"refreshToken":"\#(access)"}"#).0 == .unauthorized)
            let (status, body, _) = try await call(client, .post, "/graphql", json: #"{"query":"{ me { id } }"}"#, token: refresh)
            #expect(status == .unauthorized)
            #expect((body["errors"] as? [[String: Any]])?.first.flatMap { ($0["extensions"] as? [String: Any])?["code"] as? String } == "AUTHENTICATION_FAILED")
            let (anonymous, _, _) = try await call(client, .post, "/graphql", json: #"{"query":"{ me { id } }"}"#)
            #expect(anonymous == .unauthorized)
        }
    }
}
