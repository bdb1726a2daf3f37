import Synchronization

/// What every resolver of one request can see: who asks, the request's id, whether it may
/// introspect, and the loader cache that all operations of one batch share.
///
/// The engine knows nothing of users: the gateway puts its viewer type in `viewer`.
public final class RequestContext: Sendable {
    public let requestId: String
    public let viewer: (any Sendable)?
    public let allowsIntrospection: Bool
    /// Made when a resolver first asks: most requests load nothing through it.
    public var loaders: LoaderCache {
        loaderCache.withLock { cache in
            if let cache { return cache }
            let made = LoaderCache()
            cache = made
            return made
        }
    }
    private let loaderCache: Mutex<LoaderCache?>
    /// Told of every error a resolver throws that is not a `ClientFacingError`: the client sees
    /// only "Internal server error.", so the gateway logs the original here with the request id.
    public let reportUnexpected: @Sendable (_ error: any Error, _ path: [PathComponent]) -> Void

    public init(
        requestId: String, viewer: (any Sendable)? = nil, allowsIntrospection: Bool = true, loaders: LoaderCache? = nil,
        reportUnexpected: @escaping @Sendable (_ error: any Error, _ path: [PathComponent]) -> Void = { _, _ in }
    ) {
        self.requestId = requestId
        self.viewer = viewer
        self.allowsIntrospection = allowsIntrospection
        self.loaderCache = Mutex(loaders)
        self.reportUnexpected = reportUnexpected
    }
}

/// Values loaded during one request, by key, so that a batch of operations, or two fields of
/// one level, asking for the same thing load it once. Thread-safe: fields resolve concurrently,
/// and a caller that comes while a load is under way waits for that load.
public final class LoaderCache: Sendable {
    private let storage = Mutex<[String: Task<any Sendable, any Error>]>([:])

    public init() {}

    /// The value for `key`: the one loaded or being loaded, or the one `load` makes now.
    public func value<Value: Sendable>(for key: String, load: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let task = storage.withLock { entries in
            if let existing = entries[key] { return existing }
            let started = Task<any Sendable, any Error> { try await load() }
            entries[key] = started
            return started
        }
        guard let value = try await task.value as? Value else { throw LoaderTypeMismatch(key: key, expected: "\(Value.self)") }
        return value
    }

    public var count: Int { storage.withLock { $0.count } }
}

/// One key loaded as two different types: a programming error, reported rather than trapped.
struct LoaderTypeMismatch: Error, CustomStringConvertible {
    var key: String
    var expected: String
    var description: String { "the loader cache holds another type than \(expected) for \(key)" }
}
