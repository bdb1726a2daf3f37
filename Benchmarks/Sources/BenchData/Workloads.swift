/// The schema and the documents of the engine workloads, the same text for every engine.
public enum Workloads {
    public static let sdl = """
        type Query {
          me: Profile!
          positions(limit: Int): [Position!]!
          payments(limit: Int): [Payment!]!
          users(limit: Int): [AdminUser!]!
        }
        type Profile { id: ID! email: String! username: String! plan: String! planExpiresAt: String createdAt: String! }
        type Position {
          id: ID! side: String! quantity: Int! price: Float! margin: Int! leverage: Float! pnl: Float!
          liquidation: Float! takeProfit: Float stopLoss: Float isOpen: Boolean! createdAt: String!
        }
        type Payment { id: ID! amount: Int! currency: String! status: String! createdAt: String! invoice: Invoice! }
        type Invoice { paymentRequest: String! expiresAt: String! }
        type AdminUser { id: ID! email: String! plan: String! payments(first: Int): [Payment!]! }
        """

    /// (c) the dashboard: three operations of one batch.
    public static let dashboard = [
        "query Profile { me { id email username plan planExpiresAt createdAt } }",
        "query Positions { positions(limit: 50) { id side quantity price margin leverage pnl liquidation takeProfit stopLoss isOpen createdAt } }",
        "query Payments { payments(limit: 20) { id amount currency status createdAt invoice { paymentRequest } } }",
    ]

    /// (d) the admin page: 100 users × 10 payments with nested invoices.
    public static let admin = "query Admin { users(limit: 100) { id email plan payments(first: 10) { id amount status invoice { paymentRequest expiresAt } } } }"

    /// (e) a long query with fragments (about 200 lines), validated only.
    public static let longQuery: String = {
        var lines = ["query Long($limit: Int = 10) {"]
        for index in 0..<40 {
            lines += ["  p\(index): positions(limit: $limit) {", "    ...PositionFields", "    ... on Position { pnl isOpen }", "  }"]
        }
        lines += ["  me { ...ProfileFields }", "  users(limit: $limit) {", "    id email", "    payments(first: 3) { ...PaymentFields }", "  }", "}"]
        lines += ["fragment PositionFields on Position {", "  id side quantity price margin", "  leverage liquidation takeProfit stopLoss createdAt", "}"]
        lines += ["fragment ProfileFields on Profile { id email username plan planExpiresAt createdAt }"]
        lines += ["fragment PaymentFields on Payment {", "  id amount currency status createdAt", "  invoice { paymentRequest expiresAt }", "}"]
        return lines.joined(separator: "\n")
    }()

    /// (b) the standard introspection query: graphql-js's `getIntrospectionQuery()` with its
    /// default options (GraphQLSwift 4.3.0 fails the every-option variant: it answers null for
    /// `__InputValue.isDeprecated`).
    public static let introspection = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """
}
