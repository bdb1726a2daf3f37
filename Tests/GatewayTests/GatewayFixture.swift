import Gateway
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// A small executable schema served through the real gateway wiring.
enum GatewayFixture {
    struct Account: ResolvedConvertible {
        var id: String
        var balance: Int
    }

    static func executable() throws -> ExecutableSchema {
        let schema = try Schema.build(sdl: """
            type Query { hello(name: String = "world"): String! account(id: ID!): Account accounts: [Account!]! broken: String }
            type Mutation { deposit(id: ID!, amount: Int!): Account }
            type Account { id: ID! balance: Int! }
            """)
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { query in
            query.field("hello") { _, arguments, _ in "Hello, \(arguments["name"]?.string ?? "")!" }
            query.field("account") { _, arguments, _ in Account(id: arguments["id"]?.string ?? "", balance: 100) }
            query.field("accounts") { _, _, _ in [Account(id: "a", balance: 1), Account(id: "b", balance: 2)] }
            query.field("broken") { _, _, _ -> String? in throw LedgerUnreachable() }
        }
        graph.root("Mutation") { mutation in
            mutation.field("deposit") { _, arguments, _ in Account(id: arguments["id"]?.string ?? "", balance: 100 + (arguments["amount"]?.int ?? 0)) }
        }
        graph.object("Account", Account.self) { account in
            account.field("id", \.id)
            account.field("balance", \.balance)
        }
        return try graph.build()
    }

    /// What a resolver may fail with that clients must not see.
    struct LedgerUnreachable: Error {}

    static func app(
        logger: Logger = Logger(label: "test"), _ configure: (inout GatewayConfiguration) -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        var configuration = GatewayConfiguration()
        configure(&configuration)
        return buildApplication(configuration: configuration, executable: try executable(), logger: logger)
    }
}
