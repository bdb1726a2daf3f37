import Foundation
import Domain
import GraphQLEngine
import Yams

extension GatewayConfiguration {
    /// The configuration from YAML text (nil: defaults only) and environment variables.
    ///
    /// Keys are `section.key` in YAML (`graphql.max_batch_size`); the variable for a key is
    /// `AXISOR_` and the key in capitals with `_` for the dot (`AXISOR_GRAPHQL_MAX_BATCH_SIZE`).
    /// `PORT` is honoured too, as hosting platforms set it. Unknown keys are refused, so a typo
    /// cannot silently leave a default in place.
    public static func load(yaml: String?, environment: [String: String]) throws(ConfigurationError) -> GatewayConfiguration {
        var values: [String: String] = [:]
        var problems: [String] = []
        if let yaml {
            do {
                try flatten(yaml, into: &values)
            } catch let error as ConfigurationError {
                throw error
            } catch {
                throw ConfigurationError(problems: ["the configuration file is not valid YAML: \(error)"])
            }
        }
        for key in Self.keys {
            let variable = "AXISOR_" + key.uppercased().replacingDots()
            if let value = environment[variable] { values[key] = value }
        }
        if let port = environment["PORT"], environment["AXISOR_SERVER_PORT"] == nil { values["server.port"] = port }
        // The conventional name of hosting platforms and tools.
        if let url = environment["DATABASE_URL"], environment["AXISOR_DATABASE_URL"] == nil { values["database.url"] = url }
        for key in values.keys.sorted() where !Self.keys.contains(key) {
            problems.append("\(key) is not a known setting (known: \(Self.keys.sorted().joined(separator: ", ")))")
        }

        let environmentName = values["server.environment"] ?? Environment.development.rawValue
        var configuration: GatewayConfiguration
        if let chosen = Environment(rawValue: environmentName) {
            configuration = .defaults(for: chosen)
        } else {
            problems.append("server.environment must be one of \(Environment.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(environmentName)\"")
            configuration = GatewayConfiguration()
        }
        var reader = SettingReader(values: values)
        reader.string("server.host") { configuration.host = $0 }
        reader.integer("server.port", 1...65_535) { configuration.port = $0 }
        reader.list("server.cors_origins") { configuration.corsOrigins = $0 }
        reader.integer("graphql.max_batch_size", 1...100) { configuration.maxBatchSize = $0 }
        reader.integer("graphql.max_body_bytes", 1_024...104_857_600) { configuration.maxBodyBytes = $0 }
        reader.boolean("graphql.introspection") { configuration.introspection = $0 }
        reader.integer("graphql.max_depth", 1...1_000) { configuration.limits.maxDepth = $0 }
        reader.integer("graphql.max_aliases", 0...100_000) { configuration.limits.maxAliases = $0 }
        reader.integer("graphql.max_directives", 0...100_000) { configuration.limits.maxDirectives = $0 }
        reader.integer("graphql.max_cost", 1...1_000_000_000) { configuration.limits.maxCost = $0 }
        reader.integer("graphql.default_list_size", 1...100_000) { configuration.limits.defaultListSize = $0 }
        reader.integer("graphql.document_cache_size", 0...1_000_000) { configuration.documentCacheSize = $0 }
        reader.choice("log.format", LogFormat.self) { configuration.logFormat = $0 }
        if let url = values["database.url"] {
            switch DatabaseLocation.parse(url) {
            case .success(let location): configuration.database = location
            case .failure(let problem): reader.problems.append("database.url \(problem.message)")
            }
        }
        reader.boolean("rate_limit.enabled") { configuration.rateLimitsEnabled = $0 }
        reader.integer("rate_limit.graphql_points_per_minute", 1...1_000_000_000) { configuration.graphQLPointsPerMinute = $0 }
        for name in Self.rateClassNames {
            reader.rate("rate_limit.\(name)") { configuration.rateClasses[name] = $0 }
        }
        if let secret = values["auth.jwt_secret"] {
            if secret.utf8.count < 32 {
                reader.problems.append("auth.jwt_secret must hold at least 32 bytes of entropy (use `openssl rand -hex 32`)")
            } else {
                configuration.tokens = TokenSettings(secret: Array(secret.utf8))
            }
        } else if configuration.environment == .production {
            reader.problems.append("auth.jwt_secret is required in production (set AXISOR_AUTH_JWT_SECRET)")
        }
        if var tokens = configuration.tokens {
            reader.string("auth.issuer") { tokens.issuer = $0 }
            reader.string("auth.audience") { tokens.audience = $0 }
            reader.integer("auth.access_token_seconds", 60...86_400) { tokens.lifetimeSeconds = $0 }
            configuration.tokens = tokens
        }
        switch (values["credentials.key"], values["credentials.key_file"]) {
        case (let key?, nil):
            if (try? CredentialKey(text: key)) == nil {
                reader.problems.append("credentials.key must be 64 hex digits or base64 of 32 bytes (use `openssl rand -hex 32`)")
            }
            configuration.credentialKey = .key(key)
        case (nil, .some): reader.string("credentials.key_file") { configuration.credentialKey = .file(path: $0, createIfMissing: false) }
        case (nil, nil):
            if configuration.environment == .production {
                reader.problems.append("credentials.key or credentials.key_file is required in production (set AXISOR_CREDENTIALS_KEY_FILE)")
            } else {
                configuration.credentialKey = .developmentDefault(besides: configuration.database)
            }
        case (.some, .some): reader.problems.append("credentials.key and credentials.key_file exclude each other: give one")
        }
        reader.list("credentials.previous_key_files") { paths in
            configuration.previousCredentialKeys = paths.map { .file(path: $0, createIfMissing: false) }
        }
        reader.choice("lightning.backend", LightningSettings.Backend.self) { configuration.lightning.backend = $0 }
        reader.choice("lightning.network", LightningSettings.Network.self) { configuration.lightning.network = $0 }
        reader.string("lightning.fake_folder") { configuration.lightning.fakeFolder = $0 }
        reader.integer("lightning.invoice_expiry_seconds", 60...604_800) { configuration.lightning.invoiceExpirySeconds = $0 }
        for plan in PlanPricing.purchasable {
            reader.integer("plans.\(plan.rawValue)_price_sats", 1...2_100_000_000_000_000) { configuration.lightning.prices[plan] = Int64($0) }
        }
        let lndKeys = ["lightning.lnd_url", "lightning.lnd_tls_cert", "lightning.lnd_macaroon"]
        if configuration.lightning.backend == .lnd {
            let missing = lndKeys.filter { values[$0] == nil }
            if missing.isEmpty, let url = values["lightning.lnd_url"], let certificate = values["lightning.lnd_tls_cert"], let macaroon = values["lightning.lnd_macaroon"] {
                if !url.hasPrefix("https://") { reader.problems.append("lightning.lnd_url must be https://HOST:PORT (LND's REST port), not \"\(url)\"") }
                var lnd = LNDSettings(url: url, tlsCertificatePath: certificate, macaroonPath: macaroon)
                reader.integer("lightning.lnd_timeout_seconds", 1...300) { lnd.timeoutSeconds = $0 }
                configuration.lightning.lnd = lnd
            } else {
                reader.problems.append("lightning.backend lnd needs \(missing.joined(separator: ", "))")
            }
        }
        switch (values["admin.email"], values["admin.password"]) {
        case (let email?, let password?): configuration.admin = AdminAccount(email: email, password: password)
        case (nil, nil): break
        default: reader.problems.append("admin.email and admin.password (AXISOR_ADMIN_EMAIL, AXISOR_ADMIN_PASSWORD) go together")
        }
        problems += reader.problems
        if !problems.isEmpty { throw ConfigurationError(problems: problems) }
        return configuration
    }

