import Domain
import Foundation
import Integrations
import Storage
import Synchronization
import Testing

/// The LND client against a stub LND on loopback over TLS with a macaroon check.
@Suite("LND client", .timeLimit(.minutes(1)))
struct LNDClientTests {
    /// Runs `body` with a stub and a client that trusts its certificate and holds its macaroon.
    static func withStub(
        macaroon: [UInt8]? = nil, timeoutSeconds: Int = 5, _ body: @escaping @Sendable (StubLND, LNDClient) async throws -> Void
    ) async throws {
        let stub = StubLND()
        let certificate = try TestCertificate()
        defer { certificate.remove() }
        let macaroonPath = certificate.folder.appendingPathComponent("invoice.macaroon").path
        FileManager.default.createFile(atPath: macaroonPath, contents: Data(macaroon ?? stub.macaroon))
        try await stub.run(certificate: certificate) { url in
            let client = try LNDClient(url: url, certificatePath: certificate.certificatePath, macaroonPath: macaroonPath, timeoutSeconds: timeoutSeconds)
            do {
                try await body(stub, client)
            } catch {
                try await client.shutdown()
                throw error
            }
            try await client.shutdown()
        }
    }

    @Test("getinfo, both balances, invoices made, listed and looked up, as LND writes them")
    func everyCall() async throws {
        try await Self.withStub { stub, client in
            let info = try await client.info()
            #expect(info.alias == "stub-lnd" && info.activeChannels == 4 && info.pendingChannels == 1 && info.blockHeight == 2_500_000)
            #expect(info.testnet)  // from chains[].network: `testnet` itself is deprecated and false
            #expect(try await client.balance() == WalletBalance(confirmed: 950_000, unconfirmed: 50_000, locked: 0, channels: 5_000_000))

            let made = try await client.createInvoice(InvoiceRequest(value: 1_000, memo: "Payment for services", expiry: 3_600))
            #expect(made.value == 1_000 && made.memo == "Payment for services" && made.expiry == 3_600 && made.state == .open && made.addIndex == 1)
            #expect(made.paymentHash.count == 64 && made.paymentAddress.count == 64)
            _ = try await client.createInvoice(InvoiceRequest(value: 2_000, memo: "second", expiry: 600))
            stub.settle(addIndex: 1)
            let settled = try #require(try await client.invoice(paymentHash: made.paymentHash))
            #expect(settled.isSettled && settled.amountPaid == 1_000 && settled.settleIndex == 1)
            #expect(try await client.invoice(paymentHash: String(repeating: "0", count: 64)) == nil)
            #expect(try await client.invoice(paymentHash: "not hex") == nil)

            let all = try await client.invoices(pendingOnly: false, offset: 0, limit: 100)
            #expect(all.invoices.map(\.addIndex) == [1, 2] && all.total == 2 && all.lastIndexOffset == 2)
            let pending = try await client.invoices(pendingOnly: true, offset: 0, limit: 100)
            #expect(pending.invoices.map(\.memo) == ["second"] && pending.total == 1)
            #expect(try await client.invoices(pendingOnly: false, offset: 1, limit: 1).invoices.map(\.addIndex) == [2])
        }
    }

    @Test("a wrong macaroon is refused by the node: a LightningError, so 503 for clients")
    func wrongMacaroon() async throws {
        try await Self.withStub(macaroon: Array("someone else's macaroon".utf8)) { _, client in
            let error = await #expect(throws: LightningError.self) { try await client.info() }
            #expect(error?.message.contains("verification failed") == true)
        }
    }

    @Test("a node that is down, or answers too slowly, is a LightningError within the timeout")
    func unavailable() async throws {
        let certificate = try TestCertificate()
        defer { certificate.remove() }
        let macaroonPath = certificate.folder.appendingPathComponent("m").path
        FileManager.default.createFile(atPath: macaroonPath, contents: Data([1, 2, 3]))
        // Port 9 (discard) on loopback: nothing listens, the connection is refused.
        let down = try LNDClient(url: "https://127.0.0.1:9", certificatePath: certificate.certificatePath, macaroonPath: macaroonPath, timeoutSeconds: 2)
        await #expect(throws: LightningError.self) { try await down.info() }
        try await down.shutdown()

        try await Self.withStub(timeoutSeconds: 1) { stub, client in
            stub.state.withLock { $0.stall = .seconds(3) }
            let started = ContinuousClock.now
            await #expect(throws: LightningError.self) { try await client.balance() }
            #expect(ContinuousClock.now - started < .seconds(3))
        }
    }

    @Test("only the configured certificate is trusted: a node presenting another is refused")
    func pinnedCertificate() async throws {
        let stub = StubLND()
        let presented = try TestCertificate()
        let configured = try TestCertificate()
        defer {
            presented.remove()
            configured.remove()
        }
        let macaroonPath = configured.folder.appendingPathComponent("m").path
        FileManager.default.createFile(atPath: macaroonPath, contents: Data(stub.macaroon))
        try await stub.run(certificate: presented) { url in
            let client = try LNDClient(url: url, certificatePath: configured.certificatePath, macaroonPath: macaroonPath, timeoutSeconds: 5)
            await #expect(throws: LightningError.self) { try await client.info() }
            try await client.shutdown()
        }
    }

    @Test("the invoice stream starts after a settle index, and a broken stream resumes from the last one processed")
    func streamResumes() async throws {
        try await Self.withStub { stub, client in
            stub.state.withLock { $0.streamLimit = 1 }  // every subscription breaks after one message
            try await withDatabase { database in
                let store = SQLPaymentStore(database: database)
                let users = SQLUserStore(database: database)
                try await users.create(User(id: "u", email: "u@example.com", username: "u", createdAt: Date()), passwordHash: "x")
                let service = PaymentService(payments: store, users: users, lightning: client)
                let first = try await service.create(userId: "u", planType: "basic")
                let second = try await service.create(userId: "u", planType: "pro")
                let following = Task { await Settlement(payments: store, lightning: client).follow(recheckInterval: .seconds(3_600), maxBackoff: .milliseconds(100)) }
                func waitFor(_ done: () async throws -> Bool) async throws {
                    for _ in 0..<300 where try await !done() {
                        try await Task.sleep(for: .milliseconds(20))
                    }
                }
                try await waitFor { !stub.state.withLock { $0.subscriptions }.isEmpty }
                stub.settle(addIndex: 1)
                try await waitFor { try await store.settleIndex() == 1 }
                stub.settle(addIndex: 2)
                try await waitFor { try await store.settleIndex() == 2 }
                try await waitFor { stub.state.withLock { $0.subscriptions }.count >= 3 }
                following.cancel()
                _ = await following.value
                #expect(try await store.settleIndex() == 2)
                #expect(try await service.status(id: first.id, userId: "u").status == .completed)
                #expect(try await service.status(id: second.id, userId: "u").status == .completed)
                #expect(try await users.user(id: "u")?.plan == .pro)
                // Each reconnection asked for what came after the last settlement processed.
                let subscriptions = stub.state.withLock { $0.subscriptions }
                #expect(Array(subscriptions.prefix(3)) == [0, 1, 2])
            }
        }
    }

    func withDatabase(_ body: (any SQLDatabase) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-lnd-db-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await SQLiteDatabase.open(path: folder.appendingPathComponent("axisor.sqlite").path)
        try await Migrator(database: database).migrate()
        do {
            try await body(database)
        } catch {
            try? await database.close()
            throw error
        }
        try await database.close()
    }
}
