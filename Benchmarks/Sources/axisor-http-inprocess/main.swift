import AxisorSchema
import Domain
import Foundation
import GraphQLEngine
import Gateway
import HandWrittenRoutes
import HTTPTypes
import Hummingbird
import Integrations
import Logging
import NIOCore
import NIOPosix
import Resolvers
import Storage

// (f1), (f1o), (g) and (h) in process: each request handed straight to the application's
// responder (Hummingbird's router and everything under it), without sockets, kernel or HTTP
// parsing, timed in alternating rounds of one process: steady to a few percent, where loopback
// runs move by 5 to 10, so it shows what a change to the middleware, the adapter or the engine
// costs. Two passes: the user read from memory (each workload's own code alone), then from
// SQLite as the server reads it. The second shows what the first cannot: the work after each
// query runs with its code and data partly out of the caches, so each workload's own code
// costs more than warm (as it does in the server).
// Two more workloads split (g) − (f1o) in two: what (f1) does once its caller is known, and the
// REST route's document run by the engine for the same caller, both without HTTP. Their
// difference is what the engine costs over hand-written code; the rest of (g) − (f1o) is the
// adapter's own (and the gateway's larger router).
// `make bench` runs it on one core, as the loopback runs' second pass.
//
// axisor-http-inprocess [REQUESTS_PER_ROUND]

enum InProcess {
    struct Workload: Sendable {
        var name: String
        /// One request; false when it did not answer as it should.
        var run: @Sendable () async throws -> Bool
    }

    static func run() async throws {
        // The request lines are logged as the server logs them, to a discarded standard output
        // (as in the loopback runs); the report goes where standard output went.
        let report = FileHandle(fileDescriptor: dup(STDOUT_FILENO), closeOnDealloc: true)
        dup2(open("/dev/null", O_WRONLY), STDOUT_FILENO)
        func say(_ line: String) { report.write(Data((line + "\n").utf8)) }
        GatewayConfiguration.LogFormat.json.bootstrap()
        let requestsPerRound = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 20_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-inprocess-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }

        // A fresh database with the one user every request reads.
        let database = try await SQLiteDatabase.open(path: folder.appendingPathComponent("axisor.sqlite").path)
        try await Migrator(database: database).migrate()
        let authenticator = await JWTAuthenticator(settings: TokenSettings(secret: Array("an-in-process-secret-of-32-bytes-or-more".utf8)))
        let sqlUsers = SQLUserStore(database: database)
        let session = try await AuthService(users: sqlUsers, refreshTokens: SQLRefreshTokenStore(database: database), issuer: authenticator)
            .register(email: "bench@example.com", username: "bench", password: "Correct-horse-9")
        guard let stored = try await sqlUsers.user(id: session.user.id) else { fatalError("the registered user is not stored") }

        // A connected channel, as a request's context reads its peer's address.
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let listener = try await ServerBootstrap(group: group).bind(host: "127.0.0.1", port: 0).get()
        let channel = try await ClientBootstrap(group: group).connect(to: listener.localAddress!).get()

