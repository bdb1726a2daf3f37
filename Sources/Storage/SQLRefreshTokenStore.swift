import Domain
import Foundation

/// Refresh-token hashes in `refresh_tokens`. Spending is one conditional UPDATE, so a token can
/// be spent once however many requests carry it at the same moment.
public struct SQLRefreshTokenStore: RefreshTokenStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) {
        self.database = database
    }

    public func insert(hash: String, userId: String, familyId: String, expiresAt: Date) async throws {
        try await database.query(
            "INSERT INTO refresh_tokens (token_hash, user_id, family_id, expires_at) VALUES (?, ?, ?, ?)",
            [.text(hash), .text(userId), .text(familyId), .real(expiresAt.timeIntervalSince1970)]
        )
    }

    public func consume(hash: String, now: Date) async throws -> RefreshTokenUse {
        let time = SQLValue.real(now.timeIntervalSince1970)
        let spent = try await database.query(
            """
            UPDATE refresh_tokens SET used_at = ?
            WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
            RETURNING user_id, family_id
            """,
            [time, .text(hash), time]
        )
        if let row = spent.first, let userId = row["user_id"].text, let familyId = row["family_id"].text {
            return .spent(userId: userId, familyId: familyId)
        }
        guard let row = try await database.query(
            "SELECT family_id, used_at, revoked_at FROM refresh_tokens WHERE token_hash = ?", [.text(hash)]
        ).first, let familyId = row["family_id"].text else { return .invalid }
        return row["used_at"] != .null || row["revoked_at"] != .null ? .replayed(familyId: familyId) : .invalid
    }

    public func revokeFamily(_ familyId: String, at date: Date) async throws {
        try await database.query(
            "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
            [.real(date.timeIntervalSince1970), .text(familyId)]
        )
    }
}
