/// An input value literal (spec §2.9), with where it was written.
public struct Value: Sendable, Hashable {
    public var span: SourceSpan
    public var kind: Kind

    public enum Kind: Sendable, Hashable {
        /// `$name`, holding the name without the dollar sign.
        case variable(String)
        /// The digits as written; the type system decides the range.
        case int(String)
        /// The digits as written.
        case float(String)
        case string(String, isBlock: Bool)
        case boolean(Bool)
        case null
        case enumValue(String)
        case list([Value])
        case object([ObjectField])
    }

    /// Whether the value mentions no variable, at any depth (spec: `Value[Const]`).
    public var isConstant: Bool {
        switch kind {
        case .variable: false
        case .list(let values): values.allSatisfy(\.isConstant)
        case .object(let fields): fields.allSatisfy(\.value.isConstant)
        default: true
        }
    }
}

extension Value {
    public init(_ kind: Kind, span: SourceSpan = .synthesized) {
        self.kind = kind
        self.span = span
    }
}

/// `name: value` inside an input object literal.
public struct ObjectField: Sendable, Hashable {
    public var span: SourceSpan
    public var name: Name
    public var value: Value
}

extension ObjectField {
    public init(name: Name, value: Value, span: SourceSpan = .synthesized) {
        self.name = name
        self.value = value
        self.span = span
    }
}
