@testable import GraphQLEngine
import GraphQLLanguage
import Synchronization
import Testing

/// A small trading schema with in-memory data, bound the way the product binds its own: key
/// paths for plain fields, a batch resolver for payments, a resolver with arguments.
enum ExecutionFixture {
    static let sdl = """
        type Query {
          user(id: ID!): User
          users(limit: Int = 10, plan: Plan): [User!]!
          search(text: String!): [SearchResult!]!
          node(id: ID!): Node
          failing: String
          failingNonNull: String!
        }
        type Mutation { rename(id: ID!, name: String!): User }
        interface Node { id: ID! }
        enum Plan { free advanced lifetime }
        type User implements Node { id: ID! name: String plan: Plan! payments(status: String): [Payment!]! score: Int broken: String! }
        type Payment implements Node { id: ID! amount: Int! currency: String! }
        union SearchResult = User | Payment
        """

    struct User: ResolvedConvertible {
        var id: String
        var name: String?
        var plan: String
        var score: Int
    }

    struct Payment: ResolvedConvertible {
        var id: String
        var userId: String
        var amount: Int
        var status: String
    }

    /// Counts the calls a store would answer, to prove batching.
    final class Store: Sendable {
        let users: [User]
        let payments: [Payment]
        private let calls = Mutex<[String]>([])
        private let names = Mutex<[String: String]>([:])

        init(userCount: Int = 3, paymentsPerUser: Int = 2) {
            users = (0..<userCount).map { User(id: "u\($0)", name: "user \($0)", plan: $0 == 0 ? "lifetime" : "free", score: $0 * 10) }
            payments = users.flatMap { user in
                (0..<paymentsPerUser).map { Payment(id: "\(user.id)-p\($0)", userId: user.id, amount: 1000 * ($0 + 1), status: $0 == 0 ? "completed" : "pending") }
            }
        }

        func record(_ call: String) { calls.withLock { $0.append(call) } }
        var recordedCalls: [String] { calls.withLock { $0 } }

        func rename(_ id: String, _ name: String) -> User? {
            names.withLock { $0[id] = name }
            return user(id).map { var user = $0; user.name = name; return user }
        }

        func user(_ id: String) -> User? {
            guard var user = users.first(where: { $0.id == id }) else { return nil }
            if let renamed = names.withLock({ $0[id] }) { user.name = renamed }
            return user
        }
    }

    struct NotFound: ClientFacingError {
        var message: String
        var code: String { "RESOURCE_NOT_FOUND" }
    }

    struct Secret: Error {}

    static func executor(_ store: Store) throws -> Executor {
        let schema = try Schema.build(sdl: sdl)
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { query in
            query.field("user") { _, arguments, _ in
                store.record("user")
                guard let id = arguments["id"]?.string, let user = store.user(id) else { throw NotFound(message: "No such user.") }
                return user
            }
            query.field("users") { _, arguments, _ in
                store.record("users")
                let plan = arguments["plan"]?.string
                return Array(store.users.filter { plan == nil || $0.plan == plan }.prefix(arguments["limit"]?.int ?? 10))
            }
            query.field("search") { _, _, _ in
                [SearchHit.user(store.users[0]), .payment(store.payments[0])].map(\.value)
            }
            query.field("node") { _, arguments, _ in
                let id = arguments["id"]?.string ?? ""
                return store.user(id).map(AnyNode.user) ?? store.payments.first { $0.id == id }.map(AnyNode.payment)
            }
            query.field("failing") { _, _, _ -> String? in throw Secret() }
            query.field("failingNonNull") { _, _, _ -> String in throw NotFound(message: "Nothing here.") }
        }
        graph.root("Mutation") { mutation in
            mutation.field("rename") { _, arguments, _ in
                store.record("rename \(arguments["name"]?.string ?? "")")
                return store.rename(arguments["id"]?.string ?? "", arguments["name"]?.string ?? "")
            }
        }
        graph.object("User", User.self) { user in
            user.field("id", \.id)
            user.field("name", \.name)
            user.field("plan", \.plan)
            user.field("score", \.score)
            user.field("broken") { _, _, _ in BrokenString() }
            user.batchField("payments") { users, arguments, _ in
                store.record("payments(\(users.count))")
                let status = arguments["status"]?.string
                return users.map { user in store.payments.filter { $0.userId == user.id && (status == nil || $0.status == status) } }
            }
        }
        graph.object("Payment", Payment.self) { payment in
            payment.field("id", \.id)
            payment.field("amount", \.amount)
            payment.field("currency") { _, _, _ in "sats" }
        }
        return Executor(try graph.build())
    }

    /// A value that claims to be a String but turns out null, as a buggy resolver would.
    struct BrokenString: ResolvedConvertible {
        var resolved: Resolved { .null }
        static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool { true }
    }

    /// A union or interface member as a resolver returns it.
    enum SearchHit {
        case user(User)
        case payment(Payment)
        var value: AnyResult { switch self { case .user(let u): AnyResult(u) case .payment(let p): AnyResult(p) } }
    }

    enum AnyNode: ResolvedConvertible {
        case user(User)
        case payment(Payment)
        var resolved: Resolved {
            switch self {
            case .user(let user): .object(user)
            case .payment(let payment): .object(payment)
            }
        }
        static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool {
            User.canProduce(type, check) && Payment.canProduce(type, check)
        }
    }

    /// Any resolved object, for union-typed lists.
    struct AnyResult: ResolvedConvertible {
        let resolved: Resolved
        init(_ value: some ResolvedConvertible) { resolved = value.resolved }
        static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool { true }
    }

    static func run(
        _ executor: Executor, _ query: String, variables: [String: InputValue] = [:], operationName: String? = nil,
        context: RequestContext = RequestContext(requestId: "test")
    ) async throws -> ExecutionResult {
        let document = try Document.parse(query)
        let problems = Validator.validate(document, against: executor.executable.schema)
        #expect(problems.isEmpty, "fixture query must be valid: \(problems)")
        return await executor.execute(document, operationName: operationName, variables: variables, context: context)
    }
}
