/// What the node says about itself (LND's `GetInfo`).
public struct NodeInfo: Sendable, Hashable {
    public var version: String
    public var identityPubkey: String
    public var alias: String
    public var color: String
    public var pendingChannels: Int
    public var activeChannels: Int
    public var inactiveChannels: Int
    public var peers: Int
    public var blockHeight: Int
    public var blockHash: String
    public var syncedToChain: Bool
    public var syncedToGraph: Bool
    public var testnet: Bool

    public init(
        version: String, identityPubkey: String, alias: String, color: String, pendingChannels: Int, activeChannels: Int,
        inactiveChannels: Int, peers: Int, blockHeight: Int, blockHash: String, syncedToChain: Bool, syncedToGraph: Bool, testnet: Bool
    ) {
        self.version = version
        self.identityPubkey = identityPubkey
        self.alias = alias
        self.color = color
        self.pendingChannels = pendingChannels
        self.activeChannels = activeChannels
        self.inactiveChannels = inactiveChannels
        self.peers = peers
        self.blockHeight = blockHeight
        self.blockHash = blockHash
        self.syncedToChain = syncedToChain
        self.syncedToGraph = syncedToGraph
        self.testnet = testnet
    }
}

/// On-chain and channel balances in sats.
public struct WalletBalance: Sendable, Hashable {
    public var confirmed: Int64
    public var unconfirmed: Int64
    public var locked: Int64
    /// What the node's channels hold on its side.
    public var channels: Int64

    public init(confirmed: Int64, unconfirmed: Int64, locked: Int64, channels: Int64) {
        self.confirmed = confirmed
        self.unconfirmed = unconfirmed
        self.locked = locked
        self.channels = channels
    }

    /// On-chain (confirmed and not) plus channels, as the seed's `total_balance`.
    public var total: Int64 { confirmed + unconfirmed + channels }
}
