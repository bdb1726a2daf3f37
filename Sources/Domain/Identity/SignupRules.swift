/// What a new account's email, username and password must be. Every problem is reported at
/// once, so a form can show them all.
public enum SignupRules {
    public static func problems(email: String, username: String, password: String) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if !isEmail(email) {
            problems.append(FieldProblem(field: "email", message: "must be an email address such as trader@example.com"))
        }
        if !isUsername(username) {
            problems.append(FieldProblem(field: "username", message: "must be 3 to 32 letters, digits, '_', '-' or '.'"))
        }
        if let weakness = weakness(of: password) {
            problems.append(FieldProblem(field: "password", message: weakness))
        }
        return problems
    }

    /// `local@domain.tld`: one `@`, no spaces or control characters, a dot in the domain.
    static func isEmail(_ email: String) -> Bool {
        guard email.utf8.count <= 254, !email.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else { return false }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 64 else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }
    }

    static func isUsername(_ username: String) -> Bool {
        (3...32).contains(username.count)
            && username.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "_-.".unicodeScalars.contains($0) }
    }

    /// Why a password is too weak, or nil: at least 10 characters mixing at least three of
    /// lower case, upper case, digits and symbols, and at most 256.
    static func weakness(of password: String) -> String? {
        guard password.count >= 10 else { return "must be at least 10 characters" }
        guard password.utf8.count <= 256 else { return "must be at most 256 bytes" }
        let classes = [
            password.contains(where: \.isLowercase), password.contains(where: \.isUppercase),
            password.contains(where: \.isNumber), password.contains(where: { !$0.isLetter && !$0.isNumber }),
        ].filter { $0 }.count
        return classes >= 3 ? nil : "must mix at least three of: lower case, upper case, digits, symbols"
    }
}
