import Foundation

/// How a user wants the app to behave.
public struct Preferences: Sendable, Hashable {
    public var notifications: Bool
    public var theme: Theme
    /// A BCP 47 language tag such as `en` or `pt-BR`.
    public var language: String
    /// An IANA time zone such as `UTC` or `America/Sao_Paulo`.
    public var timezone: String

    public init(notifications: Bool = true, theme: Theme = .dark, language: String = "en", timezone: String = "UTC") {
        self.notifications = notifications
        self.theme = theme
        self.language = language
        self.timezone = timezone
    }

    public enum Theme: String, Sendable, Hashable, CaseIterable {
        case light, dark, system
    }
}

/// A change to a profile: nil leaves a value as it is.
public struct ProfileChange: Sendable, Hashable {
    public var firstName: String?
    public var lastName: String?
    public var notifications: Bool?
    public var theme: Preferences.Theme?
    public var language: String?
    public var timezone: String?

    public init(
        firstName: String? = nil, lastName: String? = nil, notifications: Bool? = nil, theme: Preferences.Theme? = nil,
        language: String? = nil, timezone: String? = nil
    ) {
        self.firstName = firstName
        self.lastName = lastName
        self.notifications = notifications
        self.theme = theme
        self.language = language
        self.timezone = timezone
    }

    /// Every problem of the change, by field (preferences as `preferences.language`, …).
    public var problems: [FieldProblem] {
        var problems: [FieldProblem] = []
        for (field, name) in [("firstName", firstName), ("lastName", lastName)] {
            if let name, name.count > 100 || name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                problems.append(FieldProblem(field: field, message: "must be at most 100 characters, without control characters"))
            }
        }
        if let language, !Self.isLanguageTag(language) {
            problems.append(FieldProblem(field: "preferences.language", message: "must be a language tag such as en or pt-BR"))
        }
        if let timezone, TimeZone(identifier: timezone) == nil || !timezone.contains(where: { $0 == "/" }) && timezone != "UTC" {
            problems.append(FieldProblem(field: "preferences.timezone", message: "must be an IANA time zone such as UTC or America/Sao_Paulo"))
        }
        return problems
    }

    /// `language[-subtag]*`: 2–3 letters, then subtags of 2–8 letters or digits.
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
