import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTLS
import HummingbirdTesting
import NIOCore
import NIOSSL
import Synchronization

/// A stand-in for LND's REST API on loopback, over TLS with a certificate made for the test,
/// checking the macaroon of every call as LND does. It keeps invoices, settles them on demand,
/// streams settlements, and can cut its stream after some messages or stall its answers.
final class StubLND: Sendable {
    struct StoredInvoice: Sendable {
        var paymentHash: [UInt8]
        var paymentAddress: [UInt8]
        var value: Int64
        var memo: String
        var expiry: Int
        var addIndex: Int
        var settleIndex = 0
        var creationDate: Int

        var json: [String: Any] {
            [
                "memo": memo, "r_hash": Data(paymentHash).base64EncodedString(), "payment_addr": Data(paymentAddress).base64EncodedString(),
                "value": String(value), "creation_date": String(creationDate), "settle_date": settleIndex > 0 ? String(creationDate + 5) : "0",
                "payment_request": "lnbcrt\(value)stub\(addIndex)", "expiry": String(expiry), "settled": settleIndex > 0,
                "amt_paid_sat": settleIndex > 0 ? String(value) : "0", "add_index": String(addIndex), "settle_index": String(settleIndex),
                "state": settleIndex > 0 ? "SETTLED" : "OPEN",
            ]
        }
    }

    struct State: Sendable {
        var invoices: [StoredInvoice] = []
        /// The `settle_index` of every subscription, in order.
        var subscriptions: [Int] = []
        /// Each subscription ends after this many messages (nil: it stays open).
        var streamLimit: Int?
        /// Answers wait this long first.
        var stall: Duration = .zero
    }

    let macaroon: [UInt8] = Array("a macaroon the node would bake".utf8)
    let state = Mutex(State())
    /// Wakes open subscriptions when an invoice settles.
    let settlements = Mutex<[UUID: AsyncStream<Void>.Continuation]>([:])

    /// Settles an invoice, as a payment on the network would.
    func settle(addIndex: Int) {
        state.withLock { state in
            let next = (state.invoices.map(\.settleIndex).max() ?? 0) + 1
            if let index = state.invoices.firstIndex(where: { $0.addIndex == addIndex }) { state.invoices[index].settleIndex = next }
        }
        for waiter in settlements.withLock({ Array($0.values) }) { waiter.yield() }
    }

    /// Ends open subscriptions, so that the server can stop.
    func closeStreams() {
        for waiter in settlements.withLock({ Array($0.values) }) { waiter.finish() }
    }

