/// How access tokens are made and checked: an HMAC-SHA-256 secret of real entropy, our issuer
/// and audience, and how long a token lives.
public struct TokenSettings: Sendable, Hashable {
    public var secret: [UInt8]
    public var issuer: String
    public var audience: String
    public var lifetimeSeconds: Int

    public init(secret: [UInt8], issuer: String = "axisor", audience: String = "axisor-api", lifetimeSeconds: Int = 3_600) {
        self.secret = secret
        self.issuer = issuer
        self.audience = audience
        self.lifetimeSeconds = lifetimeSeconds
    }

    /// Settings with a fresh random secret: tokens die with the process. For development only.
    public static func ephemeral() -> TokenSettings {
        var generator = SystemRandomNumberGenerator()
        return TokenSettings(secret: (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
}
