import Domain

/// Who is calling, as the `Authorization` header says. The gateway asks it for every route and
/// field that needs a user; the JWT implementation plugs in here.
public protocol Authenticator: Sendable {
    func authenticate(authorization: String?) async -> Authentication
}

/// The outcome of reading credentials.
public enum Authentication: Sendable {
    /// No credentials were given.
    case anonymous
    case user(Viewer)
    /// Credentials were given but are not valid (bad signature, expired, wrong audience…).
    case invalid(reason: String)

    /// The caller, when the credentials were valid.
    public var viewer: Viewer? {
        if case .user(let viewer) = self { viewer } else { nil }
    }
}

/// Accepts no credentials at all: every caller is anonymous. For a gateway without users.
public struct NoAuthenticator: Authenticator {
    public init() {}

    public func authenticate(authorization: String?) async -> Authentication {
        authorization == nil ? .anonymous : .invalid(reason: "this server accepts no credentials")
    }
}
