import GraphQLEngine
import GraphQLLanguage
import Synchronization

/// Parsed and validated documents by the SHA-256 of their text, so a repeated query skips both.
/// Bounded: past its size, the oldest entry goes.
final class DocumentCache: Sendable {
    /// A document ready to run, or the errors that stop it.
    enum Entry: Sendable {
        case ready(PreparedDocument)
        case invalid([GraphQLError])
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var order: [String] = []
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func entry(for hash: String) -> Entry? {
        state.withLock { $0.entries[hash] }
    }

    func store(_ entry: Entry, for hash: String) {
        guard capacity > 0 else { return }
        state.withLock { state in
            if state.entries.updateValue(entry, forKey: hash) == nil {
                state.order.append(hash)
                if state.order.count > capacity {
                    state.entries[state.order.removeFirst()] = nil
                }
            }
        }
    }
}

/// Query texts registered by their hash: automatic persisted queries and `documentId`s.
final class PersistedDocuments: Sendable {
    private let texts = Mutex<[String: String]>([:])

    func text(for hash: String) -> String? {
        texts.withLock { $0[hash] }
    }

    func register(_ text: String, hash: String) {
        texts.withLock { $0[hash] = text }
    }
}
