import Domain
import Foundation
import Storage
import Testing

/// Exchange accounts and their sealed credentials on both stores.
@Suite("Exchange account store")
struct ExchangeAccountStoreTests {
    static let vault = CredentialVault(current: try! CredentialKey(bytes: Array(repeating: 42, count: 32)))
    static let credentials = ExchangeCredentials(apiKey: "key-1", apiSecret: "secret-1", passphrase: "pass-1")

    /// A migrated database with users `alice` (plan `plan`) and `bob`, and the service over it.
    static func withService(
        _ backend: Backend, plan: Plan = .basic, _ body: @escaping @Sendable (ExchangeAccountService, any SQLDatabase) async throws -> Void
    ) async throws {
        try await backend.withDatabase { database in
            try await Migrator(database: database).migrate()
            let users = SQLUserStore(database: database)
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            try await users.create(User(id: "alice", email: "alice@example.com", username: "alice", plan: plan, createdAt: now), passwordHash: "x")
            try await users.create(User(id: "bob", email: "bob@example.com", username: "bob", createdAt: now), passwordHash: "x")
            try await body(ExchangeAccountService(accounts: SQLExchangeAccountStore(database: database), users: users, vault: vault), database)
        }
    }

    @Test("create, list, rename, switch, re-key and delete; the credentials come back only through the vault", arguments: Backend.available)
    func lifecycle(backend: Backend) async throws {
        try await Self.withService(backend) { service, database in
            let main = try await service.create(userId: "alice", exchange: .lnmarkets, name: "Main", credentials: Self.credentials, isTestnet: false)
            let spare = try await service.create(userId: "alice", exchange: .lnmarkets, name: "Spare", credentials: Self.credentials, isTestnet: true)
            #expect(try await service.list(userId: "alice").map(\.name) == ["Main", "Spare"])
            #expect(try await service.list(userId: "alice").first?.id == main.id)
            #expect(try await service.credentials(userId: "alice", accountId: main.id) == Self.credentials)

            #expect(try await service.rename(userId: "alice", accountId: main.id, name: "Primary").name == "Primary")
            await #expect(throws: ExchangeAccountError.nameTaken) { try await service.rename(userId: "alice", accountId: main.id, name: "Spare") }
            #expect(try await service.setActive(userId: "alice", accountId: spare.id, isActive: false).isActive == false)
            let fresh = ExchangeCredentials(apiKey: "key-2", apiSecret: "secret-2", passphrase: "pass-2")
            let rekeyed = try await service.replaceCredentials(userId: "alice", accountId: spare.id, credentials: fresh, isTestnet: false)
            #expect(rekeyed.isTestnet == false && rekeyed.isActive == false && rekeyed.credentials.lastTestedAt == nil)
            #expect(try await service.credentials(userId: "alice", accountId: spare.id) == fresh)

            try await service.delete(userId: "alice", accountId: main.id)
            await #expect(throws: ExchangeAccountError.notFound) { try await service.delete(userId: "alice", accountId: main.id) }
            #expect(try await service.list(userId: "alice").map(\.id) == [spare.id])

            // Nothing in the table reads as a secret.
            let rows = try await database.query("SELECT * FROM exchange_accounts", [])
            let stored = rows.flatMap { $0.values.values.compactMap(\.text) }.joined(separator: " ")
            for secret in ["key-2", "secret-2", "pass-2"] { #expect(!stored.contains(secret)) }
        }
    }

    @Test("another user's account is not found, whatever the operation", arguments: Backend.available)
    func ownership(backend: Backend) async throws {
        try await Self.withService(backend) { service, _ in
            let account = try await service.create(userId: "alice", exchange: .lnmarkets, name: "Main", credentials: Self.credentials, isTestnet: false)
            await #expect(throws: ExchangeAccountError.notFound) { try await service.rename(userId: "bob", accountId: account.id, name: "Mine") }
            await #expect(throws: ExchangeAccountError.notFound) { try await service.setActive(userId: "bob", accountId: account.id, isActive: false) }
            await #expect(throws: ExchangeAccountError.notFound) {
                try await service.replaceCredentials(userId: "bob", accountId: account.id, credentials: Self.credentials, isTestnet: true)
            }
            await #expect(throws: ExchangeAccountError.notFound) { try await service.delete(userId: "bob", accountId: account.id) }
            await #expect(throws: ExchangeAccountError.notFound) { try await service.credentials(userId: "bob", accountId: account.id) }
            #expect(try await service.list(userId: "bob").isEmpty)
            #expect(try await service.list(userId: "alice").first?.name == account.name)
        }
    }

    @Test("the plan's limit holds under 20 concurrent creations: exactly three on basic", arguments: Backend.available)
    func limitUnderConcurrency(backend: Backend) async throws {
        try await Self.withService(backend, plan: .basic) { service, _ in
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        do {
                            _ = try await service.create(userId: "alice", exchange: .lnmarkets, name: "n\(index)", credentials: Self.credentials, isTestnet: true)
                            return true
                        } catch ExchangeAccountError.limitReached(plan: .basic, maxAccounts: 3) {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 3)
            #expect(try await service.list(userId: "alice").count == 3)
        }
    }

    @Test("SQL-looking text is stored and read back verbatim", arguments: Backend.available)
    func verbatim(backend: Backend) async throws {
        try await Self.withService(backend) { service, _ in
            let hostile = "Robert'); DROP TABLE exchange_accounts;-- \" \\ %_ $1 ?"
            let credentials = ExchangeCredentials(apiKey: hostile, apiSecret: "' OR '1'='1", passphrase: "\"; DELETE FROM users; --")
            let account = try await service.create(userId: "alice", exchange: .lnmarkets, name: hostile, credentials: credentials, isTestnet: false)
            #expect(try await service.list(userId: "alice").map(\.name) == [hostile])
            #expect(try await service.credentials(userId: "alice", accountId: account.id) == credentials)
            #expect(try await service.list(userId: "bob").isEmpty)
        }
    }

    @Test("the accounts of many users come in one call, grouped and in order", arguments: Backend.available)
    func batch(backend: Backend) async throws {
        try await Self.withService(backend) { service, _ in
            let first = try await service.create(userId: "alice", exchange: .lnmarkets, name: "A", credentials: Self.credentials, isTestnet: false)
            let second = try await service.create(userId: "bob", exchange: .lnmarkets, name: "B", credentials: Self.credentials, isTestnet: false)
            let lists = try await service.list(userIds: ["bob", "nobody", "alice"])
            #expect(lists.map { $0.map(\.id) } == [[second.id], [], [first.id]])
            #expect(try await service.list(userIds: []).isEmpty)
        }
    }

    @Test("a sealed row moved to another account does not open", arguments: Backend.available)
    func movedCiphertext(backend: Backend) async throws {
        try await Self.withService(backend, plan: .pro) { service, database in
            let mine = try await service.create(userId: "alice", exchange: .lnmarkets, name: "A", credentials: Self.credentials, isTestnet: false)
            let other = try await service.create(userId: "alice", exchange: .lnmarkets, name: "B", credentials: Self.credentials, isTestnet: false)
            try await database.query(
                "UPDATE exchange_accounts SET credentials_sealed = (SELECT credentials_sealed FROM exchange_accounts WHERE id = ?) WHERE id = ?",
                [.text(mine.id), .text(other.id)]
            )
            await #expect(throws: CredentialVaultError.tampered) { try await service.credentials(userId: "alice", accountId: other.id) }
        }
    }
}