        let passes: [(users: any UserStore, name: String)] = [
            (StoredUser(store: sqlUsers, user: stored), "the user from memory"),
            (sqlUsers, "the user from SQLite"),
        ]
        for (index, pass) in passes.enumerated() {
            let setting = Setting(
                database: database, users: pass.users, authenticator: authenticator, token: session.accessToken, userId: session.user.id, channel: channel,
                folder: folder.appendingPathComponent("pass-\(index)")
            )
            let rounds = try await measure(setting, requestsPerRound: requestsPerRound)
            say("In process, \(pass.name): each request straight to the responder; \(requestsPerRound) requests × 8 rounds (medians)")
            for index in rounds.indices {
                say(workloadNames[index].padding(toLength: 46, withPad: " ", startingAt: 0) + String(format: "%8.2f µs a request", median(rounds[index]) / 1_000))
            }
            say(String(
                format: "the middleware (f1o − f1) %.2f µs, the REST adapter and engine (g − f1o) %.2f µs, /graphql over the REST route (h − g) %.2f µs",
                difference(rounds, 1, 0) / 1_000, difference(rounds, 2, 1) / 1_000, difference(rounds, 3, 2) / 1_000
            ))
            // Within each round, as `difference` takes them: (g − f1o) less the engine's part of it.
            let adapter = median(rounds[0].indices.map { round in
                (rounds[2][round] - rounds[1][round]) - (rounds[5][round] - rounds[4][round])
            })
            say(String(
                format: "of (g − f1o): the engine over hand-written code (g's work − f1's work) %.2f µs, the rest (the adapter, the larger router) %.2f µs",
                difference(rounds, 5, 4) / 1_000, adapter / 1_000
            ))
        }
        try await channel.close()
        try await listener.close()
        try await group.shutdownGracefully()
        try await database.close()
    }

    /// What a pass's service is built on.
    struct Setting {
        var database: SQLiteDatabase
        var users: any UserStore
        var authenticator: JWTAuthenticator
        var token: String
        /// The id of the user the token is for.
        var userId: String
        var channel: any Channel
        var folder: URL
    }

    static let workloadNames = [
        "(f1) hand-written profile route", "(f1o) f1 behind the gateway's middleware",
        "(g) GET /api/user/profile (REST adapter)", "(h) /graphql persisted document",
        "(f1's work) profile read, JSON by hand", "(g's work) the route's document, engine",
    ]

    /// The service as `axisor serve` wires it (rate limits off) and the hand-written routes, on
    /// `setting.users`; the nanoseconds a request of each workload in each of 8 rounds.
    static func measure(_ setting: Setting, requestsPerRound: Int) async throws -> [[Double]] {
        let database = setting.database, users = setting.users
        let traffic = TrafficTally()
        let node = try FakeLightningNode(folder: setting.folder.appendingPathComponent("fake-lightning").path, network: .regtest)
        let services = AxisorResolvers.Services(
            auth: AuthService(users: users, refreshTokens: SQLRefreshTokenStore(database: database), issuer: setting.authenticator), users: users,
            exchangeAccounts: ExchangeAccountService(
                accounts: SQLExchangeAccountStore(database: database), users: users,
                vault: CredentialVault(current: try CredentialKey(bytes: Array(repeating: 7, count: 32)))
            ),
            statistics: AdminStatistics(
                users: users, runs: SQLServiceRunStore(database: database), traffic: traffic, backups: SQLBackupLog(database: database), runningSince: Date()
            ),
            payments: PaymentService(payments: SQLPaymentStore(database: database), users: users, lightning: node),
            lightning: node, simulator: node
        )
        let schema = try AxisorSchema.load(simulations: [.fakeLightning])
        var configuration = GatewayConfiguration()
        configuration.rateLimitsEnabled = false
        let executable = try AxisorResolvers.executable(for: schema, services: services)
        let routes = try RouteTable.load(yaml: try AxisorSchema.routeTable(), schema: schema)
        let gateway = try await buildApplication(
            configuration: configuration, executable: executable, routes: routes, authenticator: setting.authenticator, traffic: traffic
        ).responder
        let profiles = ProfileService(users: users)
        let limits = Router(context: GatewayRequestContext.self)
        HandWrittenRoutes.register(on: limits, authenticator: setting.authenticator, profiles: profiles)
        let handWritten = limits.buildResponder()

        // The route's document, planned and run as the adapter runs it (the gateway's executor
        // writes objects as JSON), and its answer written as JSON.
        guard let route = routes.routes.first(where: { $0.method == "GET" && $0.path == "/api/user/profile" }) else {
            fatalError("the route table has no GET /api/user/profile")
        }
        let executor = GraphQLEngine.Executor(executable, writesObjectsAsJSON: true)
        let plan = executor.plan(route.document)
        let viewer = Viewer(userId: setting.userId, isAdmin: false)

        let profileQuery = """
            query Profile { user: me { id email username firstName lastName plan planExpiresAt createdAt lastLoginAt \
            preferences { notifications theme language timezone } stats { totalTrades totalVolume winRate profitLoss } } }
            """
        let digest = "54c0ba4769c9e65b9a7dace5b7fafccec6c2cccde951f998c3c9330759e50bc5"
        let persisted = #"{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "\#(digest)"}}}"#
        let token = setting.token, channel = setting.channel

        @Sendable func request(_ method: HTTPRequest.Method, _ path: String, body: String = "") -> Request {
            var head = HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1", path: path)
            head.headerFields[.authorization] = "Bearer " + token
            head.headerFields[.userAgent] = "wrk"
            if method == .post { head.headerFields[.contentType] = "application/json" }
            return Request(head: head, body: .init(buffer: ByteBuffer(string: body)))
        }

        /// One request through `responder`, with the logger and context Hummingbird gives each request.
        @Sendable func respond<Responder: HTTPResponder>(_ responder: Responder, _ request: Request) async throws -> Response
        where Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
            var logger = Logger(label: "axisor")
            logger[metadataKey: "hb.request.id"] = .stringConvertible(RequestID())
            return try await withLogger(logger) { logger in
                try await responder.respond(to: request, context: Responder.Context(source: .init(channel: channel, logger: logger)))
            }
        }

        let runs: [@Sendable () async throws -> Bool] = [
            { try await respond(handWritten, request(.get, "/api/user/profile")).status == .ok },
            { try await respond(handWritten, request(.get, "/observed/api/user/profile")).status == .ok },
            { try await respond(gateway, request(.get, "/api/user/profile")).status == .ok },
            { try await respond(gateway, request(.post, "/graphql", body: persisted)).status == .ok },
            { try await HandWrittenRoutes.profileBody(userId: viewer.userId, profiles: profiles) != nil },
            {
                let context = GraphQLEngine.RequestContext(requestId: "req_0000000000000000", viewer: viewer, allowsIntrospection: false)
                let result = await executor.execute(plan, context: context)
                return result.errors.isEmpty && result.withResponseJSON { !$0.isEmpty }
            },
        ]
        let workloads = zip(workloadNames, runs).map { Workload(name: $0, run: $1) }

        // The persisted document, registered as a client would on its first request.
        let registered = try await respond(
            gateway, request(.post, "/graphql", body: #"{"query": "\#(profileQuery)", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "\#(digest)"}}}"#)
        )
        guard registered.status == .ok else { fatalError("the persisted document was not registered: \(registered.status)") }

        for workload in workloads { _ = try await time(workload, requestsPerRound / 4) }
        var rounds: [[Double]] = Array(repeating: [], count: workloads.count)
        for round in 0..<8 {
            // In the opposite order every other round: neither side of a difference always runs first.
            for index in round % 2 == 0 ? Array(workloads.indices) : workloads.indices.reversed() {
                rounds[index].append(try await time(workloads[index], requestsPerRound))
            }
        }
        return rounds
    }

    /// Nanoseconds a request over `count` requests.
    static func time(_ workload: Workload, _ count: Int) async throws -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<count {
            guard try await workload.run() else { fatalError("\(workload.name) did not answer as it should") }
        }
        let elapsed = clock.now - start
        return (Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9) / Double(count)
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// The median over rounds of the difference between two workloads in the same round.
    static func difference(_ rounds: [[Double]], _ more: Int, _ less: Int) -> Double {
        median(zip(rounds[more], rounds[less]).map { $0 - $1 })
    }
}

try await InProcess.run()
