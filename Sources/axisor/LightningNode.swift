import Domain
import Foundation
import Gateway
import Integrations

/// The Lightning node the configuration names: the embedded fake node, or LND.
struct LightningNode {
    var backend: any LightningBackend
    /// The fake node pays its own invoices for `simulateInvoicePayment`; LND does not.
    var simulator: (any InvoicePaymentSimulator)?
    /// Closes the node's connections when the server stops.
    var shutdown: @Sendable () async throws -> Void = {}

    static func open(_ configuration: GatewayConfiguration) throws -> LightningNode {
        let settings = configuration.lightning
        switch settings.backend {
        case .fake:
            let node = try FakeLightningNode(folder: fakeFolder(configuration), network: FakeLightningNode.Network(rawValue: settings.network.rawValue) ?? .regtest)
            return LightningNode(backend: node, simulator: node)
        case .lnd:
            guard let lnd = settings.lnd else { throw LightningError("lightning.backend lnd needs its settings") }
            let client = try LNDClient(
                url: lnd.url, certificatePath: lnd.tlsCertificatePath, macaroonPath: lnd.macaroonPath, timeoutSeconds: lnd.timeoutSeconds
            )
            return LightningNode(backend: client, simulator: nil, shutdown: { try await client.shutdown() })
        }
    }

    /// `lightning.fake_folder`, or `fake-lightning` beside the SQLite file (under ./data otherwise).
    static func fakeFolder(_ configuration: GatewayConfiguration) -> String {
        configuration.lightning.fakeFolder ?? configuration.database.dataFolder + "/fake-lightning"
    }
}
