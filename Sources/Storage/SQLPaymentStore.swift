import Domain
import Foundation

/// Payments in the `payments` table; settling one changes `users` in the same transaction.
public struct SQLPaymentStore: PaymentStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) {
        self.database = database
    }

    static let columns = "id, user_id, plan, amount, status, payment_request, payment_hash, expires_at, created_at, completed_at"

    public func insert(_ payment: Payment) async throws {
        try await database.query(
            "INSERT INTO payments (\(Self.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                .text(payment.id), .text(payment.userId), .text(payment.plan.rawValue), .integer(payment.amount), .text(payment.status.rawValue),
                .text(payment.paymentRequest), .text(payment.paymentHash), SQLValue.date(payment.expiresAt), SQLValue.date(payment.createdAt),
                SQLValue.date(payment.completedAt),
            ]
        )
    }

    public func payment(id: String, userId: String) async throws -> Payment? {
        try await database.query("SELECT \(Self.columns) FROM payments WHERE id = ? AND user_id = ?", [.text(id), .text(userId)]).first.flatMap(Self.payment)
    }

    public func payments(userId: String, limit: Int, offset: Int) async throws -> PaymentPage {
        let total = try await database.query("SELECT COUNT(*) AS total FROM payments WHERE user_id = ?", [.text(userId)]).first?["total"].integer ?? 0
        let rows = try await database.query(
            "SELECT \(Self.columns) FROM payments WHERE user_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
            [.text(userId), .integer(Int64(limit)), .integer(Int64(offset))]
        )
        return PaymentPage(payments: rows.compactMap(Self.payment), total: Int(total), limit: limit, offset: offset)
    }

    public func pending() async throws -> [Payment] {
        try await database.query("SELECT \(Self.columns) FROM payments WHERE status = 'pending' ORDER BY created_at", []).compactMap(Self.payment)
    }

    public func complete(
        paymentHash: String, at date: Date, newExpiry: @Sendable (Plan, Plan, Date?) -> Date?
    ) async throws -> Payment? {
        let dialect = database.dialect
        return try await database.transaction { sql in
            // The one conditional update: a second settlement of the same invoice finds it no
            // longer pending (PostgreSQL re-reads the row after the first commits).
            guard let row = try await sql.query(
                "UPDATE payments SET status = 'completed', completed_at = ? WHERE payment_hash = ? AND status = 'pending' RETURNING \(Self.columns)",
                [SQLValue.date(date), .text(paymentHash)]
            ).first, let payment = Self.payment(row) else { return nil }
            let lock = dialect == .postgres ? " FOR UPDATE" : ""
            guard let user = try await sql.query("SELECT plan, plan_expires_at FROM users WHERE id = ?\(lock)", [.text(payment.userId)]).first else {
                return payment
            }
            let currentPlan = user["plan"].text.flatMap(Plan.init(rawValue:)) ?? .free
            let expiry = newExpiry(payment.plan, currentPlan, user["plan_expires_at"].real.map(Date.init(timeIntervalSince1970:)))
            try await sql.query(
                "UPDATE users SET plan = ?, plan_expires_at = ? WHERE id = ?", [.text(payment.plan.rawValue), SQLValue.date(expiry), .text(payment.userId)]
            )
            return payment
        }
    }

    public func expire(id: String) async throws -> Bool {
        try await !database.query("UPDATE payments SET status = 'expired' WHERE id = ? AND status = 'pending' RETURNING id", [.text(id)]).isEmpty
    }

    public func expirePlans(now: Date) async throws -> Int {
        try await database.query(
            """
            UPDATE users SET plan = 'free', plan_expires_at = NULL
            WHERE plan <> 'free' AND plan <> 'lifetime' AND plan_expires_at IS NOT NULL AND plan_expires_at <= ? RETURNING id
            """,
            [SQLValue.date(now)]
        ).count
    }

    public func totals(userIds: [String]) async throws -> [String: PaymentTotals] {
        guard !userIds.isEmpty else { return [:] }
        let placeholders = SQLValue.placeholders(userIds.count)
        let rows = try await database.query(
            "SELECT user_id, COUNT(*) AS payments, CAST(SUM(amount) AS BIGINT) AS volume FROM payments WHERE status = 'completed' AND user_id IN (\(placeholders)) GROUP BY user_id",
            userIds.map(SQLValue.text)
        )
        var totals: [String: PaymentTotals] = [:]
        for row in rows {
            guard let userId = row["user_id"].text else { continue }
            totals[userId] = PaymentTotals(count: Int(row["payments"].integer ?? 0), volume: row["volume"].integer ?? 0)
        }
        return totals
    }

    public func totals(since date: Date) async throws -> (all: PaymentTotals, since: PaymentTotals) {
        let row = try await database.query(
            """
            SELECT COUNT(*) AS payments, CAST(COALESCE(SUM(amount), 0) AS BIGINT) AS volume,
                   COALESCE(SUM(CASE WHEN completed_at >= ? THEN 1 ELSE 0 END), 0) AS recent, CAST(COALESCE(SUM(CASE WHEN completed_at >= ? THEN amount ELSE 0 END), 0) AS BIGINT) AS recent_volume
            FROM payments WHERE status = 'completed'
            """,
            [SQLValue.date(date), SQLValue.date(date)]
        ).first
        return (
            PaymentTotals(count: Int(row?["payments"].integer ?? 0), volume: row?["volume"].integer ?? 0),
            PaymentTotals(count: Int(row?["recent"].integer ?? 0), volume: row?["recent_volume"].integer ?? 0)
        )
    }

    public func settleIndex() async throws -> UInt64 {
        UInt64(max(0, try await database.query("SELECT position FROM lightning_cursor WHERE name = 'settle_index'", []).first?["position"].integer ?? 0))
    }

    public func advanceSettleIndex(to index: UInt64) async throws {
        let greatest = database.dialect == .postgres ? "GREATEST" : "MAX"
        try await database.query(
            """
            INSERT INTO lightning_cursor (name, position) VALUES ('settle_index', ?)
            ON CONFLICT (name) DO UPDATE SET position = \(greatest)(lightning_cursor.position, excluded.position)
            """,
            [.integer(Int64(index))]
        )
    }

    static func payment(_ row: SQLRow) -> Payment? {
        guard let id = row["id"].text, let userId = row["user_id"].text, let plan = row["plan"].text.flatMap(Plan.init(rawValue:)),
              let status = row["status"].text.flatMap(PaymentStatus.init(rawValue:)), let request = row["payment_request"].text,
              let hash = row["payment_hash"].text, let expiresAt = row["expires_at"].real, let createdAt = row["created_at"].real else { return nil }
        return Payment(
            id: id, userId: userId, plan: plan, amount: row["amount"].integer ?? 0, status: status, paymentRequest: request, paymentHash: hash,
            expiresAt: Date(timeIntervalSince1970: expiresAt), createdAt: Date(timeIntervalSince1970: createdAt),
            completedAt: row["completed_at"].real.map(Date.init(timeIntervalSince1970:))
        )
    }
}
