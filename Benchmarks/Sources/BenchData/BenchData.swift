/// The in-memory data every engine is measured on: a trader's dashboard (profile, 50 positions,
/// 20 payments) and an admin's page of 100 users with 10 payments each. Plain values, so that
/// each engine reads them through its own public API (our resolver graph, GraphQLSwift's
/// default resolvers) and the hand-written limit walks them directly.
public struct Profile: Sendable {
    public var id: String
    public var email: String
    public var username: String
    public var plan: String
    public var planExpiresAt: String
    public var createdAt: String
}

public struct Position: Sendable {
    public var id: String
    public var side: String
    public var quantity: Int
    public var price: Double
    public var margin: Int
    public var leverage: Double
    public var pnl: Double
    public var liquidation: Double
    public var takeProfit: Double
    public var stopLoss: Double
    public var isOpen: Bool
    public var createdAt: String
}

public struct Invoice: Sendable {
    public var paymentRequest: String
    public var expiresAt: String
}

public struct Payment: Sendable {
    public var id: String
    public var amount: Int
    public var currency: String
    public var status: String
    public var createdAt: String
    public var invoice: Invoice
}

public struct AdminUser: Sendable {
    public var id: String
    public var email: String
    public var plan: String
    public var payments: [Payment]
}

/// The root every engine starts from (GraphQLSwift's default resolvers read these properties).
public struct BenchRoot: Sendable {
    public var me: Profile
    public var positions: [Position]
    public var payments: [Payment]
    public var users: [AdminUser]

    public static let shared = BenchRoot()

    init() {
        me = Profile(id: "user_1", email: "trader@example.com", username: "trader123", plan: "advanced", planExpiresAt: "2025-12-31T23:59:59Z",
                     createdAt: "2024-01-01T00:00:00Z")
        positions = (0..<50).map(Self.position)
        payments = (0..<20).map { Self.payment("pay_\($0)", $0) }
        users = (0..<100).map { user in
            AdminUser(id: "user_\(user)", email: "u\(user)@example.com", plan: "advanced", payments: (0..<10).map { Self.payment("user_\(user)_pay_\($0)", $0) })
        }
    }

    static func position(_ index: Int) -> Position {
        let offset = Double(index)
        let side = index % 2 == 0 ? "b" : "s"
        return Position(
            id: "pos_\(index)", side: side, quantity: 1_000 + index, price: 43_000.5 + offset, margin: 100 * index + 7, leverage: 10,
            pnl: offset * 1.5, liquidation: 39_000.25, takeProfit: 48_000, stopLoss: 41_000.75, isOpen: index % 5 != 0, createdAt: "2025-01-06T09:00:00Z"
        )
    }

    static func payment(_ id: String, _ index: Int) -> Payment {
        Payment(id: id, amount: 25_000 * (1 + index % 4), currency: "sats", status: index % 3 == 0 ? "pending" : "completed",
                createdAt: "2025-01-06T10:40:00Z", invoice: Invoice(paymentRequest: "lnbc500u1p\(index)qqqsyqcyq5rqwzqf", expiresAt: "2025-01-06T11:40:00Z"))
    }
}
