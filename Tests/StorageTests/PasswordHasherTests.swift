import Domain
import Testing

/// PBKDF2 hashes: salted, self-describing, checked in constant time.
@Suite("Password hasher")
struct PasswordHasherTests {
    @Test("the default is PBKDF2-SHA256 with 600,000 rounds, a fresh salt each time")
    func format() async throws {
        let hasher = PasswordHasher()
        let first = try await hasher.hash("Correct-horse-9")
        let second = try await hasher.hash("Correct-horse-9")
        #expect(first.hasPrefix("pbkdf2-sha256$600000$"))
        #expect(first != second)
        #expect(await hasher.verify("Correct-horse-9", against: first))
        #expect(await !hasher.verify("Correct-horse-8", against: first))
    }

    @Test("malformed or foreign stored hashes never verify", arguments: ["", "plain", "pbkdf2-sha256$x$y$z", "md5$1$AA==$AA=="])
    func malformed(stored: String) async {
        #expect(await !PasswordHasher().verify("anything", against: stored))
    }

    @Test("hashes keep their rounds: a hash made with fewer still verifies after the default grows")
    func rounds() async throws {
        let old = try await PasswordHasher(rounds: 1_000).hash("Correct-horse-9")
        #expect(await PasswordHasher().verify("Correct-horse-9", against: old))
    }
}
