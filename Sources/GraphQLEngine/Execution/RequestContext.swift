import Synchronization

/// What every resolver of one request can see: who asks, the request's id, whether it may
/// introspect, and the loader cache that all operations of one batch share.
///
/// The engine knows nothing of users: the gateway puts its viewer type in `viewer`.
public final class RequestContext: Sendable {
    public let requestId: String
    public let viewer: (any Sendable)?
    public let allowsIntrospection: Bool
    public let loaders: LoaderCache
    /// Told of every error a resolver throws that is not a `ClientFacingError`: the client sees
    /// only "Internal server error.", so the gateway logs the original here with the request id.
    public let reportUnexpected: @Sendable (_ error: any Error, _ path: [PathComponent]) -> Void

    public init(
        requestId: String, viewer: (any Sendable)? = nil, allowsIntrospection: Bool = true, loaders: LoaderCache = LoaderCache(),
        reportUnexpected: @escaping @Sendable (_ error: any Error, _ path: [PathComponent]) -> Void = { _, _ in }
    ) {
        self.requestId = requestId
        self.viewer = viewer
        self.allowsIntrospection = allowsIntrospection
        self.loaders = loaders
        self.reportUnexpected = reportUnexpected
    }
}

/// Values loaded during one request, by key, so that a batch of operations asking for the
/// same thing loads it once. Thread-safe: fields resolve concurrently.
public final class LoaderCache: Sendable {
    private let storage = Mutex<[String: any Sendable]>([:])

    public init() {}

    /// The cached value for `key`, or the one `load` makes (and caches). Two concurrent callers
    /// may both load; the first stored value wins, so every caller sees the same one.
    public func value<Value: Sendable>(for key: String, load: () async throws -> Value) async rethrows -> Value {
        if let cached = storage.withLock({ $0[key] }) as? Value { return cached }
        let loaded = try await load()
        return storage.withLock { entries in
            if let existing = entries[key] as? Value { return existing }
            entries[key] = loaded
            return loaded
        }
    }

    public var count: Int { storage.withLock { $0.count } }
}
