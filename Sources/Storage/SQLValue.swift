import Foundation

/// A value bound to or read from SQL, the same on SQLite and PostgreSQL. Tables use the types
/// both understand: BIGINT, DOUBLE PRECISION, TEXT and BYTEA (flags are BIGINT 0/1).
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var integer: Int64? {
        switch self {
        case .integer(let value): value
        case .real(let value): Int64(exactly: value.rounded())
        default: nil
        }
    }

    public var real: Double? {
        switch self {
        case .real(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    public var text: String? {
        if case .text(let value) = self { value } else { nil }
    }
}

extension SQLValue {
    /// Dates are epoch seconds on both stores; nil is NULL.
    public static func date(_ date: Date?) -> SQLValue {
        date.map { .real($0.timeIntervalSince1970) } ?? .null
    }

    /// Flags are BIGINT 0/1 on both stores.
    public static func flag(_ value: Bool) -> SQLValue {
        .integer(value ? 1 : 0)
    }

    /// `?, ?, …` for an `IN (…)` of `count` values.
    public static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}

/// One row of a result, by column name.
public struct SQLRow: Sendable, Hashable {
    public var values: [String: SQLValue]

    public init(_ values: [String: SQLValue]) {
        self.values = values
    }

    public subscript(column: String) -> SQLValue {
        values[column] ?? .null
    }
}
