import AsyncHTTPClient
import Domain
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// LND over its REST API. TLS trusts only the node's own `tls.cert`; every call carries the
/// macaroon (hex, `Grpc-Metadata-macaroon`) and has a timeout; a node that is down, slow or
/// refusing is a `LightningError` (503 for clients), never a hang.
public final class LNDClient: LightningBackend {
    let baseURL: String
    let macaroon: String
    let timeout: TimeAmount
    /// Calls with a read timeout; the invoice stream, idle for hours at times, has its own.
    let client: HTTPClient
    let streamClient: HTTPClient

    /// - Parameters:
    ///   - url: `https://HOST:PORT`, LND's REST listener.
    ///   - certificatePath: the node's `tls.cert` (PEM).
    ///   - macaroonPath: the macaroon file (binary), e.g. `invoice.macaroon` or `admin.macaroon`.
    public init(url: String, certificatePath: String, macaroonPath: String, timeoutSeconds: Int) throws {
        baseURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        guard let macaroonBytes = FileManager.default.contents(atPath: macaroonPath) else {
            throw LightningError("the macaroon file \(macaroonPath) could not be read")
        }
        macaroon = Hex.string(macaroonBytes)
        timeout = .seconds(Int64(timeoutSeconds))
        var tls = TLSConfiguration.makeClientConfiguration()
        do {
            tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(certificatePath))
        } catch {
            throw LightningError("the TLS certificate \(certificatePath) could not be read: \(error)")
        }
        // The pinned certificate is the only root trusted; LND's names localhost and its own
        // host, which need not be the name it is reached by.
        tls.certificateVerification = .noHostnameVerification
        let connect = HTTPClient.Configuration.Timeout(connect: timeout, read: timeout)
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(tlsConfiguration: tls, timeout: connect))
        streamClient = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: .init(tlsConfiguration: tls, timeout: .init(connect: timeout))
        )
    }

    /// Closes the connections; call once before dropping the client.
    public func shutdown() async throws {
        try await client.shutdown()
        try await streamClient.shutdown()
    }

    public func info() async throws -> NodeInfo {
        try await call(.GET, "/v1/getinfo").nodeInfo
    }

    public func balance() async throws -> WalletBalance {
        async let chain = call(.GET, "/v1/balance/blockchain")
        async let channels = call(.GET, "/v1/balance/channels")
        let (onChain, inChannels) = try await (chain, channels)
        let local = inChannels.nested("local_balance").int("sat")
        return WalletBalance(
            confirmed: onChain.int("confirmed_balance"), unconfirmed: onChain.int("unconfirmed_balance"), locked: onChain.int("locked_balance"),
            channels: local > 0 ? local : inChannels.int("balance")
        )
    }

    public func createInvoice(_ request: InvoiceRequest) async throws -> Invoice {
        let body = try JSONSerialization.data(withJSONObject: ["value": String(request.value), "memo": request.memo, "expiry": String(request.expiry)])
        let added = try await call(.POST, "/v1/invoices", body: body)
        let hash = added.hex("r_hash")
        guard let invoice = try await invoice(paymentHash: hash) else { throw LightningError("LND did not keep the invoice it made") }
        return invoice
    }

    public func invoices(pendingOnly: Bool, offset: Int, limit: Int) async throws -> InvoicePage {
        let page = try await call(.GET, "/v1/invoices?pending_only=\(pendingOnly)&index_offset=\(offset)&num_max_invoices=\(limit)")
        // LND keeps no count: all invoices number as many as the newest add index; pending
        // ones are counted (they are few: unpaid invoices expire).
        let total: Int
        if pendingOnly {
            total = try await call(.GET, "/v1/invoices?pending_only=true&num_max_invoices=10000").list("invoices").count
        } else {
            total = Int(try await call(.GET, "/v1/invoices?reversed=true&num_max_invoices=1").list("invoices").first?.int("add_index") ?? 0)
        }
        return InvoicePage(invoices: page.list("invoices").map(\.invoice), total: total, lastIndexOffset: UInt64(max(0, page.int("last_index_offset"))))
    }

    public func invoice(paymentHash: String) async throws -> Invoice? {
        guard paymentHash.count == 64, Hex.bytes(paymentHash) != nil else { return nil }
        return try await call(.GET, "/v1/invoice/\(paymentHash.lowercased())", absentWhenNotFound: true)?.invoice
    }

    public func invoiceUpdates(afterSettleIndex settleIndex: UInt64) -> AsyncThrowingStream<Invoice, any Error> {
        let (stream, continuation) = AsyncThrowingStream<Invoice, any Error>.makeStream()
        let task = Task {
            do {
                var request = self.request(.GET, "/v1/invoices/subscribe?settle_index=\(settleIndex)")
                request.headers.add(name: "Accept", value: "application/json")
                let response = try await self.streamClient.execute(request, deadline: .distantFuture)
                guard response.status == .ok else {
                    throw LightningError("LND refused the invoice stream (\(response.status.code)): \(await Self.message(of: response))")
                }
                var pending = Data()
                for try await chunk in response.body {
                    pending.append(contentsOf: chunk.readableBytesView)
                    while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                        let line = pending[pending.startIndex..<newline]
                        pending = Data(pending[pending.index(after: newline)...])
                        guard !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) else { continue }
                        let message = try LNDJSON(data: Data(line))
                        if message.object["error"] != nil {
                            throw LightningError("LND ended the invoice stream: \(message.nested("error").string("message"))")
                        }
                        continuation.yield(message.nested("result").invoice)
                    }
                }
                continuation.finish(throwing: LightningError("LND closed the invoice stream"))
            } catch let error as LightningError {
                continuation.finish(throwing: error)
            } catch {
                continuation.finish(throwing: LightningError("the invoice stream broke: \(error)"))
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func request(_ method: HTTPMethod, _ path: String) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.headers.add(name: "Grpc-Metadata-macaroon", value: macaroon)
        return request
    }

    /// One call: its JSON answer, or a `LightningError`.
    private func call(_ method: HTTPMethod, _ path: String, body: Data? = nil) async throws -> LNDJSON {
        // Without absentWhenNotFound, every refusal throws.
        try await call(method, path, body: body, absentWhenNotFound: false)!
    }

    /// One call; nil when LND says it has no such thing and `absentWhenNotFound`.
    private func call(_ method: HTTPMethod, _ path: String, body: Data? = nil, absentWhenNotFound: Bool) async throws -> LNDJSON? {
        var request = request(method, path)
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: timeout)
        } catch {
            throw LightningError("LND at \(baseURL) could not be reached: \(error)")
        }
        guard response.status == .ok else {
            let message = await Self.message(of: response)
            // LND says "unable to locate invoice" (404, or 500 on older versions).
            if absentWhenNotFound && (response.status == .notFound || message.contains("unable to locate invoice")) { return nil }
            throw LightningError("LND refused \(method.rawValue) \(path.split(separator: "?")[0]) (\(response.status.code)): \(message)")
        }
        do {
            return try LNDJSON(data: Data(try await response.body.collect(upTo: 16 * 1_024 * 1_024).readableBytesView))
        } catch let error as LightningError {
            throw error
        } catch {
            throw LightningError("LND's answer could not be read: \(error)")
        }
    }

    private static func message(of response: HTTPClientResponse) async -> String {
        let body = (try? await response.body.collect(upTo: 64 * 1_024)).map { Data($0.readableBytesView) } ?? Data()
        return (try? LNDJSON(data: body))?.string("message") ?? String(decoding: body, as: UTF8.self)
    }
}
