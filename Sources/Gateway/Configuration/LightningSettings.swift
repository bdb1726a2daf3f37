import Domain

/// Which Lightning node Axisor uses (`lightning.*`), and how plan invoices are made.
public struct LightningSettings: Sendable, Hashable {
    public enum Backend: String, Sendable, Hashable, CaseIterable {
        /// The embedded node: real BOLT11 invoices, paid only by `simulateInvoicePayment`.
        case fake
        /// An LND node over its REST API.
        case lnd
    }

    public enum Network: String, Sendable, Hashable, CaseIterable {
        case mainnet, testnet, regtest
    }

    public var backend = Backend.fake
    /// The fake node's network (its invoices' prefix: lnbc, lntb, lnbcrt).
    public var network = Network.regtest
    /// Where the fake node keeps its key and invoices; nil: `fake-lightning` beside the database.
    public var fakeFolder: String?
    /// How long plan invoices may be paid in.
    public var invoiceExpirySeconds = 3_600
    public var lnd: LNDSettings?
    /// Sats per paid plan.
    public var prices = PlanPricing.defaultPrices

    public init() {}
}

/// How to reach LND's REST API: its URL, the `tls.cert` it presents (the only certificate
/// trusted), the macaroon file sent with every call, and how long a call may take.
public struct LNDSettings: Sendable, Hashable {
    public var url: String
    public var tlsCertificatePath: String
    public var macaroonPath: String
    public var timeoutSeconds: Int

    public init(url: String, tlsCertificatePath: String, macaroonPath: String, timeoutSeconds: Int = 10) {
        self.url = url
        self.tlsCertificatePath = tlsCertificatePath
        self.macaroonPath = macaroonPath
        self.timeoutSeconds = timeoutSeconds
    }
}
