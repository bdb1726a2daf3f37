/// The caller behind valid credentials: who asks, and whether they are an admin. The gateway
/// reads it from the access token; resolvers find it in the request context.
public struct Viewer: Sendable, Hashable {
    public var userId: String
    public var isAdmin: Bool

    public init(userId: String, isAdmin: Bool) {
        self.userId = userId
        self.isAdmin = isAdmin
    }
}
