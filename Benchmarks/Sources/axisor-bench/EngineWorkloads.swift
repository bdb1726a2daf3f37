import BenchData
import GraphQLEngine
import GraphQLLanguage

/// Our engine on the shared workloads: the schema from the same SDL, resolvers reading the same
/// values (key paths, and one batch call per level for the users' payments).
enum EngineWorkloads {
    static func executor(_ root: BenchRoot) throws -> Executor {
        var graph = ResolverGraph(schema: try Schema.build(sdl: Workloads.sdl))
        graph.root("Query") { query in
            query.field("me") { _, _, _ in root.me }
            query.field("positions") { _, arguments, _ in Array(root.positions.prefix(arguments["limit"]?.int ?? 100)) }
            query.field("payments") { _, arguments, _ in Array(root.payments.prefix(arguments["limit"]?.int ?? 100)) }
            query.field("users") { _, arguments, _ in Array(root.users.prefix(arguments["limit"]?.int ?? 100)) }
        }
        graph.object("Profile", Profile.self) { profile in
            profile.field("id", \.id)
            profile.field("email", \.email)
            profile.field("username", \.username)
            profile.field("plan", \.plan)
            profile.field("planExpiresAt", \.planExpiresAt)
            profile.field("createdAt", \.createdAt)
        }
        graph.object("Position", Position.self) { position in
            position.field("id", \.id)
            position.field("side", \.side)
            position.field("quantity", \.quantity)
            position.field("price", \.price)
            position.field("margin", \.margin)
            position.field("leverage", \.leverage)
            position.field("pnl", \.pnl)
            position.field("liquidation", \.liquidation)
            position.field("takeProfit", \.takeProfit)
            position.field("stopLoss", \.stopLoss)
            position.field("isOpen", \.isOpen)
            position.field("createdAt", \.createdAt)
        }
        graph.object("Payment", Payment.self) { payment in
            payment.field("id", \.id)
            payment.field("amount", \.amount)
            payment.field("currency", \.currency)
            payment.field("status", \.status)
            payment.field("createdAt", \.createdAt)
            payment.field("invoice", \.invoice)
        }
        graph.object("Invoice", Invoice.self) { invoice in
            invoice.field("paymentRequest", \.paymentRequest)
            invoice.field("expiresAt", \.expiresAt)
        }
        graph.object("AdminUser", AdminUser.self) { user in
            user.field("id", \.id)
            user.field("email", \.email)
            user.field("plan", \.plan)
            user.batchField("payments") { users, arguments, _ in users.map { Array($0.payments.prefix(arguments["first"]?.int ?? 10)) } }
        }
        // As the gateway runs it: objects read at once written as JSON where they are read.
        return Executor(try graph.build(), writesObjectsAsJSON: true)
    }

    /// Parse, validate and plan once, as the gateway's document cache does.
    static func prepare(_ executor: Executor, _ query: String) throws -> ExecutionPlan {
        let document = try Document.parse(query)
        let errors = Validator.validate(document, against: executor.executable.schema)
        precondition(errors.isEmpty, "benchmark query must be valid: \(errors)")
        return executor.plan(document)
    }

    /// Execute a prepared document: the JSON bytes.
    static func execute(_ executor: Executor, _ plan: ExecutionPlan) async -> [UInt8] {
        let result = await executor.execute(plan, context: RequestContext(requestId: "bench"))
        precondition(result.errors.isEmpty, "benchmark query must succeed: \(result.errors)")
        return result.response.jsonBytes
    }

    /// Parse, validate and execute one request: the JSON bytes.
    static func run(_ executor: Executor, _ query: String) async throws -> [UInt8] {
        let document = try Document.parse(query)
        let errors = Validator.validate(document, against: executor.executable.schema)
        precondition(errors.isEmpty, "benchmark query must be valid: \(errors)")
        let result = await executor.execute(document, context: RequestContext(requestId: "bench"))
        precondition(result.errors.isEmpty, "benchmark query must succeed: \(result.errors)")
        return result.response.jsonBytes
    }
}

extension Profile: ResolvedConvertible {}
extension Position: ResolvedConvertible {}
extension Payment: ResolvedConvertible {}
extension Invoice: ResolvedConvertible {}
extension AdminUser: ResolvedConvertible {}
