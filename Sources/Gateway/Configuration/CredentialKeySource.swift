import Domain
import Foundation

/// Where the key that seals exchange credentials comes from (`credentials.key` or
/// `credentials.key_file`): never the database, so a copy of the database alone opens nothing.
public enum CredentialKeySource: Sendable, Hashable, CustomStringConvertible {
    /// The key itself, as 64 hex digits or base64 (usually `AXISOR_CREDENTIALS_KEY`).
    case key(String)
    /// A file holding the key; `createIfMissing` (the development default only) writes a fresh
    /// random key there on first start.
    case file(path: String, createIfMissing: Bool)

    /// Development without a setting: a key file beside the embedded database (in `./data`
    /// when the database is PostgreSQL), made on first start.
    public static func developmentDefault(besides database: DatabaseLocation) -> CredentialKeySource {
        .file(path: database.dataFolder + "/credentials.key", createIfMissing: true)
    }

    /// For logs: the key is never shown.
    public var description: String {
        switch self {
        case .key: "credentials.key (from the configuration)"
        case .file(let path, _): "credentials.key_file \(path)"
        }
    }
}

extension CredentialKeySource {
    /// The key, read (or, for the development default, made on first start, readable by its
    /// owner only).
    public func load() throws -> CredentialKey {
        switch self {
        case .key(let text):
            return try CredentialKey(text: text)
        case .file(let path, let createIfMissing):
            let files = FileManager.default
            if !files.fileExists(atPath: path) && createIfMissing {
                try files.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
                guard files.createFile(atPath: path, contents: Data((CredentialKey.generateText() + "\n").utf8), attributes: [.posixPermissions: 0o600])
                else { throw CredentialKeyFileError(path: path, problem: "could not be created") }
            }
            guard let data = files.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw CredentialKeyFileError(path: path, problem: "could not be read")
            }
            do {
                return try CredentialKey(text: text)
            } catch {
                throw CredentialKeyFileError(path: path, problem: "\(error)")
            }
        }
    }
}

extension GatewayConfiguration {
    /// The vault of the configured keys.
    public func credentialVault() throws -> CredentialVault {
        CredentialVault(current: try credentialKey.load(), previous: try previousCredentialKeys.map { try $0.load() })
    }
}

struct CredentialKeyFileError: Error, CustomStringConvertible {
    var path: String
    var problem: String
    var description: String { "the credentials key file \(path) \(problem)" }
}
