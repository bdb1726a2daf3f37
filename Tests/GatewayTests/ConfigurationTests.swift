import Domain
import Foundation
import Gateway
import GraphQLEngine
import Testing

/// The configuration file and its environment overrides, checked before anything starts.
@Suite("Configuration")
struct ConfigurationTests {
    @Test("defaults without a file: development, introspection on, 127.0.0.1:8080")
    func defaults() throws {
        let configuration = try GatewayConfiguration.load(yaml: nil, environment: [:])
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.environment == .development)
        #expect(configuration.introspection)
        #expect(configuration.maxBatchSize == 10)
        #expect(configuration.maxBodyBytes == 1_048_576)
    }

    @Test("the file sets values; production turns introspection off unless told")
    func file() throws {
        let configuration = try GatewayConfiguration.load(yaml: """
            server:
              host: 0.0.0.0
              port: 9000
              environment: production
              cors_origins: [https://app.axisor.example, https://admin.axisor.example]
            graphql:
              max_batch_size: 5
              max_depth: 12
              max_cost: 20000
            log:
              format: json
            auth:
              jwt_secret: 0123456789abcdef0123456789abcdef
            credentials:
              key_file: /run/secrets/axisor-credentials-key
            """, environment: [:])
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9000)
        #expect(configuration.environment == .production)
        #expect(!configuration.introspection)
        #expect(configuration.corsOrigins == ["https://app.axisor.example", "https://admin.axisor.example"])
        #expect(configuration.maxBatchSize == 5)
        #expect(configuration.limits.maxDepth == 12)
        #expect(configuration.limits.maxCost == 20_000)
        #expect(configuration.logFormat == .json)
    }

    @Test("environment variables override the file")
    func environmentOverrides() throws {
        let configuration = try GatewayConfiguration.load(
            yaml: "server:\n  port: 9000\ngraphql:\n  introspection: false\n",
            environment: ["AXISOR_SERVER_PORT": "9100", "AXISOR_GRAPHQL_INTROSPECTION": "true", "AXISOR_GRAPHQL_MAX_ALIASES": "7"]
        )
        #expect(configuration.port == 9100)
        #expect(configuration.introspection)
        #expect(configuration.limits.maxAliases == 7)
        #expect(try GatewayConfiguration.load(yaml: nil, environment: ["PORT": "7000"]).port == 7000)
    }

    @Test("rate limits: on by default, switchable, with a points budget for /graphql")
    func rateLimitSettings() throws {
        let defaults = try GatewayConfiguration.load(yaml: nil, environment: [:])
        #expect(defaults.rateLimitsEnabled)
        #expect(defaults.graphQLPointsPerMinute == 50_000)
        let configured = try GatewayConfiguration.load(
            yaml: "rate_limit:\n  enabled: false\n", environment: ["AXISOR_RATE_LIMIT_GRAPHQL_POINTS_PER_MINUTE": "900"]
        )
        #expect(!configured.rateLimitsEnabled)
        #expect(configured.graphQLPointsPerMinute == 900)
        #expect(throws: ConfigurationError.self) {
            try GatewayConfiguration.load(yaml: "rate_limit:\n  graphql_points_per_minute: 0\n", environment: [:])
        }
        #expect(defaults.rateClasses["payments"] == RateClass(perMinute: 5, burst: 10))
        let classes = try GatewayConfiguration.load(yaml: "rate_limit:\n  payments: 30/60\n", environment: ["AXISOR_RATE_LIMIT_ADMIN": "1/1"])
        #expect(classes.rateClasses["payments"] == RateClass(perMinute: 30, burst: 60))
        #expect(classes.rateClasses["admin"] == RateClass(perMinute: 1, burst: 1))
        let error = try #require(throws: ConfigurationError.self) {
            try GatewayConfiguration.load(yaml: "rate_limit:\n  payments: 10/5\n  lnd: fast\n", environment: [:])
        }
        #expect(error.problems == [
            "rate_limit.lnd must be RATE/BURST in requests per minute with BURST ≥ RATE ≥ 1, such as 10/20, not \"fast\"",
            "rate_limit.payments must be RATE/BURST in requests per minute with BURST ≥ RATE ≥ 1, such as 10/20, not \"10/5\"",
        ])
    }

    @Test("the database: SQLite under ./data by default, DATABASE_URL or database.url for another, checked at start")
    func database() throws {
        #expect(try GatewayConfiguration.load(yaml: nil, environment: [:]).database == .sqlite(path: "./data/axisor.sqlite"))
        let postgres = try GatewayConfiguration.load(yaml: nil, environment: ["DATABASE_URL": "postgres://axisor:s3cret@db.internal:5432/axisor"])
        guard case .postgres(let components) = postgres.database else {
            Issue.record("not PostgreSQL: \(postgres.database)")
            return
        }
        #expect(components.host == "db.internal")
        #expect(components.port == 5432)
        #expect(postgres.database.description == "postgres://axisor:***@db.internal:5432/axisor")
        let file = try GatewayConfiguration.load(yaml: "database:\n  url: sqlite:/var/lib/axisor/db.sqlite\n", environment: [:])
        #expect(file.database == .sqlite(path: "/var/lib/axisor/db.sqlite"))
        let preferred = try GatewayConfiguration.load(yaml: nil, environment: ["DATABASE_URL": "sqlite:a", "AXISOR_DATABASE_URL": "sqlite:b"])
        #expect(preferred.database == .sqlite(path: "b"))
        for (url, problem) in [
            ("mysql://x/y", "database.url must be sqlite:PATH or postgres://USER:PASSWORD@HOST:PORT/DATABASE"),
            ("postgres://db.internal", "database.url names no database (…/DATABASE)"),
            ("sqlite:", "database.url names no file after sqlite:"),
        ] {
            let error = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.load(yaml: nil, environment: ["DATABASE_URL": url]) }
            #expect(error.problems == [problem])
        }
    }

    @Test("the admin to ensure comes from AXISOR_ADMIN_EMAIL and AXISOR_ADMIN_PASSWORD, both or neither")
    func admin() throws {
        let both = try GatewayConfiguration.load(yaml: nil, environment: ["AXISOR_ADMIN_EMAIL": "root@example.com", "AXISOR_ADMIN_PASSWORD": "Correct-horse-9"])
        #expect(both.admin?.email == "root@example.com")
        #expect(both.admin.map { "\($0)" } == "admin root@example.com")
        #expect(try GatewayConfiguration.load(yaml: nil, environment: [:]).admin == nil)
        let error = try #require(throws: ConfigurationError.self) {
            try GatewayConfiguration.load(yaml: nil, environment: ["AXISOR_ADMIN_EMAIL": "root@example.com"])
        }
        #expect(error.problems == ["admin.email and admin.password (AXISOR_ADMIN_EMAIL, AXISOR_ADMIN_PASSWORD) go together"])
    }

    @Test("the credentials key: beside the embedded database in development, from a file or the environment, required in production")
    func credentialsKey() throws {
        #expect(try GatewayConfiguration.load(yaml: nil, environment: [:]).credentialKey == .file(path: "./data/credentials.key", createIfMissing: true))
        #expect(try GatewayConfiguration.load(yaml: nil, environment: ["DATABASE_URL": "sqlite:/srv/axisor/db.sqlite"]).credentialKey
            == .file(path: "/srv/axisor/db.sqlite".replacingOccurrences(of: "db.sqlite", with: "credentials.key"), createIfMissing: true))
        let hex = String(repeating: "ab", count: 32)
        let fromEnvironment = try GatewayConfiguration.load(yaml: nil, environment: ["AXISOR_CREDENTIALS_KEY": hex])
        #expect(fromEnvironment.credentialKey == .key(hex))
        #expect(!fromEnvironment.credentialKey.description.contains(hex))
        let production = "server:\n  environment: production\nauth:\n  jwt_secret: \(String(repeating: "s", count: 32))\n"
        let fromFile = try GatewayConfiguration.load(
            yaml: production + "credentials:\n  key_file: /run/secrets/axisor-key\n  previous_key_files: [/run/secrets/old-key]\n", environment: [:]
        )
        #expect(fromFile.credentialKey == .file(path: "/run/secrets/axisor-key", createIfMissing: false))
        #expect(fromFile.previousCredentialKeys == [.file(path: "/run/secrets/old-key", createIfMissing: false)])
        for (yaml, environment, problem) in [
            (production, [String: String](), "credentials.key or credentials.key_file is required in production (set AXISOR_CREDENTIALS_KEY_FILE)"),
            ("", ["AXISOR_CREDENTIALS_KEY": "short"], "credentials.key must be 64 hex digits or base64 of 32 bytes (use `openssl rand -hex 32`)"),
            ("", ["AXISOR_CREDENTIALS_KEY": hex, "AXISOR_CREDENTIALS_KEY_FILE": "/k"], "credentials.key and credentials.key_file exclude each other: give one"),
        ] {
            let error = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.load(yaml: yaml, environment: environment) }
            #expect(error.problems == [problem])
        }
    }

    @Test("the development key file is made on first start, readable by its owner only, and read back the same")
    func credentialsKeyFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = CredentialKeySource.file(path: folder.appendingPathComponent("credentials.key").path, createIfMissing: true)
        let first = try source.load()
        #expect(try source.load().id == first.id)
        let permissions = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("credentials.key").path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(throws: (any Error).self) { try CredentialKeySource.file(path: folder.appendingPathComponent("missing").path, createIfMissing: false).load() }
    }

    @Test("the shipped axisor.yaml (what make run uses) loads, and says what the defaults are")
    func shippedFile() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Gateway/Configuration/axisor.yaml").path
        let shipped = try GatewayConfiguration.load(yaml: try String(contentsOfFile: path, encoding: .utf8), environment: [:])
        var defaults = try GatewayConfiguration.load(yaml: nil, environment: [:])
        defaults.tokens = shipped.tokens
        #expect(shipped == defaults)
    }

    @Test("lightning: the fake node by default; lnd needs its URL, certificate and macaroon; prices per plan")
    func lightning() throws {
        let defaults = try GatewayConfiguration.load(yaml: nil, environment: [:]).lightning
        #expect(defaults.backend == .fake && defaults.network == .regtest && defaults.invoiceExpirySeconds == 3_600)
        #expect(defaults.prices == [.basic: 25_000, .advanced: 50_000, .pro: 100_000, .lifetime: 500_000])
        let lnd = try GatewayConfiguration.load(yaml: """
            lightning:
              backend: lnd
              lnd_url: https://node.internal:8080
              lnd_tls_cert: /lnd/tls.cert
              lnd_macaroon: /lnd/invoice.macaroon
              lnd_timeout_seconds: 5
            plans:
              pro_price_sats: 120000
            """, environment: [:]).lightning
        #expect(lnd.lnd == LNDSettings(url: "https://node.internal:8080", tlsCertificatePath: "/lnd/tls.cert", macaroonPath: "/lnd/invoice.macaroon", timeoutSeconds: 5))
        #expect(lnd.prices[.pro] == 120_000)
        let error = try #require(throws: ConfigurationError.self) {
            try GatewayConfiguration.load(yaml: nil, environment: ["AXISOR_LIGHTNING_BACKEND": "lnd", "AXISOR_LIGHTNING_LND_URL": "http://x"])
        }
        #expect(error.problems == ["lightning.backend lnd needs lightning.lnd_tls_cert, lightning.lnd_macaroon"])
    }

    @Test("every wrong value is reported at once, naming the key and what is allowed")
    func problems() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try GatewayConfiguration.load(yaml: """
                server:
                  port: 70000
                  environment: staging
                graphql:
                  max_batch_size: lots
                  introspection: maybe
                  max_dept: 3
                log:
                  format: xml
                """, environment: [:])
        }
        #expect(error.problems.contains { $0.hasPrefix("graphql.max_dept is not a known setting") })
        #expect(error.problems.contains("server.environment must be one of development, production, not \"staging\""))
        #expect(error.problems.contains("server.port must be a whole number from 1 to 65535, not \"70000\""))
        #expect(error.problems.contains("graphql.max_batch_size must be a whole number from 1 to 100, not \"lots\""))
        #expect(error.problems.contains("graphql.introspection must be true or false, not \"maybe\""))
        #expect(error.problems.contains("log.format must be one of text, json, not \"xml\""))
        #expect(error.problems.count == 6)
    }

    @Test("a file that is not a map of sections is refused")
    func notAMap() {
        #expect(throws: ConfigurationError.self) { try GatewayConfiguration.load(yaml: "- just\n- a list\n", environment: [:]) }
        #expect(throws: ConfigurationError.self) { try GatewayConfiguration.load(yaml: "server: 3\n", environment: [:]) }
    }
}
