import Domain
import Gateway
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// REST routes as stored documents: binding, envelopes, status codes, authentication levels.
@Suite("REST routes")
struct RESTAdapterTests {
    struct Payment: ResolvedConvertible {
        var id: String
        var status: String
        var amount: Int
    }

    struct NotMine: ClientFacingError {
        var message = "That payment is not yours."
        var code: String { "RESOURCE_NOT_FOUND" }
    }

    /// Bearer tokens "user" and "admin"; anything else is invalid.
    struct TokenAuthenticator: Authenticator {
        func authenticate(authorization: String?) async -> Authentication {
            switch authorization {
            case nil: .anonymous
            case "Bearer user": .user(Viewer(userId: "u1", isAdmin: false))
            case "Bearer admin": .user(Viewer(userId: "a1", isAdmin: true))
            default: .invalid(reason: "unknown token")
            }
        }
    }

    static let sdl = """
        type Query { payment(id: ID!): Payment payments(limit: Int = 20, status: Status): [Payment!]! stats: Int! secret: String }
        type Mutation { pay(plan: String!, amount: Int): Payment! }
        type Payment { id: ID! status: Status! amount: Int! }
        enum Status { pending completed }
        """

    static let table = """
        routes:
          - method: GET
            path: /api/payments/:id/status
            auth: user
            rate: payments
            document: |
              query PaymentStatus($id: ID!) { payment(id: $id) { id status amount } }
            variables:
              id: path
            notFound: payment
          - method: GET
            path: /api/payments
            auth: user
            rate: payments
            document: |
              query Payments($limit: Int, $status: Status) { payments(limit: $limit, status: $status) { id status } }
            variables:
              limit: query
              status: query
          - method: POST
            path: /api/payments/lightning
            auth: user
            rate: payments
            status: 201
            document: |
              mutation Pay($plan: String!, $amount: Int) { payment: pay(plan: $plan, amount: $amount) { id status amount } }
            variables:
              plan: body.plan_type
              amount: body.amount
          - method: GET
            path: /api/admin/stats
            auth: admin
            rate: admin
            document: "{ stats }"
          - method: GET
            path: /api/public/secret
            auth: none
            rate: default
            document: "{ secret }"
        """

    static func app() throws -> some ApplicationProtocol {
        let schema = try Schema.build(sdl: sdl)
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { query in
            query.field("payment") { _, arguments, _ -> Payment? in
                switch arguments["id"]?.string {
                case "p1": Payment(id: "p1", status: "completed", amount: 50_000)
                case "theirs": throw NotMine()
                default: nil
                }
            }
            query.field("payments") { _, arguments, _ in
                let all = [Payment(id: "p1", status: "completed", amount: 1), Payment(id: "p2", status: "pending", amount: 2), Payment(id: "p3", status: "pending", amount: 3)]
                return Array(all.filter { arguments["status"]?.string == nil || $0.status == arguments["status"]?.string }.prefix(arguments["limit"]?.int ?? 20))
            }
            query.field("stats") { _, _, _ in 42 }
            query.field("secret") { _, _, _ -> String? in throw CancellationError() }
        }
        graph.root("Mutation") { mutation in
            mutation.field("pay") { _, arguments, _ in
                Payment(id: "new", status: "pending", amount: arguments["amount"]?.int ?? (arguments["plan"]?.string == "advanced" ? 50_000 : 25_000))
            }
        }
        graph.object("Payment", Payment.self) { payment in
            payment.field("id", \.id)
            payment.field("status", \.status)
            payment.field("amount", \.amount)
        }
        let routes = try RouteTable.load(yaml: table, schema: schema)
        return buildApplication(configuration: GatewayConfiguration(), executable: try graph.build(), routes: routes, authenticator: TokenAuthenticator())
    }

