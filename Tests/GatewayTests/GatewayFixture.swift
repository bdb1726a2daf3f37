import Gateway
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
import Testing

/// A small executable schema served through the real gateway wiring.
enum GatewayFixture {
    struct Account: ResolvedConvertible {
        var id: String
        var balance: Int
    }

    static func executable() throws -> ExecutableSchema {
        let schema = try Schema.build(sdl: """
            type Query { hello(name: String = "world"): String! account(id: ID!): Account accounts: [Account!]! }
            type Mutation { deposit(id: ID!, amount: Int!): Account }
            type Account { id: ID! balance: Int! }
            """)
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { query in
            query.field("hello") { _, arguments, _ in "Hello, \(arguments["name"]?.string ?? "")!" }
            query.field("account") { _, arguments, _ in Account(id: arguments["id"]?.string ?? "", balance: 100) }
            query.field("accounts") { _, _, _ in [Account(id: "a", balance: 1), Account(id: "b", balance: 2)] }
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

    static func app(_ configure: (inout GatewayConfiguration) -> Void = { _ in }) throws -> some ApplicationProtocol {
        var configuration = GatewayConfiguration()
        configure(&configuration)
        return buildApplication(configuration: configuration, executable: try executable())
    }
}
