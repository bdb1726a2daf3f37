import Foundation

/// Plan payments: an invoice for a plan, its status, and the user's history.
public struct PaymentService: Sendable {
    let payments: any PaymentStore
    let users: any UserStore
    let lightning: any LightningBackend
    /// What turns the node's settlements into completed payments; the server also follows the
    /// node with it.
    public let settlement: Settlement
    let pricing: PlanPricing
    /// How long an invoice may be paid in (default 3600 s).
    let invoiceExpiry: Int
    let clock: @Sendable () -> Date

    public init(
        payments: any PaymentStore, users: any UserStore, lightning: any LightningBackend, pricing: PlanPricing = PlanPricing(),
        invoiceExpiry: Int = 3_600, clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.payments = payments
        self.users = users
        self.lightning = lightning
        self.settlement = Settlement(payments: payments, lightning: lightning, clock: clock)
        self.pricing = pricing
        self.invoiceExpiry = invoiceExpiry
        self.clock = clock
    }

    public func create(userId: String, planType: String) async throws -> Payment {
        guard let plan = Plan(rawValue: planType), PlanPricing.purchasable.contains(plan), let price = pricing.prices[plan] else {
            throw PaymentError.invalid([
                FieldProblem(field: "plan_type", message: "Plan type must be one of: \(PlanPricing.purchasable.map(\.rawValue).joined(separator: ", "))"),
            ])
        }
        guard let user = try await users.user(id: userId) else { throw PaymentError.notFound }
        if user.plan == .lifetime {
            throw PaymentError.invalid([FieldProblem(field: "plan_type", message: "The lifetime plan is already active; it never expires")])
        }
        let memo = plan == .lifetime ? "Axisor lifetime plan" : "Axisor \(plan.rawValue) plan, one month"
        let invoice = try await lightning.createInvoice(InvoiceRequest(value: price, memo: memo, expiry: invoiceExpiry))
        let payment = Payment(
            id: "payment_" + RandomToken.make(byteCount: 12), userId: userId, plan: plan, amount: price, paymentRequest: invoice.paymentRequest,
            paymentHash: invoice.paymentHash, expiresAt: invoice.expiresAt, createdAt: clock()
        )
        try await payments.insert(payment)
        return payment
    }

    /// The payment, brought up to date with the node when it is still pending (a node that
    /// cannot be reached leaves it as stored).
    public func status(id: String, userId: String) async throws -> Payment {
        guard let payment = try await payments.payment(id: id, userId: userId) else { throw PaymentError.notFound }
        guard payment.status == .pending else { return payment }
        do {
            try await settlement.recheck(payment)
        } catch is LightningError {
            return payment
        }
        return try await payments.payment(id: id, userId: userId) ?? payment
    }

    public func history(userId: String, limit: Int, offset: Int) async throws -> PaymentPage {
        var problems: [FieldProblem] = []
        if !(1...100).contains(limit) { problems.append(FieldProblem(field: "limit", message: "must be from 1 to 100")) }
        if offset < 0 { problems.append(FieldProblem(field: "offset", message: "must be 0 or more")) }
        if !problems.isEmpty { throw PaymentError.invalid(problems) }
        return try await payments.payments(userId: userId, limit: limit, offset: offset)
    }

    public func totals(userIds: [String]) async throws -> [PaymentTotals] {
        let byUser = try await payments.totals(userIds: userIds)
        return userIds.map { byUser[$0] ?? PaymentTotals() }
    }

    /// All settled payments, and those settled since the start of the current UTC day.
    public func totals() async throws -> (all: PaymentTotals, today: PaymentTotals) {
        let totals = try await payments.totals(since: Calendar.utc.startOfDay(for: clock()))
        return (totals.all, totals.since)
    }
}
