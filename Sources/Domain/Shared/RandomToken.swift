import Foundation

/// Unguessable strings from the system's secure generator, URL-safe base64 without padding:
/// ids (`user_…`, `account_…`) and refresh tokens.
enum RandomToken {
    static func make(byteCount: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
