import Crypto
import Foundation

/// BOLT 11 payment requests: what they hold, and how they are written and signed.
struct BOLT11Invoice: Sendable, Hashable {
    /// `bc` (mainnet), `tb` (testnet, signet), `bcrt` (regtest).
    var network: String
    var amountMillisatoshis: Int64?
    var timestamp: Int
    var paymentHash: [UInt8]
    var paymentSecret: [UInt8]
    var description: String
    var expirySeconds: Int
    var minFinalCLTVExpiry = 80

    /// The `ln…` human-readable part: network and amount with the largest multiplier that
    /// writes it exactly (50,000 sats is `500u`).
    var humanReadablePart: String {
        "ln" + network + (amountMillisatoshis.map(Self.amountText) ?? "")
    }

    static func amountText(_ millisatoshis: Int64) -> String {
        // One bitcoin is 10^11 msat; the multipliers scale it down.
        let units: [(suffix: String, millisatoshis: Int64)] = [("", 100_000_000_000), ("m", 100_000_000), ("u", 100_000), ("n", 100)]
        for unit in units where millisatoshis % unit.millisatoshis == 0 {
            return "\(millisatoshis / unit.millisatoshis)\(unit.suffix)"
        }
        return "\(millisatoshis * 10)p"
    }

    /// The words before the signature: timestamp and tagged fields.
    var dataWords: [UInt8] {
        var words = Self.words(of: UInt64(timestamp), count: 7)
        func field(_ type: UInt8, _ data: [UInt8]) {
            words += [type] + Self.words(of: UInt64(data.count), count: 2) + data
        }
        field(1, Bech32.regroup(paymentHash, from: 8, to: 5))            // p
        field(16, Bech32.regroup(paymentSecret, from: 8, to: 5))         // s
        field(13, Bech32.regroup(Array(description.utf8), from: 8, to: 5))  // d
        field(6, Self.minimalWords(of: UInt64(expirySeconds)))           // x
        field(24, Self.minimalWords(of: UInt64(minFinalCLTVExpiry)))     // c
        // 9: features var_onion_optin (bit 8) and payment_secret (bit 14), both required.
        field(5, Self.minimalWords(of: 1 << 14 | 1 << 8))
        return words
    }

    /// What the node signs: SHA-256 of the human-readable part's bytes and the data words as
    /// bytes (zero-padded).
    var signingHash: [UInt8] {
        Array(SHA256.hash(data: Array(humanReadablePart.utf8) + Bech32.regroup(dataWords, from: 5, to: 8)))
    }

    /// The payment request, signed by `signer` (64-byte compact signature and recovery id).
    func encoded(signature: [UInt8], recoveryId: UInt8) -> String {
        Bech32.encode(hrp: humanReadablePart, words: dataWords + Bech32.regroup(signature + [recoveryId], from: 8, to: 5))
    }

    static func words(of value: UInt64, count: Int) -> [UInt8] {
        (0..<count).map { UInt8((value >> (5 * UInt64(count - 1 - $0))) & 31) }
    }

    static func minimalWords(of value: UInt64) -> [UInt8] {
        var count = 1
        while value >> (5 * UInt64(count)) != 0 { count += 1 }
        return words(of: value, count: count)
    }
}
