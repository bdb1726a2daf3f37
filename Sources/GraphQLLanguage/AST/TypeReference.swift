/// A reference to a type in a variable, argument or field definition (spec §2.11):
/// `User`, `[User]`, `User!`, `[User!]!`.
///
/// Only the wrappers are boxed: a bare name, the commonest reference, costs no allocation.
public enum TypeReference: Sendable, Hashable, CustomStringConvertible {
    case named(Name)
    indirect case list(TypeReference, span: SourceSpan)
    indirect case nonNull(TypeReference, span: SourceSpan)

    /// The named type at the bottom of any list and non-null wrappers.
    public var namedType: Name {
        switch self {
        case .named(let name): name
        case .list(let inner, _), .nonNull(let inner, _): inner.namedType
        }
    }

    public var span: SourceSpan {
        switch self {
        case .named(let name): name.span
        case .list(_, let span), .nonNull(_, let span): span
        }
    }

    public var isNonNull: Bool {
        if case .nonNull = self { true } else { false }
    }

    /// As written in GraphQL: `[User!]!`.
    public var description: String {
        switch self {
        case .named(let name): name.value
        case .list(let inner, _): "[\(inner)]"
        case .nonNull(let inner, _): "\(inner)!"
        }
    }
}
