import Crypto
import Foundation

/// Seals exchange credentials for the database with AES-256-GCM: a random 96-bit nonce per
/// sealing, the key's id stored beside the ciphertext, and the user and account ids bound as
/// associated data — so a sealed row copied onto another account does not open. The keys come
/// from a key file or the environment, never from the database.
public struct CredentialVault: Sendable {
    /// The key new sealings use.
    public let current: CredentialKey
    /// Keys of earlier sealings, kept to open them after a rotation.
    let previous: [CredentialKey]

    public init(current: CredentialKey, previous: [CredentialKey] = []) {
        self.current = current
        self.previous = previous
    }

    public func seal(_ credentials: ExchangeCredentials, userId: String, accountId: String) throws -> SealedCredentials {
        let plaintext = try JSONEncoder().encode(credentials)
        let box = try AES.GCM.seal(plaintext, using: current.key, authenticating: Self.associatedData(userId: userId, accountId: accountId))
        guard let combined = box.combined else { throw CredentialVaultError.sealingFailed }
        return SealedCredentials(keyId: current.id, ciphertext: combined)
    }

    public func open(_ sealed: SealedCredentials, userId: String, accountId: String) throws -> ExchangeCredentials {
        guard let key = ([current] + previous).first(where: { $0.id == sealed.keyId }) else {
            throw CredentialVaultError.unknownKey(sealed.keyId)
        }
        do {
            let box = try AES.GCM.SealedBox(combined: sealed.ciphertext)
            let plaintext = try AES.GCM.open(box, using: key.key, authenticating: Self.associatedData(userId: userId, accountId: accountId))
            return try JSONDecoder().decode(ExchangeCredentials.self, from: plaintext)
        } catch {
            throw CredentialVaultError.tampered
        }
    }

    static func associatedData(userId: String, accountId: String) -> Data {
        Data("axisor/exchange-credentials/v1\u{0}\(userId)\u{0}\(accountId)".utf8)
    }
}

/// A 256-bit key and its id: the first 8 bytes of the key's SHA-256, in hex, so the id names
/// the key without revealing it and stays the same wherever the key is loaded.
public struct CredentialKey: Sendable {
    public let id: String
    let key: SymmetricKey

    public init(bytes: [UInt8]) throws {
        guard bytes.count == 32 else { throw CredentialVaultError.wrongKeyLength(bytes.count) }
        key = SymmetricKey(data: bytes)
        id = Hex.string(SHA256.hash(data: bytes).prefix(8))
    }

    /// A key written as 64 hex digits or as base64 of 32 bytes (what `openssl rand -hex 32` or
    /// `-base64 32` prints), surrounding white space ignored.
    public init(text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count == 64, let bytes = Hex.bytes(trimmed) {
            try self.init(bytes: bytes)
        } else if let data = Data(base64Encoded: trimmed) {
            try self.init(bytes: Array(data))
        } else {
            throw CredentialVaultError.unreadableKey
        }
    }

    /// A fresh random key, written as hex: what a first start in development stores.
    public static func generateText() -> String {
        Hex.string(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
    }
}

/// Credentials as the database keeps them: nonce, ciphertext and tag (GCM's combined form),
/// and the id of the key that sealed them.
public struct SealedCredentials: Sendable, Hashable {
    public var keyId: String
    public var ciphertext: Data

    public init(keyId: String, ciphertext: Data) {
        self.keyId = keyId
        self.ciphertext = ciphertext
    }
}

public enum CredentialVaultError: Error, Sendable, Hashable, CustomStringConvertible {
    case wrongKeyLength(Int)
    case unreadableKey
    case sealingFailed
    /// Sealed with a key this service was not given.
    case unknownKey(String)
    /// The ciphertext, its key or its associated data does not match: altered or moved.
    case tampered

    public var description: String {
        switch self {
        case .wrongKeyLength(let count): "a credentials key must be 32 bytes, not \(count)"
        case .unreadableKey: "a credentials key must be 64 hex digits or base64 of 32 bytes"
        case .sealingFailed: "the credentials could not be sealed"
        case .unknownKey(let id): "the credentials were sealed with key \(id), which is not configured"
        case .tampered: "the sealed credentials do not open: altered, or moved to another account"
        }
    }
}
