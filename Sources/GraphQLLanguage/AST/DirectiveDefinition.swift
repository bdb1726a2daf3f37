/// `directive @name(arguments) repeatable on LOCATION | …` (spec §3.13).
public struct DirectiveDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var isRepeatable: Bool
    public var locations: [DirectiveLocationName]
}

extension DirectiveDefinition {
    public init(
        description: StringLiteral? = nil, name: Name, arguments: [InputValueDefinition] = [],
        isRepeatable: Bool = false, locations: [DirectiveLocationName], span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.isRepeatable = isRepeatable
        self.locations = locations
        self.span = span
    }
}

/// A directive location as written in a directive definition.
public struct DirectiveLocationName: Sendable, Hashable {
    public var span: SourceSpan
    public var location: DirectiveLocation
}

extension DirectiveLocationName {
    public init(_ location: DirectiveLocation, span: SourceSpan = .synthesized) {
        self.location = location
        self.span = span
    }
}

/// Where a directive may be used (spec §3.13).
public enum DirectiveLocation: String, Sendable, Hashable, CaseIterable {
    // Executable locations.
    case query = "QUERY"
    case mutation = "MUTATION"
    case subscription = "SUBSCRIPTION"
    case field = "FIELD"
    case fragmentDefinition = "FRAGMENT_DEFINITION"
    case fragmentSpread = "FRAGMENT_SPREAD"
    case inlineFragment = "INLINE_FRAGMENT"
    case variableDefinition = "VARIABLE_DEFINITION"
    // Type-system locations.
    case schema = "SCHEMA"
    case scalar = "SCALAR"
    case object = "OBJECT"
    case fieldDefinition = "FIELD_DEFINITION"
    case argumentDefinition = "ARGUMENT_DEFINITION"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumeration = "ENUM"
    case enumValue = "ENUM_VALUE"
    case inputObject = "INPUT_OBJECT"
    case inputFieldDefinition = "INPUT_FIELD_DEFINITION"

    public var isExecutable: Bool {
        switch self {
        case .query, .mutation, .subscription, .field, .fragmentDefinition, .fragmentSpread,
             .inlineFragment, .variableDefinition: true
        default: false
        }
    }
}
