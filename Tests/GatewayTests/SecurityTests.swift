import AxisorSchema
import Domain
import Foundation
import Gateway
import HTTPTypes
import Storage
import Synchronization
import Testing

/// What an attacker tries, over HTTP against the real service: forged, expired and misplaced
/// tokens, replayed refresh tokens, other users' accounts, admin routes, SQL in every text
/// field — and whether a credential ever shows up in an answer or a log line.
@Suite("Security")
struct SecurityTests {
    static func base64URL(_ text: String) -> String {
        Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    @Test("a token signed with another key, alg none, or expired is 401 AUTHENTICATION_FAILED on REST and /graphql")
    func forgedTokens() async throws {
        try await ServiceFixture.run { service in
            let userId = try #require(((try await service.register("alice"))["user"] as? [String: Any])?["id"] as? String)
            let otherKey = await JWTAuthenticator(settings: TokenSettings(secret: Array("another-secret-of-at-least-32-bytes!".utf8)))
            let exp = Int(Date().timeIntervalSince1970) + 600
            let forged = [
                "another key": try await otherKey.issueAccessToken(userId: userId, isAdmin: true),
                "alg none": Self.base64URL(#"{"alg":"none","typ":"JWT"}"#) + "."
                    + Self.base64URL(#"{"sub":"\#(userId)","role":"admin","typ":"access","iss":"axisor","aud":["axisor-api"],"iat":0,"exp":\#(exp)}"#) + ".",
                "expired": try await service.authenticator.issueAccessToken(userId: userId, isAdmin: false, now: Date().addingTimeInterval(-7_200)),
            ]
            for (name, token) in forged {
                let rest = try await service.call(.get, "/api/user/profile", token: token)
                #expect(rest.status == .unauthorized && rest.errorCode == "AUTHENTICATION_FAILED", "\(name): \(rest.text)")
                let graphQL = try await service.graphQL("{ me { id } }", token: token)
                #expect(graphQL.status == .unauthorized, "\(name): \(graphQL.text)")
                #expect(ExchangeAccountRoutesTests.code(graphQL) == "AUTHENTICATION_FAILED", "\(name)")
            }
        }
    }

    @Test("an access token is no refresh token and the reverse; a reused refresh token revokes its family")
    func misplacedAndReplayedTokens() async throws {
        try await ServiceFixture.run { service in
            let session = try await service.register("alice")
            let access = try #require(session["accessToken"] as? String)
            let refresh = try #require(session["refreshToken"] as? String)
            #expect(try await service.call(.post, "/api/auth/refresh", json: #"{"refreshToken":"\#(access)"}"#).status == .unauthorized)
            #expect(try await service.call(.get, "/api/user/profile", token: refresh).status == .unauthorized)

            let rotated = try await service.call(.post, "/api/auth/refresh", json: #"{"refreshToken":"\#(refresh)"}"#)
            let next = try #require(rotated.json["refreshToken"] as? String)
            let replay = try await service.call(.post, "/api/auth/refresh", json: #"{"refreshToken":"\#(refresh)"}"#)
            #expect(replay.status == .unauthorized && replay.errorCode == "AUTHENTICATION_FAILED")
            // The thief's replay ended the family: the legitimate rotated token is dead too.
            #expect(try await service.call(.post, "/api/auth/refresh", json: #"{"refreshToken":"\#(next)"}"#).status == .unauthorized)
        }
    }

    @Test("a user cannot see, change or delete another user's exchange account")
    func otherUsersAccount() async throws {
        try await ServiceFixture.run { service in
            let alice = try await service.trader("alice")
            let bob = try await service.trader("bob")
            let created = try await service.call(.post, "/api/user/exchange-accounts", json: ExchangeAccountRoutesTests.createJSON(name: "Alice's"), token: alice)
            let id = try #require((created.json["account"] as? [String: Any])?["id"] as? String)
            let attempts = [
                "renameExchangeAccount(id: $id, name: \"Bob's now\") { id }", "deactivateExchangeAccount(id: $id) { id }",
                "activateExchangeAccount(id: $id) { id }", "deleteExchangeAccount(id: $id)",
                "replaceExchangeAccountCredentials(id: $id, credentials: {apiKey: \"k\", apiSecret: \"s\", passphrase: \"p\"}) { id }",
            ]
            for attempt in attempts {
                let reply = try await service.graphQL("mutation($id: ID!) { \(attempt) }", variables: #"{"id":"\#(id)"}"#, token: bob)
                #expect(ExchangeAccountRoutesTests.code(reply) == "RESOURCE_NOT_FOUND", "\(attempt): \(reply.text)")
            }
            #expect((try await service.call(.get, "/api/user/exchange-accounts", token: bob).json["accounts"] as? [Any])?.isEmpty == true)
            let untouched = try await service.call(.get, "/api/user/exchange-accounts", token: alice).json["accounts"] as? [[String: Any]]
            #expect(untouched?.map { $0["name"] as? String } == ["Alice's"])
            #expect(untouched?.first?["isActive"] as? Bool == true)
        }
    }

    @Test("a trader gets 403 PERMISSION_DENIED on every admin route and admin field")
    func adminRoutes() async throws {
        let schema = try AxisorSchema.load()
        let adminRoutes = try RouteTable.load(yaml: try AxisorSchema.routeTable(), schema: schema).routes.filter { $0.auth == .admin }
        #expect(adminRoutes.count >= 2)
        try await ServiceFixture.run { service in
            let trader = try await service.trader("alice")
            for route in adminRoutes {
                let uri = route.path.split(separator: "/").map { $0.hasPrefix(":") ? "x" : String($0) }.joined(separator: "/")
                let reply = try await service.call(HTTPRequest.Method(route.method)!, "/" + uri, json: route.method == "GET" ? nil : "{}", token: trader)
                #expect(reply.status == .forbidden && reply.errorCode == "PERMISSION_DENIED", "\(route.name): \(reply.text)")
            }
            for query in ["{ adminUsers { pagination { total } } }", "{ adminStats { users { total } } }", #"mutation { setUserStatus(userId: "x", status: inactive) { id } }"#] {
                let reply = try await service.graphQL(query, token: trader)
                #expect(ExchangeAccountRoutesTests.code(reply) == "PERMISSION_DENIED", "\(query): \(reply.text)")
            }
        }
    }

    @Test("SQL in every text field is stored verbatim and runs nowhere")
    func sqlInjection() async throws {
        try await ServiceFixture.run { service in
            let hostile = "x'); DROP TABLE users; --"
            let email = "o'brien+1=1--@example.com"
            let password = "pass' OR '1'='1' --"
            let register = try await service.call(
                .post, "/api/auth/register", json: #"{"email":"\#(email)","username":"o.brien","password":"\#(password)"}"#
            )
            #expect(register.status == .created, "\(register.text)")
            let login = try await service.call(.post, "/api/auth/login", json: #"{"email":"\#(email)","password":"\#(password)"}"#)
            let token = try #require(login.json["accessToken"] as? String)
            #expect(try await service.call(.post, "/api/auth/login", json: #"{"email":"' OR 1=1 --","password":"' OR 1=1 --"}"#).status != .ok)

            let profile = try await service.call(.put, "/api/user/profile", json: #"{"firstName":"\#(hostile)","lastName":"\"; DELETE FROM users; --"}"#, token: token)
            #expect(profile.status == .ok, "\(profile.text)")
            let credentials = #"{"apiKey":"\#(hostile)","apiSecret":"' OR ''='","passphrase":"\\\"; --"}"#
            let account = try await service.call(
                .post, "/api/user/exchange-accounts", json: #"{"exchange":"lnmarkets","name":"\#(hostile)","credentials":\#(credentials)}"#, token: token
            )
            #expect(account.status == .created, "\(account.text)")
            let badFilter = try await service.call(.get, "/api/admin/users?plan=free'%20OR%201=1--", token: try await service.admin())
            #expect(badFilter.status == .badRequest)

            let user = try #require(try await service.call(.get, "/api/user/profile", token: token).json["user"] as? [String: Any])
            #expect(user["email"] as? String == email)
            #expect(user["firstName"] as? String == hostile)
            #expect(user["lastName"] as? String == "\"; DELETE FROM users; --")
            let accounts = try await service.call(.get, "/api/user/exchange-accounts", token: token).json["accounts"] as? [[String: Any]]
            #expect(accounts?.first?["name"] as? String == hostile)
            let accountId = try #require(accounts?.first?["id"] as? String)
            let opened = try await ExchangeAccountService(
                accounts: SQLExchangeAccountStore(database: service.database), users: SQLUserStore(database: service.database), vault: ServiceFixture.vault
            ).credentials(userId: try #require(user["id"] as? String), accountId: accountId)
            #expect(opened == ExchangeCredentials(apiKey: hostile, apiSecret: "' OR ''='", passphrase: "\\\"; --"))
            #expect(try await service.database.query("SELECT COUNT(*) AS n FROM users", []).first?["n"].integer == 2)
        }
    }

    @Test("no credential appears in any answer, any log line, or the database file")
    func noCredentialLeaks() async throws {
        let logs = LogRecords()
        let secrets = ["apiKey": "AK-7f3e9c1d", "apiSecret": "AS-5b2a8e4f", "passphrase": "PP-9d6c3b7a"]
        let password = "Correct-horse-9"
        try await ServiceFixture.run(logger: logs.logger) { service in
            var answers: [String] = []
            let session = try await service.register("alice", password: password)
            let token = try #require(session["accessToken"] as? String)
            try await service.database.query("UPDATE users SET plan = 'pro'", [])
            let body = #"{"exchange":"lnmarkets","name":"Main","credentials":{"apiKey":"\#(secrets["apiKey"]!)","apiSecret":"\#(secrets["apiSecret"]!)","passphrase":"\#(secrets["passphrase"]!)","isTestnet":false}}"#
            let created = try await service.call(.post, "/api/user/exchange-accounts", json: body, token: token)
            answers.append(created.text)
            let id = try #require((created.json["account"] as? [String: Any])?["id"] as? String)
            answers.append(try await service.call(.post, "/api/user/exchange-accounts", json: body, token: token).text)  // 409: same name
            answers.append(try await service.call(.post, "/api/user/exchange-accounts", json: body.replacingOccurrences(of: "lnmarkets", with: "nope"), token: token).text)
            answers.append(try await service.call(.get, "/api/user/exchange-accounts", token: token).text)
            answers.append(try await service.graphQL(
                "mutation($id: ID!, $c: ExchangeCredentialsInput!) { replaceExchangeAccountCredentials(id: $id, credentials: $c) { id credentials { hasApiKey } } }",
                variables: #"{"id":"\#(id)","c":{"apiKey":"\#(secrets["apiKey"]!)","apiSecret":"\#(secrets["apiSecret"]!)","passphrase":"\#(secrets["passphrase"]!)"}}"#,
                token: token
            ).text)
            answers.append(try await service.graphQL("{ me { exchangeAccounts { id name credentials { hasSecret } } } }", token: token).text)
            answers.append(try await service.graphQL("{ me { exchangeAccounts { apiKey } } }", token: token).text)  // no such field
            answers.append(try await service.call(.post, "/api/auth/login", json: #"{"email":"alice@example.com","password":"wrong-\#(password)"}"#).text)
            answers.append(try await service.call(.get, "/api/admin/users", token: try await service.admin()).text)

            let logged = logs.lines.withLock { $0 }.joined(separator: "\n")
            #expect(!logged.isEmpty)
            for (name, secret) in secrets.merging(["password": password], uniquingKeysWith: { $1 }) {
                for answer in answers { #expect(!answer.contains(secret), "\(name) in an answer: \(answer)") }
                #expect(!logged.contains(secret), "\(name) in the log")
            }
            #expect(!logged.contains(token), "an access token in the log")
            // The database file and its write-ahead log hold the credentials sealed only.
            try await service.database.query("PRAGMA wal_checkpoint(TRUNCATE)", [])
            for file in try FileManager.default.contentsOfDirectory(atPath: service.folder.path) where file.hasPrefix("axisor.sqlite") {
                let bytes = try Data(contentsOf: service.folder.appendingPathComponent(file))
                for (name, secret) in secrets { #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(name) in \(file)") }
            }
        }
    }
}
