import Crypto
import CryptoExtras
import Foundation

/// Passwords as DESIGN.md asks: PBKDF2-HMAC-SHA256, 600,000 rounds, a random 16-byte salt, kept
/// as `pbkdf2-sha256$ROUNDS$SALT$HASH` (base64) so the rounds can grow without breaking old
/// hashes. Hashing costs a few hundred milliseconds on purpose: callers run it off the event
/// loop (`hash` and `verify` are async and hop to a detached task).
public struct PasswordHasher: Sendable {
    public static let scheme = "pbkdf2-sha256"
    public var rounds: Int

    public init(rounds: Int = 600_000) {
        self.rounds = rounds
    }

    public func hash(_ password: String) async throws -> String {
        let rounds = rounds
        return try await Task.detached(priority: .userInitiated) {
            let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max) }
            let key = try Self.derive(password, salt: salt, rounds: rounds)
            return "\(Self.scheme)$\(rounds)$\(Data(salt).base64EncodedString())$\(Data(key).base64EncodedString())"
        }.value
    }

    /// Whether `password` is the one `stored` was made from; false for anything malformed.
    public func verify(_ password: String, against stored: String) async -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 4, parts[0] == Self.scheme, let rounds = Int(parts[1]), rounds >= 1,
              let salt = Data(base64Encoded: parts[2]), let expected = Data(base64Encoded: parts[3]) else { return false }
        let derived = try? await Task.detached(priority: .userInitiated) {
            try Self.derive(password, salt: Array(salt), rounds: rounds)
        }.value
        guard let derived else { return false }
        // Constant time: how much matches must not show in how long it takes.
        return derived.count == expected.count && zip(derived, expected).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func derive(_ password: String, salt: [UInt8], rounds: Int) throws -> [UInt8] {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: 32, unsafeUncheckedRounds: rounds
        )
        return key.withUnsafeBytes { Array($0) }
    }
}
