import Gateway
import GraphQLEngine
import GraphQLLanguage
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// `@auth` in the SDL guards GraphQL fields and types, and route tables cannot be looser.
@Suite("Access declared in the SDL")
struct AccessTests {
    static let sdl = """
        enum Access { USER ADMIN }
        directive @auth(requires: Access! = USER) on OBJECT | FIELD_DEFINITION
        type Query { open: String! me: Me @auth stats: Stats! node: Node! }
        type Me { name: String! }
        type Stats @auth(requires: ADMIN) { users: Int! }
        interface Node { id: ID! }
        type Secret implements Node @auth(requires: ADMIN) { id: ID! code: String! }
        """

    struct Me: ResolvedConvertible { var name = "Satoshi" }
    struct Stats: ResolvedConvertible { var users = 7 }
    struct Secret: ResolvedConvertible {
        var id = "s"
        var code = "42"
    }

    static func schema() throws -> Schema { try Schema.build(sdl: sdl) }

    static func app() throws -> some ApplicationProtocol {
        var graph = ResolverGraph(schema: try schema())
        graph.root("Query") { query in
            query.field("open") { _, _, _ in "hello" }
            query.field("me") { _, _, _ in Me() }
            query.field("stats") { _, _, _ in Stats() }
            query.field("node") { _, _, _ in Secret() }
        }
        graph.object("Me", Me.self) { me in me.field("name", \.name) }
        graph.object("Stats", Stats.self) { stats in stats.field("users", \.users) }
        graph.object("Secret", Secret.self) { secret in
            secret.field("id", \.id)
            secret.field("code", \.code)
        }
        return buildApplication(configuration: GatewayConfiguration(), executable: try graph.build(), authenticator: RESTAdapterTests.TokenAuthenticator())
    }

    private func ask(_ query: String, token: String?) async throws -> (HTTPResponse.Status, String) {
        try await Self.app().test(.router) { client in
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            if let token { headers[.authorization] = "Bearer " + token }
            let body = ByteBuffer(string: #"{"query":"\#(query)"}"#)
            return try await client.execute(uri: "/graphql", method: .post, headers: headers, body: body) { response in
                (response.status, String(buffer: response.body))
            }
        }
    }

    @Test("unguarded fields are open to anyone")
    func open() async throws {
        #expect(try await ask("{ open }", token: nil) == (.ok, #"{"data":{"open":"hello"}}"#))
    }

    @Test("a guarded field without a token is 401 AUTHENTICATION_REQUIRED, and nothing runs", arguments: [
        "{ me { name } }", "{ open me { name } }", "{ ...F } fragment F on Query { me { name } }",
    ])
    func needsUser(query: String) async throws {
        let (status, body) = try await ask(query, token: nil)
        #expect(status == .unauthorized)
        #expect(body.contains(#""code":"AUTHENTICATION_REQUIRED""#))
        #expect(!body.contains(#""data""#))
    }

    @Test("a forged token is 401 AUTHENTICATION_FAILED even for open fields")
    func forged() async throws {
        let (status, body) = try await ask("{ open }", token: "forged")
        #expect(status == .unauthorized)
        #expect(body.contains(#""code":"AUTHENTICATION_FAILED""#))
    }

    @Test("admin types need the admin role: users get 403 PERMISSION_DENIED, admins the data", arguments: [
        "{ stats { users } }", "{ node { ... on Secret { code } } }",
    ])
    func needsAdmin(query: String) async throws {
        let (status, body) = try await ask(query, token: "user")
        #expect(status == .forbidden)
        #expect(body.contains(#""code":"PERMISSION_DENIED""#))
        #expect(try await ask(query, token: "admin").0 == .ok)
    }

    @Test("users read user fields")
    func userReads() async throws {
        #expect(try await ask("{ me { name } }", token: "user") == (.ok, #"{"data":{"me":{"name":"Satoshi"}}}"#))
    }

    @Test("the level an operation needs is the highest of its fields, through fragments")
    func requiredLevel() throws {
        let schema = try Self.schema()
        func level(_ text: String) throws -> AccessLevel {
            let document = try Document.parse(text)
            return AccessLevel.required(by: document.operations[0], in: document, schema: schema)
        }
        #expect(try level("{ open }") == .none)
        #expect(try level("{ open me { name } }") == .user)
        #expect(try level("{ me { name } ...A } fragment A on Query { stats { users } }") == .admin)
        #expect(try level("{ node { id } }") == .none)
        #expect(try level("{ node { ... on Secret { id } } }") == .admin)
    }

    @Test("a route looser than its document's fields stops start-up")
    func looseRoute() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try RouteTable.load(yaml: """
                routes:
                  - method: GET
                    path: /api/stats
                    auth: user
                    document: "{ stats { users } }"
                  - method: GET
                    path: /api/me
                    auth: none
                    document: "{ me { name } }"
                  - method: GET
                    path: /api/admin/stats
                    auth: admin
                    document: "{ stats { users } }"
                """, schema: try Self.schema())
        }
        #expect(error.problems == [
            "route GET /api/stats: auth is user, but the document reads fields that need admin (@auth in the SDL)",
            "route GET /api/me: auth is none, but the document reads fields that need user (@auth in the SDL)",
        ])
    }
}
