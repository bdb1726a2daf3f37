import Domain
import Foundation
import Integrations
import Storage
import Synchronization
import Testing

/// Plan payments on both stores, paid through the embedded node: settled exactly once however
/// often the settlement arrives, plans extended as DESIGN.md says, unpaid invoices expired.
@Suite("Payment settlement")
struct PaymentSettlementTests {
    /// A clock the test moves.
    final class TestClock: Sendable {
        let now = Mutex(Date(timeIntervalSince1970: 1_800_000_000))  // 2027-01-15T08:00:00Z
        func read() -> Date { now.withLock { $0 } }
        func advance(_ seconds: TimeInterval) { now.withLock { $0 = $0.addingTimeInterval(seconds) } }
    }

    struct World {
        let payments: PaymentService
        let settlement: Settlement
        let store: SQLPaymentStore
        let users: SQLUserStore
        let node: FakeLightningNode
        let clock: TestClock
    }

    static func withWorld(_ backend: Backend, _ body: @escaping @Sendable (World) async throws -> Void) async throws {
        try await backend.withDatabase { database in
            try await Migrator(database: database).migrate()
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-node-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let clock = TestClock()
            let users = SQLUserStore(database: database)
            try await users.create(User(id: "alice", email: "alice@example.com", username: "alice", createdAt: clock.read()), passwordHash: "x")
            try await users.create(User(id: "bob", email: "bob@example.com", username: "bob", createdAt: clock.read()), passwordHash: "x")
            let node = try FakeLightningNode(folder: folder.path, network: .regtest, clock: { clock.read() })
            let store = SQLPaymentStore(database: database)
            try await body(World(
                payments: PaymentService(payments: store, users: users, lightning: node, invoiceExpiry: 3_600, clock: { clock.read() }),
                settlement: Settlement(payments: store, lightning: node, clock: { clock.read() }), store: store, users: users, node: node, clock: clock
            ))
        }
    }

    @Test("50 concurrent settlement events and re-checks of one paid invoice extend the plan once", arguments: Backend.available)
    func exactlyOnce(backend: Backend) async throws {
        try await Self.withWorld(backend) { world in
            let payment = try await world.payments.create(userId: "alice", planType: "advanced")
            #expect(payment.amount == 50_000 && payment.status == .pending)
            #expect(payment.paymentRequest.hasPrefix("lnbcrt500u1"))
            world.clock.advance(60)
            #expect(try await world.node.simulatePayment(paymentRequest: payment.paymentRequest))
            let settled = try #require(try await world.node.invoice(paymentHash: payment.paymentHash))
            let completions = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        switch index % 3 {
                        case 0: return try await world.settlement.apply(settled) == nil ? 0 : 1
                        case 1:
                            try await world.settlement.recheck(payment)
                            return 0
                        default:
                            _ = try await world.payments.status(id: payment.id, userId: "alice")
                            return 0
                        }
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(completions <= 1)
            let user = try #require(try await world.users.user(id: "alice"))
            #expect(user.plan == .advanced)
            #expect(user.planExpiresAt == Date(timeIntervalSince1970: 1_800_000_060 + 31 * 86_400))  // 15 Jan + one calendar month
            let stored = try await world.payments.status(id: payment.id, userId: "alice")
            #expect(stored.status == .completed)
            #expect(stored.completedAt == Date(timeIntervalSince1970: 1_800_000_060))
            #expect(try await world.store.totals(userIds: ["alice", "bob"]) == ["alice": PaymentTotals(count: 1, volume: 50_000)])
            #expect(try await world.store.settleIndex() == 1)
            // A late duplicate changes nothing.
            #expect(try await world.settlement.apply(settled) == nil)
            #expect(try await world.users.user(id: "alice")?.planExpiresAt == user.planExpiresAt)
        }
    }

