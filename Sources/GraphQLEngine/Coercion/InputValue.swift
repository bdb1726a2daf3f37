import GraphQLLanguage

/// A coerced input value: an argument or variable after the type system has checked it
/// (spec §3.5–§3.10, input coercion). Enum values keep their names; input objects their fields.
public enum InputValue: Sendable, Hashable {
    case null
    case boolean(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case enumValue(String)
    case list([InputValue])
    case object([String: InputValue])

    public var isNull: Bool { self == .null }

    public var int: Int? { if case .int(let value) = self { value } else { nil } }
    public var string: String? {
        switch self {
        case .string(let value), .enumValue(let value): value
        default: nil
        }
    }
    public var boolean: Bool? { if case .boolean(let value) = self { value } else { nil } }
    public var float: Double? {
        switch self {
        case .float(let value): value
        case .int(let value): Double(value)
        default: nil
        }
    }
    public var list: [InputValue]? { if case .list(let value) = self { value } else { nil } }
    public var object: [String: InputValue]? { if case .object(let value) = self { value } else { nil } }
}

extension InputValue {
    /// A constant literal as written, before any type says what it means: enum names stay
    /// enum values, and a variable (not constant) reads as null.
    public init(constant literal: Value) {
        switch literal.kind {
        case .variable, .null: self = .null
        case .int(let digits): self = Int(digits).map { .int($0) } ?? .float(Double(digits) ?? .nan)
        case .float(let digits): self = .float(Double(digits) ?? .nan)
        case .string(let text, _): self = .string(text)
        case .boolean(let flag): self = .boolean(flag)
        case .enumValue(let name): self = .enumValue(name)
        case .list(let items): self = .list(items.map(InputValue.init(constant:)))
        case .object(let fields):
            self = .object(Dictionary(fields.map { ($0.name.value, InputValue(constant: $0.value)) }, uniquingKeysWith: { first, _ in first }))
        }
    }
}

/// The coerced arguments of one field, by name. An argument absent here was not given and has
/// no default; one given as `null` is present as `.null`.
public struct ArgumentValues: Sendable, Hashable {
    public var values: [String: InputValue]

    public init(_ values: [String: InputValue] = [:]) {
        self.values = values
    }

    public subscript(name: String) -> InputValue? { values[name] }
}