    private func request(_ method: HTTPRequest.Method, _ uri: String, token: String? = "user", body: String? = nil) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        let app = try Self.app()
        return try await app.test(.router) { client in
            var headers = HTTPFields()
            if let token { headers[.authorization] = "Bearer " + token }
            if body != nil { headers[.contentType] = "application/json" }
            return try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
                (response.status, String(buffer: response.body), response.headers)
            }
        }
    }

    @Test("path values bind to variables and the data comes wrapped in success: true")
    func pathBinding() async throws {
        let (status, body, _) = try await request(.get, "/api/payments/p1/status")
        #expect(status == .ok)
        #expect(body == #"{"success":true,"payment":{"id":"p1","status":"completed","amount":50000}}"#)
    }

    @Test("query strings are read by the variable's type; bad values are 400 with details")
    func queryBinding() async throws {
        let (_, ok, _) = try await request(.get, "/api/payments?limit=1&status=pending")
        #expect(ok == #"{"success":true,"payments":[{"id":"p2","status":"pending"}]}"#)
        let (status, bad, _) = try await request(.get, "/api/payments?limit=many&status=lost")
        #expect(status == .badRequest)
        #expect(bad.hasPrefix(#"{"success":false,"error":{"code":"VALIDATION_ERROR","message":"Invalid request parameters","details":[{"field":"limit","message":"must be a whole number, not \"many\""},{"field":"status","message":"must be one of pending, completed, not \"lost\""}]},"timestamp":""#))
        #expect(bad.contains(#""requestId":"req_"#))
    }

    @Test("body properties bind to variables; the route's success status applies; missing required ones are 400")
    func bodyBinding() async throws {
        let (status, body, _) = try await request(.post, "/api/payments/lightning", body: #"{"plan_type":"advanced"}"#)
        #expect(status == .created)
        #expect(body == #"{"success":true,"payment":{"id":"new","status":"pending","amount":50000}}"#)
        let (missingStatus, missing, _) = try await request(.post, "/api/payments/lightning", body: #"{"amount":"lots"}"#)
        #expect(missingStatus == .badRequest)
        #expect(missing.contains(#""field":"plan""#))
        #expect(missing.contains(#""field":"amount""#))
        let (badJSONStatus, _, _) = try await request(.post, "/api/payments/lightning", body: "{oops")
        #expect(badJSONStatus == .badRequest)
    }

    @Test("a null named field is 404; a resolver's public error keeps its code; others are masked as 500")
    func errors() async throws {
        let (notFound, body, _) = try await request(.get, "/api/payments/nope/status")
        #expect(notFound == .notFound)
        #expect(body.contains(#""code":"RESOURCE_NOT_FOUND""#))
        let (theirs, theirsBody, _) = try await request(.get, "/api/payments/theirs/status")
        #expect(theirs == .notFound)
        #expect(theirsBody.contains("That payment is not yours."))
        let (masked, maskedBody, _) = try await request(.get, "/api/public/secret", token: nil)
        #expect(masked == .internalServerError)
        #expect(maskedBody.contains(#""code":"INTERNAL_SERVER_ERROR","message":"Internal server error""#))
        #expect(!maskedBody.contains("Cancellation"))
    }

    @Test("authentication levels: required, invalid, admin only, none")
    func authentication() async throws {
        #expect(try await request(.get, "/api/payments", token: nil).0 == .unauthorized)
        #expect(try await request(.get, "/api/payments", token: nil).1.contains("AUTHENTICATION_REQUIRED"))
        #expect(try await request(.get, "/api/payments", token: "forged").1.contains("AUTHENTICATION_FAILED"))
        #expect(try await request(.get, "/api/admin/stats", token: "user").0 == .forbidden)
        #expect(try await request(.get, "/api/admin/stats", token: "admin").1 == #"{"success":true,"stats":42}"#)
    }

    @Test("unknown /api paths are 404 and known paths with another method 405, in the envelope")
    func unknownRoutes() async throws {
        let (missing, body, _) = try await request(.get, "/api/nothing/here")
        #expect(missing == .notFound)
        #expect(body.contains(#""code":"RESOURCE_NOT_FOUND""#))
        let (wrongMethod, wrongBody, headers) = try await request(.delete, "/api/payments")
        #expect(wrongMethod == .methodNotAllowed)
        #expect(headers[.allow] == "GET")
        #expect(wrongBody.contains(#""code":"METHOD_NOT_ALLOWED""#))
    }

    @Test("an invalid route table stops start-up, naming each route and problem")
    func invalidTable() throws {
        let schema = try Schema.build(sdl: Self.sdl)
        let error = try #require(throws: ConfigurationError.self) {
            try RouteTable.load(yaml: """
                routes:
                  - method: GET
                    path: /api/a/:id
                    document: "query Q($id: ID!) { payment(id: $id) { nope } }"
                    variables: { id: path }
                  - method: FETCH
                    path: /a
                    auth: root
                    document: "{ stats }"
                  - method: GET
                    path: /api/b
                    document: "query Q($x: Int!) { stats }"
                    variables: { y: query }
                """, schema: schema)
        }
        #expect(error.problems.contains { $0.hasPrefix("route GET /api/a/:id: document: ") && $0.contains("Cannot query field \"nope\"") })
        #expect(error.problems.contains("route FETCH /a: method must be one of DELETE, GET, PATCH, POST, PUT"))
        #expect(error.problems.contains("route FETCH /a: path must start with /api/"))
        #expect(error.problems.contains("route FETCH /a: auth must be one of none, user, admin, not \"root\""))
        #expect(error.problems.contains("route GET /api/b: variable \"y\" is bound but the document does not declare $y"))
        #expect(error.problems.contains("route GET /api/b: variable $x is required but comes from nowhere"))
    }
}