    @Test("paying the running plan again extends it from its expiry; another plan starts at settlement; lifetime never ends", arguments: Backend.available)
    func planChanges(backend: Backend) async throws {
        try await Self.withWorld(backend) { world in
            func pay(_ plan: String) async throws {
                let payment = try await world.payments.create(userId: "alice", planType: plan)
                _ = try await world.node.simulatePayment(paymentRequest: payment.paymentRequest)
                try await world.settlement.recheckAll()
            }
            try await pay("basic")
            let first = try #require(try await world.users.user(id: "alice")?.planExpiresAt)
            world.clock.advance(86_400)
            try await pay("basic")
            let extended = try #require(try await world.users.user(id: "alice")?.planExpiresAt)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            #expect(extended == calendar.date(byAdding: .month, value: 1, to: first))
            try await pay("pro")
            let pro = try #require(try await world.users.user(id: "alice"))
            #expect(pro.plan == .pro && pro.planExpiresAt == calendar.date(byAdding: .month, value: 1, to: world.clock.read()))
            try await pay("lifetime")
            let lifetime = try #require(try await world.users.user(id: "alice"))
            #expect(lifetime.plan == .lifetime && lifetime.planExpiresAt == nil)
            await #expect(throws: PaymentError.self) { try await world.payments.create(userId: "alice", planType: "pro") }
            #expect(try await world.store.totals(since: .distantPast).all == PaymentTotals(count: 4, volume: 25_000 * 2 + 100_000 + 500_000))
        }
    }

    @Test("unpaid invoices past their expiry become expired and can no longer be paid; plans past theirs fall back to free", arguments: Backend.available)
    func expiry(backend: Backend) async throws {
        try await Self.withWorld(backend) { world in
            let unpaid = try await world.payments.create(userId: "bob", planType: "pro")
            world.clock.advance(3_599)
            try await world.settlement.recheckAll()
            #expect(try await world.payments.status(id: unpaid.id, userId: "bob").status == .pending)
            world.clock.advance(1)
            try await world.settlement.recheckAll()
            #expect(try await world.payments.status(id: unpaid.id, userId: "bob").status == .expired)
            await #expect(throws: InvoiceSimulationError.notPayable) { try await world.node.simulatePayment(paymentRequest: unpaid.paymentRequest) }

            let paid = try await world.payments.create(userId: "alice", planType: "basic")
            _ = try await world.node.simulatePayment(paymentRequest: paid.paymentRequest)
            try await world.settlement.recheckAll()
            #expect(try await world.users.user(id: "alice")?.plan == .basic)
            world.clock.advance(32 * 86_400)
            try await world.settlement.recheckAll()
            let lapsed = try #require(try await world.users.user(id: "alice"))
            #expect(lapsed.plan == .free && lapsed.planExpiresAt == nil)
        }
    }

    @Test("an unknown plan is refused with the seed's details; another user's payment is not found", arguments: Backend.available)
    func refusals(backend: Backend) async throws {
        try await Self.withWorld(backend) { world in
            for plan in ["gold", "free", "", "ADVANCED"] {
                await #expect(throws: PaymentError.invalid([
                    FieldProblem(field: "plan_type", message: "Plan type must be one of: basic, advanced, pro, lifetime"),
                ])) { try await world.payments.create(userId: "alice", planType: plan) }
            }
            let payment = try await world.payments.create(userId: "alice", planType: "basic")
            await #expect(throws: PaymentError.notFound) { try await world.payments.status(id: payment.id, userId: "bob") }
            #expect(try await world.payments.history(userId: "bob", limit: 20, offset: 0).total == 0)
            #expect(try await world.payments.history(userId: "alice", limit: 20, offset: 0).payments.map(\.id) == [payment.id])
        }
    }

    @Test("the follower completes what the node settles, resuming after the last settle index", arguments: Backend.available)
    func follower(backend: Backend) async throws {
        try await Self.withWorld(backend) { world in
            let first = try await world.payments.create(userId: "alice", planType: "basic")
            let second = try await world.payments.create(userId: "bob", planType: "pro")
            _ = try await world.node.simulatePayment(paymentRequest: first.paymentRequest)
            let following = Task { await world.settlement.follow(recheckInterval: .seconds(3_600)) }
            defer { following.cancel() }
            _ = try await world.node.simulatePayment(paymentRequest: second.paymentRequest)
            for _ in 0..<200 where try await world.store.settleIndex() < 2 {
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(try await world.store.settleIndex() == 2)
            #expect(try await world.users.user(id: "alice")?.plan == .basic)
            #expect(try await world.users.user(id: "bob")?.plan == .pro)
        }
    }
}
