import Domain
import Foundation
import Synchronization

/// Access tokens that passed every check lately, with whom they name, until they expire: a
/// client sends the same token with every request of a session, and checking it again (base64,
/// JSON decoding of its header and claims, the HMAC) costs about 30 µs a request, most of an
/// authenticated request's own work; finding it here costs a hash of the token. Envoy's JWT
/// filter keeps such a cache too.
///
/// Safe because what is kept follows from the token's bytes alone: a token differing in any
/// byte (another signature, a forged claim) is another key, checked in full; only tokens that
/// passed are kept, and an expired one is never answered from here. At most `capacity` tokens
/// are kept, so a flood of valid tokens cannot grow it without bound.
final class VerifiedTokens: Sendable {
    private struct Entry {
        var viewer: Viewer
        var expires: Date
    }

    let capacity: Int
    private let entries = Mutex<[String: Entry]>([:])

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// Who `token` names, if it passed lately and has not expired by `now`.
    func viewer(for token: String, now: Date) -> Viewer? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            guard now < entry.expires else {
                entries[token] = nil
                return nil
            }
            return entry.viewer
        }
    }

    /// Keeps a token that passed every check, until `expires`.
    func remember(_ token: String, names viewer: Viewer, expires: Date, now: Date) {
        guard now < expires else { return }
        entries.withLock { entries in
            if entries.count >= capacity && entries[token] == nil {
                // Full: drop the expired tokens, or all if none has expired (they are checked in
                // full again as they come back), so that making room is not a scan per token.
                entries = entries.filter { now < $0.value.expires }
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[token] = Entry(viewer: viewer, expires: expires)
        }
    }

    var count: Int { entries.withLock { $0.count } }
}
