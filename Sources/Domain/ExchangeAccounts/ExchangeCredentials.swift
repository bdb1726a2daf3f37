/// The secrets an exchange's API is called with. Printing one shows no secret, so it cannot
/// leak into a log line or an error message by accident.
public struct ExchangeCredentials: Sendable, Hashable, Codable, CustomStringConvertible, CustomDebugStringConvertible {
    public var apiKey: String
    public var apiSecret: String
    public var passphrase: String

    public init(apiKey: String, apiSecret: String, passphrase: String) {
        self.apiKey = apiKey
        self.apiSecret = apiSecret
        self.passphrase = passphrase
    }

    public var presence: CredentialPresence {
        CredentialPresence(hasApiKey: !apiKey.isEmpty, hasSecret: !apiSecret.isEmpty, hasPassphrase: !passphrase.isEmpty)
    }

    public var description: String { "ExchangeCredentials(redacted)" }
    public var debugDescription: String { description }

    /// What is wrong with them, under `prefix` (`credentials.apiKey`, …). LN Markets signs with
    /// all three, so each is required.
    func problems(prefix: String) -> [FieldProblem] {
        [("apiKey", apiKey), ("apiSecret", apiSecret), ("passphrase", passphrase)].compactMap { name, value in
            if value.isEmpty { return FieldProblem(field: "\(prefix).\(name)", message: "is required") }
            if value.utf8.count > 512 || value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return FieldProblem(field: "\(prefix).\(name)", message: "must be at most 512 bytes, without control characters")
            }
            return nil
        }
    }
}
