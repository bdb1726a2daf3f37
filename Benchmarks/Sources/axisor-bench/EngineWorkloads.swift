import GraphQLEngine
import GraphQLLanguage

/// In-memory data and schemas for the engine workloads: every figure is parse + validate +
/// execute of one request, with the resolvers reading Swift values.
enum EngineWorkloads {
    struct Item: ResolvedConvertible {
        var id: String
        var name: String
        var side: String
        var quantity: Int
        var price: Double
        var margin: Int
        var leverage: Double
        var pnl: Double
        var isOpen: Bool
        var createdAt: String
    }

    struct User: ResolvedConvertible {
        var id: String
        var email: String
        var plan: String
    }

    struct Payment: ResolvedConvertible {
        var id: String
        var userId: String
        var amount: Int
        var status: String
        var invoice: Invoice
    }

    struct Invoice: ResolvedConvertible {
        var paymentRequest: String
        var expiresAt: String
    }

    static let sdl = """
        type Query { items(limit: Int): [Item!]! users(limit: Int): [User!]! }
        type Item { id: ID! name: String! side: String! quantity: Int! price: Float! margin: Int! leverage: Float! pnl: Float! isOpen: Boolean! createdAt: String! }
        type User { id: ID! email: String! plan: String! payments(first: Int): [Payment!]! }
        type Payment { id: ID! amount: Int! status: String! invoice: Invoice! }
        type Invoice { paymentRequest: String! expiresAt: String! }
        """

    static func executor() throws -> Executor {
        let items = (0..<100).map {
            Item(id: "pos_\($0)", name: "BTC_USD", side: $0 % 2 == 0 ? "long" : "short", quantity: 1000 + $0, price: 43000.5,
                 margin: 100 * $0, leverage: 10, pnl: Double($0) * 1.5, isOpen: true, createdAt: "2025-01-06T09:00:00Z")
        }
        let users = (0..<100).map { User(id: "user_\($0)", email: "u\($0)@example.com", plan: "advanced") }
        var paymentsByUser: [String: [Payment]] = [:]
        for user in users {
            paymentsByUser[user.id] = (0..<10).map {
                Payment(id: "\(user.id)_pay_\($0)", userId: user.id, amount: 50_000, status: "completed",
                        invoice: Invoice(paymentRequest: "lnbc500u1p\($0)", expiresAt: "2025-01-06T11:40:00Z"))
            }
        }
        let byUser = paymentsByUser
        var graph = ResolverGraph(schema: try Schema.build(sdl: sdl))
        graph.root("Query") { query in
            query.field("items") { _, arguments, _ in Array(items.prefix(arguments["limit"]?.int ?? 100)) }
            query.field("users") { _, arguments, _ in Array(users.prefix(arguments["limit"]?.int ?? 100)) }
        }
        graph.object("Item", Item.self) { item in
            item.field("id", \.id)
            item.field("name", \.name)
            item.field("side", \.side)
            item.field("quantity", \.quantity)
            item.field("price", \.price)
            item.field("margin", \.margin)
            item.field("leverage", \.leverage)
            item.field("pnl", \.pnl)
            item.field("isOpen", \.isOpen)
            item.field("createdAt", \.createdAt)
        }
        graph.object("User", User.self) { user in
            user.field("id", \.id)
            user.field("email", \.email)
            user.field("plan", \.plan)
            user.batchField("payments") { users, _, _ in users.map { byUser[$0.id] ?? [] } }
        }
        graph.object("Payment", Payment.self) { payment in
            payment.field("id", \.id)
            payment.field("amount", \.amount)
            payment.field("status", \.status)
            payment.field("invoice", \.invoice)
        }
        graph.object("Invoice", Invoice.self) { invoice in
            invoice.field("paymentRequest", \.paymentRequest)
            invoice.field("expiresAt", \.expiresAt)
        }
        return Executor(try graph.build())
    }

    static let listQuery = "{ items(limit: 100) { id name side quantity price margin leverage pnl isOpen createdAt } }"
    static let nestedQuery = "{ users(limit: 100) { id email plan payments(first: 10) { id amount status invoice { paymentRequest expiresAt } } } }"

    /// The standard introspection query, every option on.
    static let introspectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL isOneOf
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """

    /// Parse, validate and execute one request, returning the JSON bytes.
    static func run(_ executor: Executor, _ query: String) async throws -> Int {
        let document = try Document.parse(query)
        let errors = Validator.validate(document, against: executor.executable.schema)
        precondition(errors.isEmpty, "benchmark query must be valid: \(errors)")
        let result = await executor.execute(document, context: RequestContext(requestId: "bench"))
        precondition(result.errors.isEmpty, "benchmark query must succeed: \(result.errors)")
        return result.response.jsonBytes.count
    }
}
