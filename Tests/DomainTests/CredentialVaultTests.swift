import Domain
import Foundation
import Testing

/// AES-256-GCM sealing of exchange credentials.
@Suite("Credential vault")
struct CredentialVaultTests {
    static let credentials = ExchangeCredentials(apiKey: "key", apiSecret: "secret", passphrase: "pass")
    static let key = try! CredentialKey(bytes: Array(repeating: 1, count: 32))

    @Test("sealed credentials open for the same user and account, and for no other")
    func boundToOwner() throws {
        let vault = CredentialVault(current: Self.key)
        let sealed = try vault.seal(Self.credentials, userId: "u1", accountId: "a1")
        #expect(sealed.keyId == Self.key.id)
        #expect(try vault.open(sealed, userId: "u1", accountId: "a1") == Self.credentials)
        #expect(throws: CredentialVaultError.tampered) { try vault.open(sealed, userId: "u2", accountId: "a1") }
        #expect(throws: CredentialVaultError.tampered) { try vault.open(sealed, userId: "u1", accountId: "a2") }
        var flipped = sealed
        flipped.ciphertext[flipped.ciphertext.count - 1] ^= 1
        #expect(throws: CredentialVaultError.tampered) { try vault.open(flipped, userId: "u1", accountId: "a1") }
    }

    @Test("each sealing has its own nonce, and the ciphertext holds no secret in clear")
    func freshNonces() throws {
        let vault = CredentialVault(current: Self.key)
        let first = try vault.seal(Self.credentials, userId: "u", accountId: "a")
        let second = try vault.seal(Self.credentials, userId: "u", accountId: "a")
        #expect(first.ciphertext.prefix(12) != second.ciphertext.prefix(12))
        #expect(first.ciphertext != second.ciphertext)
        #expect(first.ciphertext.range(of: Data("secret".utf8)) == nil)
    }

    @Test("after a rotation the previous key still opens old sealings; an unconfigured key is named")
    func rotation() throws {
        let newKey = try CredentialKey(bytes: Array(repeating: 2, count: 32))
        let old = try CredentialVault(current: Self.key).seal(Self.credentials, userId: "u", accountId: "a")
        #expect(try CredentialVault(current: newKey, previous: [Self.key]).open(old, userId: "u", accountId: "a") == Self.credentials)
        #expect(throws: CredentialVaultError.unknownKey(Self.key.id)) { try CredentialVault(current: newKey).open(old, userId: "u", accountId: "a") }
        #expect(newKey.id != Self.key.id)
    }

    @Test("keys read as hex or base64 of 32 bytes; anything else is refused")
    func keyText() throws {
        let hex = String(repeating: "01", count: 32)
        #expect(try CredentialKey(text: hex + "\n").id == Self.key.id)
        #expect(try CredentialKey(text: Data(repeating: 1, count: 32).base64EncodedString()).id == Self.key.id)
        #expect(try CredentialKey(text: CredentialKey.generateText()).id.count == 16)
        #expect(throws: CredentialVaultError.wrongKeyLength(16)) { try CredentialKey(text: Data(repeating: 1, count: 16).base64EncodedString()) }
        #expect(throws: CredentialVaultError.unreadableKey) { try CredentialKey(text: "not a key!") }
    }

    @Test("credentials never print their secrets")
    func redacted() {
        let printed = "\(Self.credentials) \(String(reflecting: Self.credentials))"
        #expect(!printed.contains("secret") && !printed.contains("pass") && !printed.contains("key\""))
    }
}