    /// Runs `body` with the stub listening on `https://127.0.0.1:PORT`, presenting `certificate`.
    func run(certificate: TestCertificate, _ body: @Sendable (_ url: String) async throws -> Void) async throws {
        let tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try NIOSSLCertificate(file: certificate.certificatePath, format: .pem))],
            privateKey: .privateKey(try NIOSSLPrivateKey(file: certificate.keyPath, format: .pem))
        )
        let app = Application(router: router(), server: try .tls(.http1(), tlsConfiguration: tls), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            defer { closeStreams() }
            try await body("https://127.0.0.1:\(client.port ?? 0)")
        }
    }

    private func router() -> Router<BasicRequestContext> {
        let router = Router()
        let expected = macaroon.map { String(format: "%02x", $0) }.joined()
        router.add(middleware: MacaroonCheck(expected: expected, stall: { self.state.withLock { $0.stall } }))
        router.get("/v1/getinfo") { _, _ in
            Self.json([
                "version": "0.18.3-beta commit=v0.18.3-beta", "identity_pubkey": "02" + String(repeating: "ab", count: 32), "alias": "stub-lnd",
                "color": "#3399ff", "num_pending_channels": 1, "num_active_channels": 4, "num_inactive_channels": 0, "num_peers": 3,
                "block_height": 2_500_000, "block_hash": String(repeating: "0", count: 64), "synced_to_chain": true, "synced_to_graph": false,
                "testnet": false, "chains": [["chain": "bitcoin", "network": "testnet"]],
            ])
        }
        router.get("/v1/balance/blockchain") { _, _ in
            Self.json(["total_balance": "1000000", "confirmed_balance": "950000", "unconfirmed_balance": "50000", "locked_balance": "0"])
        }
        router.get("/v1/balance/channels") { _, _ in
            Self.json(["balance": "5000000", "local_balance": ["sat": "5000000", "msat": "5000000000"]])
        }
        router.post("/v1/invoices") { request, _ in
            let body = try await request.body.collect(upTo: 65_536)
            let fields = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any] ?? [:]
            let preimage = (0..<32).map { _ in UInt8.random(in: 0...255) }
            let invoice = self.state.withLock { state in
                let invoice = StoredInvoice(
                    paymentHash: Array(SHA256.hash(data: preimage)), paymentAddress: (0..<32).map { _ in UInt8.random(in: 0...255) },
                    value: Int64(fields["value"] as? String ?? "0") ?? 0, memo: fields["memo"] as? String ?? "",
                    expiry: Int(fields["expiry"] as? String ?? "3600") ?? 3_600, addIndex: state.invoices.count + 1,
                    creationDate: Int(Date().timeIntervalSince1970)
                )
                state.invoices.append(invoice)
                return invoice
            }
            let json = invoice.json
            return Self.json(["r_hash": json["r_hash"]!, "payment_request": json["payment_request"]!, "add_index": json["add_index"]!, "payment_addr": json["payment_addr"]!])
        }
        router.get("/v1/invoices") { request, _ in
            let query = request.uri.queryParameters
            let pendingOnly = query["pending_only"].map { $0 == "true" } ?? false
            let offset = query["index_offset"].flatMap { Int($0) } ?? 0
            let limit = query["num_max_invoices"].flatMap { Int($0) } ?? 100
            let reversed = query["reversed"].map { $0 == "true" } ?? false
            var invoices = self.state.withLock { $0.invoices }.filter { !pendingOnly || $0.settleIndex == 0 }
            invoices = reversed ? Array(invoices.reversed().prefix(limit)) : Array(invoices.filter { $0.addIndex > offset }.prefix(limit))
            return Self.json([
                "invoices": invoices.map(\.json), "last_index_offset": String(invoices.last?.addIndex ?? offset),
                "first_index_offset": String(invoices.first?.addIndex ?? 0),
            ])
        }
        router.get("/v1/invoice/:hash") { _, context in
            let hash = context.parameters.get("hash") ?? ""
            guard let invoice = self.state.withLock({ $0.invoices.first { Data($0.paymentHash).map { String(format: "%02x", $0) }.joined() == hash } }) else {
                return Self.json(["code": 5, "message": "unable to locate invoice", "details": []], status: .notFound)
            }
            return Self.json(invoice.json)
        }
        router.get("/v1/invoices/subscribe") { request, _ in
            let after = request.uri.queryParameters["settle_index"].flatMap { Int($0) } ?? 0
            let limit = self.state.withLock { state in
                state.subscriptions.append(after)
                return state.streamLimit
            }
            let (wakeups, waker) = AsyncStream<Void>.makeStream()
            let id = UUID()
            self.settlements.withLock { $0[id] = waker }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody { writer in
                defer { _ = self.settlements.withLock { $0.removeValue(forKey: id) } }
                var sent = after
                var count = 0
                var wakeupIterator = wakeups.makeAsyncIterator()
                while true {
                    let due = self.state.withLock { $0.invoices }.filter { $0.settleIndex > sent }.sorted { $0.settleIndex < $1.settleIndex }
                    for invoice in due {
                        let line = try JSONSerialization.data(withJSONObject: ["result": invoice.json]) + Data("\n".utf8)
                        try await writer.write(ByteBuffer(bytes: line))
                        sent = invoice.settleIndex
                        count += 1
                        if let limit, count >= limit {
                            try await writer.finish(nil)
                            return
                        }
                    }
                    guard await wakeupIterator.next() != nil else { break }
                }
                try await writer.finish(nil)
            })
        }
        return router
    }

    static func json(_ object: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// LND refuses a call without the right macaroon: 500 "verification failed".
    struct MacaroonCheck: RouterMiddleware {
        typealias Context = BasicRequestContext
        let expected: String
        let stall: @Sendable () -> Duration

        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            try await Task.sleep(for: stall())
            guard request.headers[HTTPField.Name("Grpc-Metadata-macaroon")!] == expected else {
                return StubLND.json(["code": 2, "message": "verification failed: signature mismatch after caveat verification", "details": []],
                                    status: .internalServerError)
            }
            return try await next(request, context)
        }
    }
}

/// A self-signed certificate for 127.0.0.1 and localhost, made with openssl for one test.
struct TestCertificate: Sendable {
    let folder: URL
    var certificatePath: String { folder.appendingPathComponent("tls.cert").path }
    var keyPath: String { folder.appendingPathComponent("tls.key").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-lnd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", keyPath, "-out",
            certificatePath, "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ]
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        guard openssl.terminationStatus == 0 else { throw CertificateError() }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    struct CertificateError: Error {}
}
