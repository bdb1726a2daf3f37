import Domain
import GraphQLEngine

/// Everything the gateway reads at start: where it listens, how /graphql behaves, and the query
/// limits. Loaded from a YAML file with `AXISOR_…` environment overrides (see
/// `GatewayConfiguration.load`), and checked before anything starts.
public struct GatewayConfiguration: Sendable, Hashable {
    public enum Environment: String, Sendable, Hashable, CaseIterable {
        case development
        case production
    }

    public enum LogFormat: String, Sendable, Hashable, CaseIterable {
        case text
        case json
    }

    public var host = "127.0.0.1"
    public var port = 8080
    public var environment = Environment.development
    /// Origins allowed by CORS; empty: no cross-origin access.
    public var corsOrigins: [String] = []
    /// The most operations one /graphql batch may hold.
    public var maxBatchSize = 10
    /// The largest request body accepted, in bytes.
    public var maxBodyBytes = 1_048_576
    /// Whether callers who are not admins may introspect (admins always may).
    public var introspection = true
    public var limits = QueryLimits()
    /// How many parsed and validated documents are kept, by hash.
    public var documentCacheSize = 1_000
    public var logFormat = LogFormat.text
    /// The admin to ensure at start (`AXISOR_ADMIN_EMAIL`, `AXISOR_ADMIN_PASSWORD`).
    public var admin: AdminAccount?
    /// Where the data lives (`database.url`, or `DATABASE_URL`).
    public var database = DatabaseLocation.embeddedDefault
    /// Whether callers are held to the rate classes (tests and load runs may turn them off).
    public var rateLimitsEnabled = true
    /// Rate and burst per class of the route table (the seed's table by default).
    public var rateClasses = RateClass.defaults
    /// The /graphql budget: static cost points per caller per minute (bursts up to twice that).
    public var graphQLPointsPerMinute = 50_000
    /// How access tokens are signed and checked; nil in development means a random secret per
    /// process (production refuses to start without one).
    public var tokens: TokenSettings?
    /// The key sealing exchange credentials, and keys of earlier sealings still to be opened.
    public var credentialKey = CredentialKeySource.developmentDefault(besides: .embeddedDefault)
    public var previousCredentialKeys: [CredentialKeySource] = []
    /// The Lightning node and plan prices.
    public var lightning = LightningSettings()

    public init() {}

    /// The defaults for an environment: production turns introspection off.
    public static func defaults(for environment: Environment) -> GatewayConfiguration {
        var configuration = GatewayConfiguration()
        configuration.environment = environment
        configuration.introspection = environment == .development
        return configuration
    }
}

/// An admin account the server makes sure exists when it starts.
public struct AdminAccount: Sendable, Hashable, CustomStringConvertible {
    public var email: String
    public var password: String

    /// Never the password.
    public var description: String { "admin \(email)" }
}