    /// The classes of the route table whose rate and burst the file may set.
    static let rateClassNames = RateClass.defaults.keys.sorted()

    /// Every setting there is, as `section.key`.
    static let keys: Set<String> = Set(rateClassNames.map { "rate_limit.\($0)" }).union([
        "server.host", "server.port", "server.environment", "server.cors_origins",
        "graphql.max_batch_size", "graphql.max_body_bytes", "graphql.introspection", "graphql.max_depth",
        "graphql.max_aliases", "graphql.max_directives", "graphql.max_cost", "graphql.default_list_size",
        "graphql.document_cache_size", "log.format", "rate_limit.enabled", "rate_limit.graphql_points_per_minute", "database.url",
        "auth.jwt_secret", "auth.issuer", "auth.audience", "auth.access_token_seconds", "admin.email", "admin.password",
        "credentials.key", "credentials.key_file", "credentials.previous_key_files",
        "lightning.backend", "lightning.network", "lightning.fake_folder", "lightning.invoice_expiry_seconds",
        "lightning.lnd_url", "lightning.lnd_tls_cert", "lightning.lnd_macaroon", "lightning.lnd_timeout_seconds",
        "plans.basic_price_sats", "plans.advanced_price_sats", "plans.pro_price_sats", "plans.lifetime_price_sats",
    ])

