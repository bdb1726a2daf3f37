import Domain
import Foundation

/// LND's REST JSON (grpc-gateway): snake_case names, 64-bit numbers as strings, bytes as
/// base64. Read leniently — a missing field is its protobuf default — since LND omits or adds
/// fields between versions.
struct LNDJSON {
    let object: [String: Any]

    init(_ object: [String: Any]) {
        self.object = object
    }

    init(data: Data) throws {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw LightningError("LND answered something that is not a JSON object")
        }
        self.object = object
    }

    func string(_ key: String) -> String {
        object[key] as? String ?? ""
    }

    func int(_ key: String) -> Int64 {
        switch object[key] {
        case let text as String: Int64(text) ?? 0
        case let number as NSNumber: number.int64Value
        default: 0
        }
    }

    func bool(_ key: String) -> Bool {
        (object[key] as? NSNumber)?.boolValue ?? false
    }

    func nested(_ key: String) -> LNDJSON {
        LNDJSON(object[key] as? [String: Any] ?? [:])
    }

    func list(_ key: String) -> [LNDJSON] {
        (object[key] as? [[String: Any]] ?? []).map(LNDJSON.init)
    }

    /// A bytes field (base64) as hex.
    func hex(_ key: String) -> String {
        Hex.string(Data(base64Encoded: string(key)) ?? Data())
    }

    var invoice: Invoice {
        let settleDate = int("settle_date")
        return Invoice(
            paymentRequest: string("payment_request"), paymentHash: hex("r_hash"), paymentAddress: hex("payment_addr"), value: int("value"),
            memo: string("memo"), creationDate: Date(timeIntervalSince1970: TimeInterval(int("creation_date"))), expiry: Int(int("expiry")),
            state: Invoice.State(rawValue: string("state")) ?? (bool("settled") ? .settled : .open), amountPaid: int("amt_paid_sat"),
            addIndex: UInt64(max(0, int("add_index"))), settleIndex: UInt64(max(0, int("settle_index"))),
            settledAt: settleDate > 0 ? Date(timeIntervalSince1970: TimeInterval(settleDate)) : nil
        )
    }

    var nodeInfo: NodeInfo {
        let networks = list("chains").map { $0.string("network") }
        return NodeInfo(
            version: string("version"), identityPubkey: string("identity_pubkey"), alias: string("alias"), color: string("color"),
            pendingChannels: Int(int("num_pending_channels")), activeChannels: Int(int("num_active_channels")),
            inactiveChannels: Int(int("num_inactive_channels")), peers: Int(int("num_peers")), blockHeight: Int(int("block_height")),
            blockHash: string("block_hash"), syncedToChain: bool("synced_to_chain"), syncedToGraph: bool("synced_to_graph"),
            testnet: bool("testnet") || networks.contains { $0 != "mainnet" && !$0.isEmpty }
        )
    }
}
