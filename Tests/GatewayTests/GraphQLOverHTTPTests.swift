import Foundation
@testable import Gateway
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// /graphql against the GraphQL-over-HTTP spec: media types, methods, status codes, batches.
@Suite("GraphQL over HTTP")
struct GraphQLOverHTTPTests {
    private func post(
        _ body: String, accept: String? = nil, contentType: String? = "application/json",
        configure: (inout GatewayConfiguration) -> Void = { _ in },
        _ check: @escaping @Sendable (TestResponse) throws -> Void
    ) async throws {
        let app = try GatewayFixture.app(configure)
        try await app.test(.router) { client in
            var headers = HTTPFields()
            if let accept { headers[.accept] = accept }
            if let contentType { headers[.contentType] = contentType }
            try await client.execute(uri: "/graphql", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                try check(response)
            }
        }
    }

    private func get(_ query: String, accept: String? = nil, _ check: @escaping @Sendable (TestResponse) throws -> Void) async throws {
        let app = try GatewayFixture.app()
        try await app.test(.router) { client in
            var headers = HTTPFields()
            if let accept { headers[.accept] = accept }
            try await client.execute(uri: "/graphql?" + query, method: .get, headers: headers) { response in try check(response) }
        }
    }

    private static func body(_ response: TestResponse) -> String { String(buffer: response.body) }

