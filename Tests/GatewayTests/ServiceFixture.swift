import AxisorSchema
import Domain
import Foundation
import Gateway
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Integrations
import Logging
import NIOCore
import Resolvers
import Storage

/// The service as `axisor serve` wires it — the contract of Schema/, the real resolver graph,
/// the route table, JWTs and the SQL stores — on a fresh SQLite file per test.
enum ServiceFixture {
    static let secret = Array("a-test-secret-of-at-least-32-bytes!!".utf8)
    static let vault = CredentialVault(current: try! CredentialKey(bytes: Array(repeating: 7, count: 32)))

    /// Runs `body` against a fresh service; `authenticator` signs tokens the service accepts.
    static func test(
        _ configure: (inout GatewayConfiguration) -> Void = { _ in },
        _ body: @escaping @Sendable (any TestClientProtocol, JWTAuthenticator) async throws -> Void
    ) async throws {
        try await run(configure) { service in try await body(service.client, service.authenticator) }
    }

    /// Runs `body` against a fresh service with everything a test may look behind: the
    /// database, the vault, and `logger` receiving the service's log lines.
    static func run(
        _ configure: (inout GatewayConfiguration) -> Void = { _ in }, logger: Logger = Logger(label: "axisor-test"),
        lightning: (any LightningBackend)? = nil, _ body: @escaping @Sendable (RunningService) async throws -> Void
    ) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-service-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await SQLiteDatabase.open(path: folder.appendingPathComponent("axisor.sqlite").path)
        try await Migrator(database: database).migrate()
        var configuration = GatewayConfiguration()
        configure(&configuration)
        let authenticator = await JWTAuthenticator(settings: TokenSettings(secret: secret))
        let users = SQLUserStore(database: database)
        let traffic = TrafficTally()
        let node = try FakeLightningNode(folder: folder.appendingPathComponent("fake-lightning").path, network: .regtest)
        let auth = AuthService(
            users: users, refreshTokens: SQLRefreshTokenStore(database: database), issuer: authenticator, hasher: PasswordHasher(rounds: 1_000)
        )
        let services = AxisorResolvers.Services(
            auth: auth, users: users,
            exchangeAccounts: ExchangeAccountService(accounts: SQLExchangeAccountStore(database: database), users: users, vault: vault),
            statistics: AdminStatistics(
                users: users, runs: SQLServiceRunStore(database: database), traffic: traffic, backups: SQLBackupLog(database: database),
                runningSince: Date()
            ),
            payments: PaymentService(payments: SQLPaymentStore(database: database), users: users, lightning: lightning ?? node),
            lightning: lightning ?? node, simulator: node
        )
        let schema = try AxisorSchema.load(simulations: [.fakeLightning])
        let app = buildApplication(
            configuration: configuration, executable: try AxisorResolvers.executable(for: schema, services: services),
            routes: try RouteTable.load(yaml: try AxisorSchema.routeTable(), schema: schema), authenticator: authenticator,
            traffic: traffic, logger: logger
        )
        do {
            try await app.test(.router) { client in
                try await body(RunningService(client: client, authenticator: authenticator, database: database, folder: folder, node: node))
            }
        } catch {
            try? await database.close()
            throw error
        }
        try await database.close()
    }
}

/// A service under test and what is behind it.
struct RunningService {
    let client: any TestClientProtocol
    let authenticator: JWTAuthenticator
    let database: any SQLDatabase
    /// The test's own folder (the database file lives here).
    let folder: URL
    /// The embedded Lightning node the service is paid through.
    let node: FakeLightningNode

    /// An answer as JSON, with its raw text.
    struct Reply {
        var status: HTTPResponse.Status
        var json: [String: Any]
        var text: String

        var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
    }

    func call(_ method: HTTPRequest.Method, _ uri: String, json: String? = nil, token: String? = nil) async throws -> Reply {
        var headers = HTTPFields()
        if json != nil { headers[.contentType] = "application/json" }
        if let token { headers[.authorization] = "Bearer " + token }
        return try await client.execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            let text = String(buffer: response.body)
            return Reply(status: response.status, json: (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:], text: text)
        }
    }

    /// A GraphQL request; `variables` is a JSON object's text.
    func graphQL(_ query: String, variables: String = "{}", token: String? = nil) async throws -> Reply {
        let body = try JSONSerialization.data(withJSONObject: ["query": query, "variables": try JSONSerialization.jsonObject(with: Data(variables.utf8))])
        return try await call(.post, "/graphql", json: String(decoding: body, as: UTF8.self), token: token)
    }

    /// Registers a trader and returns their session (`accessToken`, `refreshToken`, `user`).
    func register(_ name: String, password: String = "Correct-horse-9") async throws -> [String: Any] {
        let reply = try await call(
            .post, "/api/auth/register", json: #"{"email":"\#(name)@example.com","username":"\#(name)","password":"\#(password)"}"#
        )
        guard reply.status == .created else { throw FixtureError(message: "register \(name): \(reply.text)") }
        return reply.json
    }

    /// A trader's access token.
    func trader(_ name: String) async throws -> String {
        try await register(name)["accessToken"] as? String ?? ""
    }

    /// An admin's access token (a real user with the admin role).
    func admin(_ name: String = "admin") async throws -> String {
        let session = try await register(name)
        let id = (session["user"] as? [String: Any])?["id"] as? String ?? ""
        try await SQLUserStore(database: database).grantAdmin(userId: id)
        return try await authenticator.issueAccessToken(userId: id, isAdmin: true)
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