    /// YAML sections of scalars (or lists of scalars) into `section.key` strings; lists are
    /// kept comma-separated.
    private static func flatten(_ yaml: String, into values: inout [String: String]) throws {
        guard let root = try Yams.load(yaml: yaml) else { return }
        guard let sections = root as? [String: Any] else {
            throw ConfigurationError(problems: ["the configuration file must be a map of sections (server:, graphql:, log:)"])
        }
        for (section, content) in sections {
            // A section whose settings are all commented out is empty, not wrong.
            if content is NSNull { continue }
            guard let settings = content as? [String: Any] else {
                throw ConfigurationError(problems: ["\(section) must be a map of settings"])
            }
            for (key, value) in settings {
                if let list = value as? [Any] {
                    values["\(section).\(key)"] = list.map { "\($0)" }.joined(separator: ",")
                } else {
                    values["\(section).\(key)"] = "\(value)"
                }
            }
        }
    }
}

/// Reads typed settings from strings, collecting a clear problem for each bad one.
private struct SettingReader {
    let values: [String: String]
    var problems: [String] = []

    mutating func string(_ key: String, _ apply: (String) -> Void) {
        guard let raw = values[key] else { return }
        guard !raw.isEmpty else {
            problems.append("\(key) must not be empty")
            return
        }
        apply(raw)
    }

    mutating func integer(_ key: String, _ range: ClosedRange<Int>, _ apply: (Int) -> Void) {
        guard let raw = values[key] else { return }
        guard let value = Int(raw), range.contains(value) else {
            problems.append("\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(raw)\"")
            return
        }
        apply(value)
    }

    mutating func boolean(_ key: String, _ apply: (Bool) -> Void) {
        guard let raw = values[key] else { return }
        switch raw.lowercased() {
        case "true", "yes", "on", "1": apply(true)
        case "false", "no", "off", "0": apply(false)
        default: problems.append("\(key) must be true or false, not \"\(raw)\"")
        }
    }

    /// `RATE/BURST` in requests per minute, such as `10/20`.
    mutating func rate(_ key: String, _ apply: (RateClass) -> Void) {
        guard let raw = values[key] else { return }
        let parts = raw.split(separator: "/").map { Int(String($0).trimmingSpaces()) }
        guard parts.count == 2, let rate = parts[0], let burst = parts[1], rate >= 1, burst >= rate else {
            problems.append("\(key) must be RATE/BURST in requests per minute with BURST ≥ RATE ≥ 1, such as 10/20, not \"\(raw)\"")
            return
        }
        apply(RateClass(perMinute: Double(rate), burst: Double(burst)))
    }

    mutating func list(_ key: String, _ apply: ([String]) -> Void) {
        guard let raw = values[key] else { return }
        apply(raw.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty })
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, _ type: Choice.Type, _ apply: (Choice) -> Void)
    where Choice.RawValue == String {
        guard let raw = values[key] else { return }
        guard let value = Choice(rawValue: raw) else {
            problems.append("\(key) must be one of \(Choice.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(raw)\"")
            return
        }
        apply(value)
    }
}

extension String {
    func replacingDots() -> String {
        String(map { $0 == "." ? "_" : $0 })
    }

    /// Without leading and trailing spaces; by bytes, as header values are read on every request.
    func trimmingSpaces() -> String {
        guard let first = utf8.firstIndex(where: { $0 != 0x20 }), let last = utf8.lastIndex(where: { $0 != 0x20 }) else { return "" }
        return String(self[first...last])
    }
}
