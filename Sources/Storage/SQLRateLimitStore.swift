import Domain
import Foundation

/// Token buckets in the database, so every instance charges the same buckets. One statement
/// per charge, an upsert that refills, charges (or refuses) and answers atomically: two
/// instances charging one bucket at once can never both spend its last token.
public struct SQLRateLimitStore: RateLimitStore {
    let database: any SQLDatabase
    let statement: String

    public init(database: any SQLDatabase) {
        self.database = database
        self.statement = Self.statement(for: database.dialect)
    }

    /// The upsert. A new bucket starts full and is charged at once; an existing one is first
    /// refilled (`refill`: what it held plus what the elapsed time brought, capped at the burst;
    /// a clock that went back brings nothing). SET expressions read the row as it was.
    static func statement(for dialect: SQLDialect) -> String {
        let (least, greatest) = dialect == .postgres ? ("LEAST", "GREATEST") : ("MIN", "MAX")
        let real = "CAST(? AS DOUBLE PRECISION)"
        let refill = "\(least)(\(real), rate_limit_buckets.tokens + \(greatest)(0, excluded.updated_at - rate_limit_buckets.updated_at) * \(real))"
        return """
            INSERT INTO rate_limit_buckets (bucket_key, tokens, updated_at, last_allowed)
            VALUES (?, CASE WHEN \(real) >= \(real) THEN \(real) - \(real) ELSE \(real) END, \(real), CASE WHEN \(real) >= \(real) THEN 1 ELSE 0 END)
            ON CONFLICT (bucket_key) DO UPDATE SET
                tokens = CASE WHEN \(refill) >= \(real) THEN \(refill) - \(real) ELSE \(refill) END,
                last_allowed = CASE WHEN \(refill) >= \(real) THEN 1 ELSE 0 END,
                updated_at = \(greatest)(rate_limit_buckets.updated_at, excluded.updated_at)
            RETURNING tokens, last_allowed
            """
    }

    public func charge(_ key: String, cost: Double, rateClass: RateClass, now: Date) async throws -> RateDecision {
        let burst = SQLValue.real(rateClass.burst)
        let price = SQLValue.real(cost)
        let refill: [SQLValue] = [burst, .real(rateClass.perSecond)]
        var binds: [SQLValue] = [.text(key), burst, price, burst, price, burst, .real(now.timeIntervalSince1970), burst, price]
        binds += refill + [price] + refill + [price] + refill  // tokens
        binds += refill + [price]                               // last_allowed
        guard let row = try await database.query(statement, binds).first, let tokens = row["tokens"].real else {
            throw SQLError(message: "the bucket upsert returned no row", sql: statement)
        }
        return RateDecision(allowed: row["last_allowed"].integer == 1, tokensLeft: tokens, cost: cost, rateClass: rateClass, now: now)
    }
}
