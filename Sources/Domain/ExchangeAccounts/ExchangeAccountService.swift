import Foundation

/// A user's exchange accounts: listing them with their plan's limit, adding one within it,
/// renaming, switching on and off, replacing the credentials and deleting. Credentials are
/// sealed by the vault before they reach the store and opened only for the exchange client.
public struct ExchangeAccountService: Sendable {
    let accounts: any ExchangeAccountStore
    let users: any UserStore
    let vault: CredentialVault
    let clock: @Sendable () -> Date

    public init(accounts: any ExchangeAccountStore, users: any UserStore, vault: CredentialVault, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.accounts = accounts
        self.users = users
        self.vault = vault
        self.clock = clock
    }

    public func list(userId: String) async throws -> [ExchangeAccount] {
        try await accounts.accounts(userId: userId)
    }

    /// The accounts of many users in one store call, in the users' order.
    public func list(userIds: [String]) async throws -> [[ExchangeAccount]] {
        let byUser = try await accounts.accounts(userIds: userIds)
        return userIds.map { byUser[$0] ?? [] }
    }

    public func create(
        userId: String, exchange: Exchange, name: String, credentials: ExchangeCredentials, isTestnet: Bool
    ) async throws -> ExchangeAccount {
        let name = Self.trimmed(name)
        let problems = Self.nameProblems(name) + credentials.problems(prefix: "credentials")
        guard problems.isEmpty else { throw ExchangeAccountError.invalid(problems) }
        guard let user = try await users.user(id: userId) else { throw ExchangeAccountError.notFound }
        let account = ExchangeAccount(
            id: "account_" + RandomToken.make(byteCount: 12), userId: userId, exchange: exchange, name: name, isTestnet: isTestnet,
            credentials: credentials.presence, createdAt: clock()
        )
        let sealed = try vault.seal(credentials, userId: userId, accountId: account.id)
        try await accounts.create(account, sealed: sealed, limit: AccountLimits.perPlan[user.plan] ?? 0, plan: user.plan)
        return account
    }

    public func rename(userId: String, accountId: String, name: String) async throws -> ExchangeAccount {
        let name = Self.trimmed(name)
        let problems = Self.nameProblems(name)
        guard problems.isEmpty else { throw ExchangeAccountError.invalid(problems) }
        return try await change(userId: userId, accountId: accountId, ExchangeAccountChange(name: name))
    }

    public func setActive(userId: String, accountId: String, isActive: Bool) async throws -> ExchangeAccount {
        try await change(userId: userId, accountId: accountId, ExchangeAccountChange(isActive: isActive))
    }

    /// New credentials (and network) for an account; the old ones are overwritten, and the
    /// account counts as untested again.
    public func replaceCredentials(userId: String, accountId: String, credentials: ExchangeCredentials, isTestnet: Bool) async throws -> ExchangeAccount {
        let problems = credentials.problems(prefix: "credentials")
        guard problems.isEmpty else { throw ExchangeAccountError.invalid(problems) }
        let sealed = try vault.seal(credentials, userId: userId, accountId: accountId)
        return try await change(
            userId: userId, accountId: accountId, ExchangeAccountChange(isTestnet: isTestnet, credentials: (sealed, credentials.presence))
        )
    }

    public func delete(userId: String, accountId: String) async throws {
        guard try await accounts.delete(id: accountId, userId: userId) else { throw ExchangeAccountError.notFound }
    }

    /// The account's credentials in clear, for calling the exchange: never for a response.
    public func credentials(userId: String, accountId: String) async throws -> ExchangeCredentials {
        guard let sealed = try await accounts.sealedCredentials(accountId: accountId, userId: userId) else {
            throw ExchangeAccountError.notFound
        }
        return try vault.open(sealed, userId: userId, accountId: accountId)
    }

    private func change(userId: String, accountId: String, _ change: ExchangeAccountChange) async throws -> ExchangeAccount {
        guard let account = try await accounts.update(id: accountId, userId: userId, change: change, at: clock()) else {
            throw ExchangeAccountError.notFound
        }
        return account
    }

    static func trimmed(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func nameProblems(_ name: String) -> [FieldProblem] {
        if name.isEmpty { return [FieldProblem(field: "name", message: "is required")] }
        if name.count > 100 || name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return [FieldProblem(field: "name", message: "must be at most 100 characters, without control characters")]
        }
        return []
    }
}
