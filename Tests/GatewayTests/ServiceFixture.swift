import AxisorSchema
import Domain
import Foundation
import Gateway
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-service-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await SQLiteDatabase.open(path: folder.appendingPathComponent("axisor.sqlite").path)
        try await Migrator(database: database).migrate()
        var configuration = GatewayConfiguration()
        configure(&configuration)
        let authenticator = await JWTAuthenticator(settings: TokenSettings(secret: secret))
        let users = SQLUserStore(database: database)
        let traffic = TrafficTally()
        let auth = AuthService(
            users: users, refreshTokens: SQLRefreshTokenStore(database: database), issuer: authenticator, hasher: PasswordHasher(rounds: 1_000)
        )
        let services = AxisorResolvers.Services(
            auth: auth, users: users,
            exchangeAccounts: ExchangeAccountService(accounts: SQLExchangeAccountStore(database: database), users: users, vault: vault),
            statistics: AdminStatistics(
                users: users, runs: SQLServiceRunStore(database: database), traffic: traffic, backups: SQLBackupLog(database: database),
                runningSince: Date()
            )
        )
        let schema = try AxisorSchema.load()
        let app = buildApplication(
            configuration: configuration, executable: try AxisorResolvers.executable(for: schema, services: services),
            routes: try RouteTable.load(yaml: try AxisorSchema.routeTable(), schema: schema), authenticator: authenticator,
            traffic: traffic
        )
        do {
            try await app.test(.router) { client in try await body(client, authenticator) }
        } catch {
            try? await database.close()
            throw error
        }
        try await database.close()
    }
}
