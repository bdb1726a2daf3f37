import GraphQLLanguage

/// The six kinds of named type (spec §3.4), spelled as introspection spells them.
public enum TypeKind: String, Sendable, Hashable {
    case scalar = "SCALAR"
    case object = "OBJECT"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumeration = "ENUM"
    case inputObject = "INPUT_OBJECT"

    /// Scalars, enums and input objects may be arguments and input fields.
    public var isInput: Bool { self == .scalar || self == .enumeration || self == .inputObject }
    /// Scalars, objects, interfaces, unions and enums may be field results.
    public var isOutput: Bool { self != .inputObject }
    /// Objects, interfaces and unions have selection sets.
    public var isComposite: Bool { self == .object || self == .interface || self == .union }

    /// How SDL introduces the kind: `type`, `interface`, `union`, …
    public var keyword: String {
        switch self {
        case .scalar: "scalar"
        case .object: "type"
        case .interface: "interface"
        case .union: "union"
        case .enumeration: "enum"
        case .inputObject: "input"
        }
    }
}

/// A named type of the schema. One shape for all kinds, as introspection's `__Type` has: the
/// members that do not apply to a kind stay empty.
public struct SchemaType: Sendable, Hashable {
    public var name: String
    public var kind: TypeKind
    public var description: String?
    /// Objects and interfaces: their fields, in definition order.
    public var fields: [SchemaField]
    /// Objects and interfaces: the interfaces they implement.
    public var interfaces: [String]
    /// Unions: their member types.
    public var possibleTypes: [String]
    /// Enums: their values.
    public var enumValues: [SchemaEnumValue]
    /// Input objects: their fields.
    public var inputFields: [SchemaInputValue]
    /// Scalars: the URL of their specification (`@specifiedBy`).
    public var specifiedByURL: String?
    /// Input objects marked `@oneOf`: exactly one field must be given.
    public var isOneOf: Bool
    /// The directives applied to the definition and its extensions.
    public var directives: [Directive]
    public var origin: SourceOrigin?
    /// Where `extend` added to this type, in source order.
    public var extensionOrigins: [SourceOrigin]

    public init(
        name: String, kind: TypeKind, description: String? = nil, fields: [SchemaField] = [],
        interfaces: [String] = [], possibleTypes: [String] = [], enumValues: [SchemaEnumValue] = [],
        inputFields: [SchemaInputValue] = [], specifiedByURL: String? = nil, isOneOf: Bool = false,
        directives: [Directive] = [], origin: SourceOrigin? = nil, extensionOrigins: [SourceOrigin] = []
    ) {
        self.name = name
        self.kind = kind
        self.description = description
        self.fields = fields
        self.interfaces = interfaces
        self.possibleTypes = possibleTypes
        self.enumValues = enumValues
        self.inputFields = inputFields
        self.specifiedByURL = specifiedByURL
        self.isOneOf = isOneOf
        self.directives = directives
        self.origin = origin
        self.extensionOrigins = extensionOrigins
    }

    public func field(named name: String) -> SchemaField? {
        fields.first { $0.name == name }
    }

    public func inputField(named name: String) -> SchemaInputValue? {
        inputFields.first { $0.name == name }
    }

    public func enumValue(named name: String) -> SchemaEnumValue? {
        enumValues.first { $0.name == name }
    }

    /// Built-in scalars and introspection types are not printed in SDL.
    public var isBuiltIn: Bool { origin == nil }
}

/// A field of an object or interface.
public struct SchemaField: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var arguments: [SchemaInputValue]
    public var type: TypeReference
    public var deprecationReason: String?
    public var directives: [Directive]
    public var origin: SourceOrigin?

    public init(
        name: String, description: String? = nil, arguments: [SchemaInputValue] = [], type: TypeReference,
        deprecationReason: String? = nil, directives: [Directive] = [], origin: SourceOrigin? = nil
    ) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.type = type
        self.deprecationReason = deprecationReason
        self.directives = directives
        self.origin = origin
    }

    public var isDeprecated: Bool { deprecationReason != nil }

    public func argument(named name: String) -> SchemaInputValue? {
        arguments.first { $0.name == name }
    }
}

/// An argument, or a field of an input object.
public struct SchemaInputValue: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var type: TypeReference
    /// The default as written in SDL; coercion happens where it is used.
    public var defaultValue: Value?
    public var deprecationReason: String?
    public var directives: [Directive]
    public var origin: SourceOrigin?

    public init(
        name: String, description: String? = nil, type: TypeReference, defaultValue: Value? = nil,
        deprecationReason: String? = nil, directives: [Directive] = [], origin: SourceOrigin? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue
        self.deprecationReason = deprecationReason
        self.directives = directives
        self.origin = origin
    }

    public var isDeprecated: Bool { deprecationReason != nil }

    /// Must be given: non-null and without a default.
    public var isRequired: Bool { type.isNonNull && defaultValue == nil }
}

/// One value of an enum.
public struct SchemaEnumValue: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var deprecationReason: String?
    public var directives: [Directive]
    public var origin: SourceOrigin?

    public init(
        name: String, description: String? = nil, deprecationReason: String? = nil,
        directives: [Directive] = [], origin: SourceOrigin? = nil
    ) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
        self.directives = directives
        self.origin = origin
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}

/// A directive the schema knows: built in, or defined in SDL.
public struct SchemaDirective: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var arguments: [SchemaInputValue]
    public var isRepeatable: Bool
    public var locations: [DirectiveLocation]
    public var origin: SourceOrigin?

    public init(
        name: String, description: String? = nil, arguments: [SchemaInputValue] = [],
        isRepeatable: Bool = false, locations: [DirectiveLocation], origin: SourceOrigin? = nil
    ) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.isRepeatable = isRepeatable
        self.locations = locations
        self.origin = origin
    }

    public func argument(named name: String) -> SchemaInputValue? {
        arguments.first { $0.name == name }
    }

    public var isBuiltIn: Bool { origin == nil }
}
