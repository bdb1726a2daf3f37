import AxisorSchema
import Domain
import Foundation
import GraphQLEngine
import GraphQLLanguage
import Integrations
import Resolvers
import Storage
import Synchronization
import Testing

/// Admin queries over users and their accounts cost a fixed number of SQL statements however
/// many users a page holds: each level is one batch.
@Suite("SQL statements per admin query")
struct StatementCountTests {
    /// A database that counts the statements it runs.
    final class CountingDatabase: SQLDatabase {
        let inner: any SQLDatabase
        let statements = Mutex<[String]>([])

        init(_ inner: any SQLDatabase) {
            self.inner = inner
        }

        var dialect: SQLDialect { inner.dialect }

        func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
            statements.withLock { $0.append(sql) }
            return try await inner.query(sql, binds)
        }

        func transaction<Result: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> Result) async throws -> Result {
            try await inner.transaction { executor in try await body(CountingExecutor(inner: executor, statements: self)) }
        }

        func close() async throws {
            try await inner.close()
        }

        struct CountingExecutor: SQLExecutor {
            let inner: any SQLExecutor
            let statements: CountingDatabase

            func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
                statements.statements.withLock { $0.append(sql) }
                return try await inner.query(sql, binds)
            }
        }
    }

    /// The statements `adminUsers(limit: 100) { users { exchangeAccounts { id } } }` runs over
    /// `userCount` users with two accounts each.
    func statements(userCount: Int) async throws -> (count: Int, accountIds: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-count-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sqlite = try await SQLiteDatabase.open(path: folder.appendingPathComponent("axisor.sqlite").path)
        try await Migrator(database: sqlite).migrate()
        let database = CountingDatabase(sqlite)
        let users = SQLUserStore(database: database)
        let accounts = ExchangeAccountService(accounts: SQLExchangeAccountStore(database: database), users: users, vault: ServiceFixture.vault)
        let credentials = ExchangeCredentials(apiKey: "k", apiSecret: "s", passphrase: "p")
        for index in 0..<userCount {
            try await users.create(
                User(id: "u\(index)", email: "u\(index)@example.com", username: "u\(index)", plan: .pro, createdAt: Date()), passwordHash: "x"
            )
            for name in ["A", "B"] {
                _ = try await accounts.create(userId: "u\(index)", exchange: .lnmarkets, name: name, credentials: credentials, isTestnet: true)
            }
        }
        let node = try FakeLightningNode(folder: folder.appendingPathComponent("fake-lightning").path, network: .regtest)
        let services = AxisorResolvers.Services(
            auth: AuthService(users: users, refreshTokens: SQLRefreshTokenStore(database: database), issuer: NoTokenIssuer()),
            users: users, exchangeAccounts: accounts,
            statistics: AdminStatistics(
                users: users, runs: SQLServiceRunStore(database: database), traffic: FixedTraffic(), backups: SQLBackupLog(database: database),
                runningSince: nil
            ),
            payments: PaymentService(payments: SQLPaymentStore(database: database), users: users, lightning: node),
            lightning: node, simulator: nil
        )
        let executor = Executor(try AxisorResolvers.executable(for: try AxisorSchema.load(), services: services))
        database.statements.withLock { $0.removeAll() }
        let result = await executor.execute(
            try Document.parse("{ adminUsers(limit: 100) { users { exchangeAccounts { id } } } }"),
            context: RequestContext(requestId: "count", viewer: Viewer(userId: "admin", isAdmin: true))
        )
        try await sqlite.close()
        #expect(result.errors.isEmpty)
        let ids = result.response.json.components(separatedBy: "\"id\"").count - 1
        return (database.statements.withLock { $0.count }, ids)
    }

    @Test("100 users with their accounts: three statements (count, page, accounts), as for 5 users")
    func bounded() async throws {
        let hundred = try await statements(userCount: 100)
        #expect(hundred.accountIds == 200)
        #expect(hundred.count == 3)
        let five = try await statements(userCount: 5)
        #expect(five.accountIds == 10)
        #expect(five.count == hundred.count)
    }

    struct FixedTraffic: TrafficSource {
        func statistics() -> TrafficStatistics { TrafficStatistics() }
    }

    /// This query signs no one in, so it never issues a token.
    struct NoTokenIssuer: AccessTokenIssuer {
        func accessToken(for user: User) async throws -> (token: String, expiresIn: Int) { ("", 0) }
    }
}
