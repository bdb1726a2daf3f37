import Domain
import Foundation

/// Exchange accounts in the `exchange_accounts` table, their credentials sealed.
public struct SQLExchangeAccountStore: ExchangeAccountStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) {
        self.database = database
    }

    static let columns = "id, user_id, exchange, name, is_active, is_testnet, has_api_key, has_secret, has_passphrase, "
        + "last_tested_at, created_at, updated_at"

    public func create(_ account: ExchangeAccount, sealed: SealedCredentials, limit: Int, plan: Plan) async throws {
        let dialect = database.dialect
        try await database.transaction { sql in
            // PostgreSQL: lock the owner's row so concurrent creations for one user queue here
            // and each counts the others' accounts. SQLite runs one transaction at a time.
            if dialect == .postgres {
                try await sql.query("SELECT id FROM users WHERE id = ? FOR UPDATE", [.text(account.userId)])
            }
            let existing = try await sql.query("SELECT name FROM exchange_accounts WHERE user_id = ?", [.text(account.userId)])
            guard existing.count < limit else { throw ExchangeAccountError.limitReached(plan: plan, maxAccounts: limit) }
            guard !existing.contains(where: { $0["name"].text == account.name }) else { throw ExchangeAccountError.nameTaken }
            try await sql.query(
                "INSERT INTO exchange_accounts (\(Self.columns), credentials_key_id, credentials_sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    .text(account.id), .text(account.userId), .text(account.exchange.rawValue), .text(account.name), SQLValue.flag(account.isActive),
                    SQLValue.flag(account.isTestnet), SQLValue.flag(account.credentials.hasApiKey), SQLValue.flag(account.credentials.hasSecret),
                    SQLValue.flag(account.credentials.hasPassphrase), SQLValue.date(account.credentials.lastTestedAt),
                    SQLValue.date(account.createdAt), SQLValue.date(account.updatedAt), .text(sealed.keyId),
                    .text(sealed.ciphertext.base64EncodedString()),
                ]
            )
        }
    }

    public func accounts(userId: String) async throws -> [ExchangeAccount] {
        try await database.query(
            "SELECT \(Self.columns) FROM exchange_accounts WHERE user_id = ? ORDER BY created_at, id", [.text(userId)]
        ).compactMap(Self.account)
    }

    public func accounts(userIds: [String]) async throws -> [String: [ExchangeAccount]] {
        guard !userIds.isEmpty else { return [:] }
        let placeholders = SQLValue.placeholders(userIds.count)
        let rows = try await database.query(
            "SELECT \(Self.columns) FROM exchange_accounts WHERE user_id IN (\(placeholders)) ORDER BY created_at, id", userIds.map(SQLValue.text)
        )
        return Dictionary(grouping: rows.compactMap(Self.account), by: \.userId)
    }

    public func sealedCredentials(accountId: String, userId: String) async throws -> SealedCredentials? {
        guard let row = try await database.query(
            "SELECT credentials_key_id, credentials_sealed FROM exchange_accounts WHERE id = ? AND user_id = ?", [.text(accountId), .text(userId)]
        ).first, let keyId = row["credentials_key_id"].text, let sealed = row["credentials_sealed"].text.flatMap({ Data(base64Encoded: $0) })
        else { return nil }
        return SealedCredentials(keyId: keyId, ciphertext: sealed)
    }

    public func update(id: String, userId: String, change: ExchangeAccountChange, at date: Date) async throws -> ExchangeAccount? {
        var assignments = ["updated_at = ?"]
        var binds: [SQLValue] = [SQLValue.date(date)]
        func set(_ column: String, _ value: SQLValue?) {
            guard let value else { return }
            assignments.append("\(column) = ?")
            binds.append(value)
        }
        set("name", change.name.map(SQLValue.text))
        set("is_active", change.isActive.map(SQLValue.flag))
        set("is_testnet", change.isTestnet.map(SQLValue.flag))
        if let (sealed, presence) = change.credentials {
            set("credentials_key_id", .text(sealed.keyId))
            set("credentials_sealed", .text(sealed.ciphertext.base64EncodedString()))
            set("has_api_key", SQLValue.flag(presence.hasApiKey))
            set("has_secret", SQLValue.flag(presence.hasSecret))
            set("has_passphrase", SQLValue.flag(presence.hasPassphrase))
            // New credentials have not been tried yet.
            assignments.append("last_tested_at = NULL")
        }
        do {
            return try await database.query(
                "UPDATE exchange_accounts SET \(assignments.joined(separator: ", ")) WHERE id = ? AND user_id = ? RETURNING \(Self.columns)",
                binds + [.text(id), .text(userId)]
            ).first.flatMap(Self.account)
        } catch let error as SQLError {
            // The unique (user_id, name) refused it: say so, by looking (the wording differs between stores).
            if let name = change.name, try await !database.query(
                "SELECT id FROM exchange_accounts WHERE user_id = ? AND name = ? AND id <> ?", [.text(userId), .text(name), .text(id)]
            ).isEmpty {
                throw ExchangeAccountError.nameTaken
            }
            throw error
        }
    }

    public func delete(id: String, userId: String) async throws -> Bool {
        try await !database.query(
            "DELETE FROM exchange_accounts WHERE id = ? AND user_id = ? RETURNING id", [.text(id), .text(userId)]
        ).isEmpty
    }

    static func account(_ row: SQLRow) -> ExchangeAccount? {
        guard let id = row["id"].text, let userId = row["user_id"].text, let exchange = row["exchange"].text.flatMap(Exchange.init(rawValue:)),
              let name = row["name"].text, let createdAt = row["created_at"].real else { return nil }
        return ExchangeAccount(
            id: id, userId: userId, exchange: exchange, name: name, isActive: row["is_active"].integer == 1,
            isTestnet: row["is_testnet"].integer == 1,
            credentials: CredentialPresence(
                hasApiKey: row["has_api_key"].integer == 1, hasSecret: row["has_secret"].integer == 1,
                hasPassphrase: row["has_passphrase"].integer == 1, lastTestedAt: row["last_tested_at"].real.map(Date.init(timeIntervalSince1970:))
            ),
            createdAt: Date(timeIntervalSince1970: createdAt), updatedAt: row["updated_at"].real.map(Date.init(timeIntervalSince1970:))
        )
    }
}
