import CSecp256k1
import Foundation

/// A node's secp256k1 key: it signs invoices with recoverable ECDSA, as BOLT11 asks, so the
/// payer learns the payee's public key from the signature.
struct NodeKey: Sendable {
    private let secret: [UInt8]
    /// The compressed public key (33 bytes): the node's identity.
    let publicKey: [UInt8]

    init(secret: [UInt8]) throws {
        guard secret.count == 32, secp256k1_ec_seckey_verify(Self.context.pointer, secret) == 1 else { throw NodeKeyError.invalidSecret }
        self.secret = secret
        var key = secp256k1_pubkey()
        guard secp256k1_ec_pubkey_create(Self.context.pointer, &key, secret) == 1 else { throw NodeKeyError.invalidSecret }
        var output = [UInt8](repeating: 0, count: 33)
        var length = 33
        secp256k1_ec_pubkey_serialize(Self.context.pointer, &output, &length, &key, UInt32(SECP256K1_EC_COMPRESSED))
        publicKey = output
    }

    /// A fresh random key.
    static func generate() -> NodeKey {
        var generator = SystemRandomNumberGenerator()
        while true {
            if let key = try? NodeKey(secret: (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }) { return key }
        }
    }

    var secretBytes: [UInt8] { secret }

    /// The compact signature (r ‖ s, 64 bytes) of a 32-byte hash and its recovery id.
    func signRecoverable(_ hash: [UInt8]) throws -> (signature: [UInt8], recoveryId: UInt8) {
        precondition(hash.count == 32)
        var signature = secp256k1_ecdsa_recoverable_signature()
        guard secp256k1_ecdsa_sign_recoverable(Self.context.pointer, &signature, hash, secret, nil, nil) == 1 else {
            throw NodeKeyError.signingFailed
        }
        var compact = [UInt8](repeating: 0, count: 64)
        var recoveryId: Int32 = 0
        secp256k1_ecdsa_recoverable_signature_serialize_compact(Self.context.pointer, &compact, &recoveryId, &signature)
        return (compact, UInt8(recoveryId))
    }

    /// One context for the process.
    private static let context = Context()

    // @unchecked: the pointer is set once and never changed, and libsecp256k1 documents a
    // context as safe to use from several threads at once for every call made here (signing,
    // key creation and serialization take it as `const`); only randomization mutates it, and
    // it is never called.
    private final class Context: @unchecked Sendable {
        let pointer: OpaquePointer

        init() {
            pointer = secp256k1_context_create(UInt32(SECP256K1_CONTEXT_SIGN | SECP256K1_CONTEXT_VERIFY))!
        }
    }
}

enum NodeKeyError: Error, CustomStringConvertible {
    case invalidSecret
    case signingFailed

    var description: String {
        switch self {
        case .invalidSecret: "not a valid secp256k1 secret key"
        case .signingFailed: "secp256k1 could not sign"
        }
    }
}
