/// `{ selection … }` (spec §2.4).
public struct SelectionSet: Sendable, Hashable {
    public var span: SourceSpan
    public var selections: [Selection]
}

extension SelectionSet {
    public init(_ selections: [Selection], span: SourceSpan = .synthesized) {
        self.selections = selections
        self.span = span
    }
}

/// One entry of a selection set.
public enum Selection: Sendable, Hashable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    public var span: SourceSpan {
        switch self {
        case .field(let node): node.span
        case .fragmentSpread(let node): node.span
        case .inlineFragment(let node): node.span
        }
    }

    public var directives: [Directive] {
        switch self {
        case .field(let node): node.directives
        case .fragmentSpread(let node): node.directives
        case .inlineFragment(let node): node.directives
        }
    }
}

/// `alias: name(arguments) @directive { … }` (spec §2.5).
public struct Field: Sendable, Hashable {
    public var span: SourceSpan
    public var alias: Name?
    public var name: Name
    public var arguments: [Argument]
    public var directives: [Directive]
    public var selectionSet: SelectionSet?

    /// The key of this field in the response: its alias, or else its name.
    public var responseKey: String { alias?.value ?? name.value }
}

extension Field {
    public init(
        alias: Name? = nil, name: Name, arguments: [Argument] = [], directives: [Directive] = [],
        selectionSet: SelectionSet? = nil, span: SourceSpan = .synthesized
    ) {
        self.alias = alias
        self.name = name
        self.arguments = arguments
        self.directives = directives
        self.selectionSet = selectionSet
        self.span = span
    }
}

/// `...Name @directive` (spec §2.8).
public struct FragmentSpread: Sendable, Hashable {
    public var span: SourceSpan
    public var name: Name
    public var directives: [Directive]
}

extension FragmentSpread {
    public init(name: Name, directives: [Directive] = [], span: SourceSpan = .synthesized) {
        self.name = name
        self.directives = directives
        self.span = span
    }
}

/// `... on Type @directive { … }`, the type condition optional (spec §2.8.2).
public struct InlineFragment: Sendable, Hashable {
    public var span: SourceSpan
    public var typeCondition: Name?
    public var directives: [Directive]
    public var selectionSet: SelectionSet
}

extension InlineFragment {
    public init(typeCondition: Name? = nil, directives: [Directive] = [], selectionSet: SelectionSet, span: SourceSpan = .synthesized) {
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.span = span
    }
}