    @Test("a POSTed query answers 200 with application/json by default")
    func postQuery() async throws {
        try await post(#"{"query":"{ hello }"}"#) { response in
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(Self.body(response) == #"{"data":{"hello":"Hello, world!"}}"#)
        }
    }

    @Test("variables and operationName choose what runs")
    func variablesAndOperationName() async throws {
        try await post(#"{"query":"query A { hello } query B($n: String) { hello(name: $n) }","operationName":"B","variables":{"n":"Ada"}}"#) { response in
            #expect(Self.body(response) == #"{"data":{"hello":"Hello, Ada!"}}"#)
        }
    }

    @Test("application/graphql-response+json when asked; request errors are then 400")
    func graphQLResponseMediaType() async throws {
        try await post(#"{"query":"{ hello }"}"#, accept: "application/graphql-response+json") { response in
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/graphql-response+json; charset=utf-8")
        }
        try await post(#"{"query":"{ nope }"}"#, accept: "application/graphql-response+json") { response in
            #expect(response.status == .badRequest)
            #expect(Self.body(response).contains("Cannot query field \\\"nope\\\" on type \\\"Query\\\"."))
            #expect(!Self.body(response).contains("\"data\""))
        }
        try await post(#"{"query":"{ hello "}"#, accept: "application/graphql-response+json") { response in
            #expect(response.status == .badRequest)
            #expect(Self.body(response).contains("GRAPHQL_PARSE_FAILED"))
        }
    }

    @Test("with application/json, validation errors of a well-formed request are 200")
    func jsonValidationErrors() async throws {
        try await post(#"{"query":"{ nope }"}"#, accept: "application/json") { response in
            #expect(response.status == .ok)
            #expect(Self.body(response).hasPrefix(#"{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".""#))
        }
    }

    @Test("Accept: the preferred acceptable type, wildcards, and 406 for none")
    func acceptNegotiation() async throws {
        try await post(#"{"query":"{ hello }"}"#, accept: "application/json;q=0.5, application/graphql-response+json") { response in
            #expect(response.headers[.contentType] == "application/graphql-response+json; charset=utf-8")
        }
        try await post(#"{"query":"{ hello }"}"#, accept: "*/*") { response in
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        }
        try await post(#"{"query":"{ hello }"}"#, accept: "text/html") { response in
            #expect(response.status == .notAcceptable)
        }
    }

    @Test("bodies other than JSON in UTF-8 are 415")
    func unsupportedMediaType() async throws {
        try await post("{ hello }", contentType: "application/graphql") { response in #expect(response.status == .unsupportedMediaType) }
        try await post(#"{"query":"{ hello }"}"#, contentType: nil) { response in #expect(response.status == .unsupportedMediaType) }
        try await post(#"{"query":"{ hello }"}"#, contentType: "application/json; charset=latin1") { response in #expect(response.status == .unsupportedMediaType) }
        try await post(#"{"query":"{ hello }"}"#, contentType: "application/json; charset=utf-8") { response in #expect(response.status == .ok) }
    }

    @Test("malformed requests are 400 for graphql-response+json, 200 with errors for application/json", arguments: [
        "not json", #"{"query": 1}"#, #"{"query":"{ hello }","variables":[]}"#, #"{"query":"{ hello }","operationName":3}"#,
        #"{"query":"{ hello }","extensions":"x"}"#, #"{}"#, #""just a string""#, "[]",
    ])
    func malformed(body: String) async throws {
        for (accept, status) in [("application/json", HTTPResponse.Status.ok), ("application/graphql-response+json", .badRequest)] {
            try await post(body, accept: accept) { response in
                #expect(response.status == status)
                #expect(Self.body(response).hasPrefix(#"{"errors":[{"message":"#))
                #expect(!Self.body(response).contains(#""data""#))
            }
        }
    }

    @Test("of several malformed members, the first of query, operationName, documentId, variables, extensions is named")
    func firstMalformedMemberNamed() async throws {
        let body = #"{"extensions":"x","variables":[],"operationName":3,"documentId":4,"query":1}"#
        for _ in 0..<3 {
            try await post(body) { response in
                #expect(Self.body(response).contains(#"The \"query\" property must be a string."#))
            }
        }
        try await post(#"{"extensions":"x","variables":[],"query":"{ hello }"}"#) { response in
            #expect(Self.body(response).contains(#"The \"variables\" property must be a map."#))
        }
    }

    @Test("a body above the limit is 413")
    func bodyLimit() async throws {
        let query = #"{"query":"{ hello }", "padding":""# + String(repeating: "x", count: 5_000) + "\"}"
        try await post(query, configure: { $0.maxBodyBytes = 1_024 }) { response in #expect(response.status == .contentTooLarge) }
    }

    @Test("GET runs queries, refuses mutations with 405 and Allow: POST")
    func getRequests() async throws {
        try await get("query=%7B%20hello%20%7D") { response in
            #expect(response.status == .ok)
            #expect(Self.body(response) == #"{"data":{"hello":"Hello, world!"}}"#)
        }
        try await get("query=query%20Q(%24n%3A%20String)%20%7B%20hello(name%3A%20%24n)%20%7D&variables=%7B%22n%22%3A%22Bo%22%7D") { response in
            #expect(Self.body(response) == #"{"data":{"hello":"Hello, Bo!"}}"#)
        }
        try await get("query=mutation%20%7B%20deposit(id%3A%20%22a%22%2C%20amount%3A%201)%20%7B%20balance%20%7D%20%7D") { response in
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "POST")
        }
        try await get("query=%7B%20hello%20%7D&variables=notjson") { response in
            #expect(response.status == .ok)
            #expect(Self.body(response).contains(#"The \"variables\" parameter must be JSON"#))
        }
        try await get("query=%7B%20hello%20%7D&variables=notjson", accept: "application/graphql-response+json") { response in
            #expect(response.status == .badRequest)
        }
    }

    @Test("other methods are 405 naming GET and POST")
    func otherMethods() async throws {
        let app = try GatewayFixture.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/graphql", method: .put) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, POST")
            }
        }
    }

    @Test("a batch answers each request in order; a bad one does not spoil the others; size is capped")
    func batches() async throws {
        try await post(#"[{"query":"{ hello }"},{"query":"{ nope }"},{"query":3},{"query":"{ accounts { id } }"}]"#) { response in
            #expect(response.status == .ok)
            let body = Self.body(response)
            #expect(body.hasPrefix(#"[{"data":{"hello":"Hello, world!"}},{"errors":[{"message":"Cannot query field"#))
            #expect(body.hasSuffix(#"{"data":{"accounts":[{"id":"a"},{"id":"b"}]}}]"#))
            #expect(body.contains(#"The \"query\" property must be a string."#))
        }
        let eleven = "[" + Array(repeating: #"{"query":"{ hello }"}"#, count: 11).joined(separator: ",") + "]"
        try await post(eleven, accept: "application/graphql-response+json") { response in
            #expect(response.status == .badRequest)
            #expect(Self.body(response).contains("at most 10 requests, not 11"))
        }
    }

    @Test("automatic persisted queries: unknown hash, registration, hash only, mismatch, documentId")
    func persistedQueries() async throws {
        let query = "{ hello }"
        // The hash of a persisted query is the SHA-256 of its text, in lower-case hex.
        #expect(GraphQLService.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let hash = GraphQLService.sha256(query)
        let app = try GatewayFixture.app()
        try await app.test(.router) { client in
            func send(_ body: String) async throws -> String {
                try await client.execute(uri: "/graphql", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body)) {
                    String(buffer: $0.body)
                }
            }
            let unknown = try await send(#"{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"\#(hash)"}}}"#)
            #expect(unknown.contains("PERSISTED_QUERY_NOT_FOUND"))
            let registered = try await send(#"{"query":"\#(query)","extensions":{"persistedQuery":{"version":1,"sha256Hash":"\#(hash)"}}}"#)
            #expect(registered == #"{"data":{"hello":"Hello, world!"}}"#)
            let byHash = try await send(#"{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"\#(hash)"}}}"#)
            #expect(byHash == #"{"data":{"hello":"Hello, world!"}}"#)
            // Hex digits in upper case name the same document.
            let byUpperCaseHash = try await send(#"{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"\#(hash.uppercased())"}}}"#)
            #expect(byUpperCaseHash == #"{"data":{"hello":"Hello, world!"}}"#)
            let byId = try await send(#"{"documentId":"sha256:\#(hash)"}"#)
            #expect(byId == #"{"data":{"hello":"Hello, world!"}}"#)
            let mismatch = try await send(#"{"query":"{ accounts { id } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"\#(hash)"}}}"#)
            #expect(mismatch.contains("PERSISTED_QUERY_HASH_MISMATCH"))
        }
    }

    @Test("every response carries a request id; a caller's plain id is kept")
    func requestIds() async throws {
        let app = try GatewayFixture.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                let id = try #require(response.headers[HTTPField.Name("X-Request-Id")!])
                #expect(id.hasPrefix("req_") && id.count == 20)
            }
            try await client.execute(uri: "/health", method: .get, headers: [HTTPField.Name("X-Request-Id")!: "client-42"]) { response in
                #expect(response.headers[HTTPField.Name("X-Request-Id")!] == "client-42")
            }
            try await client.execute(uri: "/health", method: .get, headers: [HTTPField.Name("X-Request-Id")!: "bad id with spaces"]) { response in
                #expect(response.headers[HTTPField.Name("X-Request-Id")!]?.hasPrefix("req_") == true)
            }
        }
    }

    @Test("made request ids are req_ and 16 hex digits, and never repeat within a process")
    func madeRequestIds() {
        let ids = (0..<10_000).map { _ in RequestId.makeId() }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.wholeMatch(of: /req_[0-9a-f]{16}/) != nil })
        // Consecutive numbers scramble to unrelated ids.
        #expect(RequestId.scrambled(1) != RequestId.scrambled(0) &+ 1)
    }

    @Test("/health answers; /ready reflects its checks")
    func health() async throws {
        let app = try GatewayFixture.app()
        try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == #"{"status":"ok"}"#)
            }
            try await client.execute(uri: "/ready", method: .get) { response in #expect(response.status == .ok) }
        }
        let notReady = buildApplication(configuration: GatewayConfiguration(), executable: try GatewayFixture.executable(), readinessChecks: [{ false }])
        try await notReady.test(.router) { client in
            try await client.execute(uri: "/ready", method: .get) { response in #expect(response.status == .serviceUnavailable) }
        }
    }

    @Test("introspection follows the configuration")
    func introspectionSetting() async throws {
        try await post(#"{"query":"{ __schema { queryType { name } } }"}"#, configure: { $0.introspection = false }) { response in
            #expect(String(buffer: response.body).contains("INTROSPECTION_DISABLED"))
        }
        try await post(#"{"query":"{ __schema { queryType { name } } }"}"#) { response in
            #expect(String(buffer: response.body) == #"{"data":{"__schema":{"queryType":{"name":"Query"}}}}"#)
        }
    }
}

/// The operations of one batch share one request context, and so one loader cache.
@Suite("Media types")
struct MediaTypeTests {
    @Test("Content-Type: JSON in UTF-8 only, parameters and spaces read as written")
    func jsonBodies() {
        #expect(GraphQLMediaType.isJSONBody("application/json"))
        #expect(GraphQLMediaType.isJSONBody("Application/JSON ; charset=utf-8"))
        #expect(GraphQLMediaType.isJSONBody("application/json;charset = utf-8 "))
        #expect(!GraphQLMediaType.isJSONBody("application/json; charset=latin1"))
        #expect(!GraphQLMediaType.isJSONBody("text/plain"))
        #expect(!GraphQLMediaType.isJSONBody(nil))
    }

    @Test("spaces are trimmed at both ends only, whatever the characters between")
    func trimming() {
        #expect("  a b  ".trimmingSpaces() == "a b")
        #expect("   ".trimmingSpaces() == "")
        #expect("".trimmingSpaces() == "")
        #expect(" é€ ".trimmingSpaces() == "é€")
        #expect("x".trimmingSpaces() == "x")
    }
}

@Suite("GraphQL over HTTP: batch context")
struct BatchContextTests {
    @Test("a value loaded by one operation of a batch is not loaded again by the next")
    func sharedLoaderCache() async throws {
        let loads = LoadCounter()
        let schema = try Schema.build(sdl: "type Query { rate: Int! }")
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { query in
            query.field("rate") { _, _, context in
                try await context.loaders.value(for: "rate") { await loads.increment() }
            }
        }
        let app = buildApplication(configuration: GatewayConfiguration(), executable: try graph.build())
        try await app.test(.router) { client in
            let body = #"[{"query":"{ rate }"},{"query":"{ rate }"},{"query":"{ again: rate }"}]"#
            try await client.execute(uri: "/graphql", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body)) { response in
                #expect(String(buffer: response.body) == #"[{"data":{"rate":1}},{"data":{"rate":1}},{"data":{"again":1}}]"#)
            }
        }
        #expect(await loads.count == 1)
    }

    actor LoadCounter {
        private(set) var count = 0
        func increment() -> Int {
            count += 1
            return count
        }
    }
}
