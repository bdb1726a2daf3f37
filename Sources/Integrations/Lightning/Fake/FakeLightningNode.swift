import Crypto
import Domain
import Foundation

/// The embedded Lightning node of the default set-up: it answers like LND — stable node info and
/// balances, invoices that are real BOLT11 strings signed with its own secp256k1 key, an update
/// stream resumable by settle index — but nothing pays its invoices except an admin's
/// `simulateInvoicePayment`. Its key and invoices live in a folder of its own (as a real node
/// keeps its own database), so they survive restarts.
public actor FakeLightningNode: LightningBackend, InvoicePaymentSimulator {
    public enum Network: String, Sendable, CaseIterable {
        case mainnet, testnet, regtest

        /// The BOLT11 currency prefix.
        var prefix: String {
            switch self {
            case .mainnet: "bc"
            case .testnet: "tb"
            case .regtest: "bcrt"
            }
        }
    }

    let key: NodeKey
    let network: Network
    let folder: URL
    let clock: @Sendable () -> Date
    private var invoices: [StoredInvoice]
    private var listeners: [UUID: AsyncThrowingStream<Invoice, any Error>.Continuation] = [:]

    /// Opens the node of `folder`, making its key on first use.
    public init(folder: String, network: Network, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.folder = URL(fileURLWithPath: folder)
        self.network = network
        self.clock = clock
        try FileManager.default.createDirectory(at: self.folder, withIntermediateDirectories: true)
        let keyFile = self.folder.appendingPathComponent("node.key")
        if let text = try? String(contentsOf: keyFile, encoding: .utf8), let bytes = Hex.bytes(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            key = try NodeKey(secret: bytes)
        } else {
            key = NodeKey.generate()
            guard FileManager.default.createFile(
                atPath: keyFile.path, contents: Data((Hex.string(key.secretBytes) + "\n").utf8), attributes: [.posixPermissions: 0o600]
            ) else { throw LightningError("the fake node's key file \(keyFile.path) could not be written") }
        }
        invoices = Self.load(from: self.folder)
    }

    /// The invoices as the folder holds them now: another process (`axisor lightning`) may
    /// have added or paid some since, as payers do to a real node.
    static func load(from folder: URL) -> [StoredInvoice] {
        (try? JSONDecoder().decode([StoredInvoice].self, from: Data(contentsOf: folder.appendingPathComponent("invoices.json")))) ?? []
    }

    private func reload() {
        invoices = Self.load(from: folder)
    }

    /// The node's identity: its compressed public key, hex.
    public nonisolated var identityPubkey: String { Hex.string(key.publicKey) }

    public func info() async throws -> NodeInfo {
        NodeInfo(
            version: "0.18.0-beta (axisor fake node)", identityPubkey: identityPubkey, alias: "Axisor-Fake-Node", color: "#68f0ae",
            pendingChannels: 0, activeChannels: 2, inactiveChannels: 0, peers: 2, blockHeight: 840_000,
            blockHash: String(repeating: "0", count: 16) + Hex.string(Array(SHA256.hash(data: key.publicKey)).prefix(24)),
            syncedToChain: true, syncedToGraph: true, testnet: network != .mainnet
        )
    }

    /// Fixed on-chain funds; the channels hold what settled invoices brought in.
    public func balance() async throws -> WalletBalance {
        reload()
        let received = invoices.filter { $0.state == .settled }.reduce(Int64(0)) { $0 + $1.amountPaid }
        return WalletBalance(confirmed: 950_000, unconfirmed: 0, locked: 0, channels: 5_000_000 + received)
    }

    public func createInvoice(_ request: InvoiceRequest) async throws -> Invoice {
        reload()
        let preimage = Self.randomBytes(32)
        let paymentHash = Array(SHA256.hash(data: preimage))
        let secret = Self.randomBytes(32)
        let now = clock()
        let bolt11 = BOLT11Invoice(
            network: network.prefix, amountMillisatoshis: request.value > 0 ? request.value * 1_000 : nil, timestamp: Int(now.timeIntervalSince1970),
            paymentHash: paymentHash, paymentSecret: secret, description: request.memo, expirySeconds: request.expiry
        )
        let signed = try key.signRecoverable(bolt11.signingHash)
        let stored = StoredInvoice(
            paymentRequest: bolt11.encoded(signature: signed.signature, recoveryId: signed.recoveryId), paymentHash: Hex.string(paymentHash),
            paymentAddress: Hex.string(secret), preimage: Hex.string(preimage), value: request.value, memo: request.memo,
            creationDate: Double(bolt11.timestamp), expiry: request.expiry, state: .open, amountPaid: 0,
            addIndex: (invoices.last?.addIndex ?? 0) + 1, settleIndex: 0, settledAt: nil
        )
        invoices.append(stored)
        try save()
        return stored.invoice
    }

    public func invoices(pendingOnly: Bool, offset: Int, limit: Int) async throws -> InvoicePage {
        reload()
        let matching = invoices.filter { !pendingOnly || $0.state == .open }
        let page = matching.filter { $0.addIndex > UInt64(max(0, offset)) }.prefix(max(0, limit))
        return InvoicePage(invoices: page.map(\.invoice), total: matching.count, lastIndexOffset: page.last?.addIndex ?? UInt64(max(0, offset)))
    }

    public func invoice(paymentHash: String) async throws -> Invoice? {
        reload()
        return invoices.first { $0.paymentHash == paymentHash.lowercased() }?.invoice
    }

    public nonisolated func invoiceUpdates(afterSettleIndex settleIndex: UInt64) -> AsyncThrowingStream<Invoice, any Error> {
        let (stream, continuation) = AsyncThrowingStream<Invoice, any Error>.makeStream()
        let id = UUID()
        Task { await self.listen(id: id, continuation: continuation, after: settleIndex) }
        continuation.onTermination = { _ in Task { await self.stopListening(id) } }
        return stream
    }

    /// Pays an open invoice of this node, as a payer on the network would. True when this call
    /// settled it; false when it was settled already. Unknown, expired or canceled invoices
    /// are refused.
    public func simulatePayment(paymentRequest: String) throws -> Bool {
        reload()
        guard let index = invoices.firstIndex(where: { $0.paymentRequest == paymentRequest.lowercased() }) else {
            throw InvoiceSimulationError.unknownInvoice
        }
        var invoice = invoices[index]
        switch invoice.state {
        case .settled: return false
        case .canceled, .accepted: throw InvoiceSimulationError.notPayable
        case .open: break
        }
        let now = clock()
        guard now < invoice.invoice.expiresAt else { throw InvoiceSimulationError.notPayable }
        invoice.state = .settled
        invoice.amountPaid = invoice.value
        invoice.settleIndex = (invoices.map(\.settleIndex).max() ?? 0) + 1
        invoice.settledAt = now.timeIntervalSince1970
        invoices[index] = invoice
        try save()
        for listener in listeners.values { listener.yield(invoice.invoice) }
        return true
    }

    private func listen(id: UUID, continuation: AsyncThrowingStream<Invoice, any Error>.Continuation, after settleIndex: UInt64) {
        reload()
        for invoice in invoices.filter({ $0.settleIndex > settleIndex }).sorted(by: { $0.settleIndex < $1.settleIndex }) {
            continuation.yield(invoice.invoice)
        }
        listeners[id] = continuation
    }

    private func stopListening(_ id: UUID) {
        listeners[id] = nil
    }

    private func save() throws {
        let data = try JSONEncoder().encode(invoices)
        try data.write(to: folder.appendingPathComponent("invoices.json"), options: .atomic)
    }

    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}

/// An invoice as the fake node writes it to its file.
struct StoredInvoice: Codable, Sendable {
    var paymentRequest: String
    var paymentHash: String
    var paymentAddress: String
    var preimage: String
    var value: Int64
    var memo: String
    var creationDate: Double
    var expiry: Int
    var state: Invoice.State
    var amountPaid: Int64
    var addIndex: UInt64
    var settleIndex: UInt64
    var settledAt: Double?

    var invoice: Invoice {
        Invoice(
            paymentRequest: paymentRequest, paymentHash: paymentHash, paymentAddress: paymentAddress, value: value, memo: memo,
            creationDate: Date(timeIntervalSince1970: creationDate), expiry: expiry, state: state, amountPaid: amountPaid, addIndex: addIndex,
            settleIndex: settleIndex, settledAt: settledAt.map(Date.init(timeIntervalSince1970:))
        )
    }
}

extension Invoice.State: Codable {}
