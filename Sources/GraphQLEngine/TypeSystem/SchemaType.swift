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
///
/// Its members are a `SharedValue`: a copy is one retain.
public struct SchemaType: Sendable, Hashable {
    private var shared: SharedValue<Members>
    public var name: String {
        get { shared.value.name }
        set { shared.update { $0.name = newValue } }
    }
    public var kind: TypeKind {
        get { shared.value.kind }
        set { shared.update { $0.kind = newValue } }
    }
    public var description: String? {
        get { shared.value.description }
        set { shared.update { $0.description = newValue } }
    }
    /// Objects and interfaces: their fields, in definition order.
    public var fields: [SchemaField] {
        get { shared.value.fields }
        set { shared.update { $0.fields = newValue } }
    }
    /// Objects and interfaces: the interfaces they implement.
    public var interfaces: [String] {
        get { shared.value.interfaces }
        set { shared.update { $0.interfaces = newValue } }
    }
    /// Unions: their member types.
    public var possibleTypes: [String] {
        get { shared.value.possibleTypes }
        set { shared.update { $0.possibleTypes = newValue } }
    }
    /// Enums: their values.
    public var enumValues: [SchemaEnumValue] {
        get { shared.value.enumValues }
        set { shared.update { $0.enumValues = newValue } }
    }
    /// Input objects: their fields.
    public var inputFields: [SchemaInputValue] {
        get { shared.value.inputFields }
        set { shared.update { $0.inputFields = newValue } }
    }
    /// Scalars: the URL of their specification (`@specifiedBy`).
    public var specifiedByURL: String? {
        get { shared.value.specifiedByURL }
        set { shared.update { $0.specifiedByURL = newValue } }
    }
    /// Input objects marked `@oneOf`: exactly one field must be given.
    public var isOneOf: Bool {
        get { shared.value.isOneOf }
        set { shared.update { $0.isOneOf = newValue } }
    }
    /// The directives applied to the definition and its extensions.
    public var directives: [Directive] {
        get { shared.value.directives }
        set { shared.update { $0.directives = newValue } }
    }
    public var origin: SourceOrigin? {
        get { shared.value.origin }
        set { shared.update { $0.origin = newValue } }
    }
    /// Where `extend` added to this type, in source order.
    public var extensionOrigins: [SourceOrigin] {
        get { shared.value.extensionOrigins }
        set { shared.update { $0.extensionOrigins = newValue } }
    }

    public init(
        name: String, kind: TypeKind, description: String? = nil, fields: [SchemaField] = [],
        interfaces: [String] = [], possibleTypes: [String] = [], enumValues: [SchemaEnumValue] = [],
        inputFields: [SchemaInputValue] = [], specifiedByURL: String? = nil, isOneOf: Bool = false,
        directives: [Directive] = [], origin: SourceOrigin? = nil, extensionOrigins: [SourceOrigin] = []
    ) {
        var members = Members(
            name: name, kind: kind, description: description, fields: fields, interfaces: interfaces, possibleTypes: possibleTypes,
            enumValues: enumValues, inputFields: inputFields, specifiedByURL: specifiedByURL, isOneOf: isOneOf,
            directives: directives, origin: origin, extensionOrigins: extensionOrigins
        )
        members.indexFields()
        shared = SharedValue(members)
    }

    /// The field named `name`, by index: validation and execution ask for every field they meet.
    public func field(named name: String) -> SchemaField? {
        shared.value.fieldIndex[name].map { shared.value.fields[$0] }
    }

    public func inputField(named name: String) -> SchemaInputValue? {
        inputFields.first { $0.name == name }
    }

    public func enumValue(named name: String) -> SchemaEnumValue? {
        enumValues.first { $0.name == name }
    }

    private struct Members: Sendable, Hashable {
        var name: String
        var kind: TypeKind
        var description: String?
        var fields: [SchemaField] {
            didSet { indexFields() }
        }
        var interfaces: [String]
        var possibleTypes: [String]
        var enumValues: [SchemaEnumValue]
        var inputFields: [SchemaInputValue]
        var specifiedByURL: String?
        var isOneOf: Bool
        var directives: [Directive]
        var origin: SourceOrigin?
        var extensionOrigins: [SourceOrigin]
        /// Where each field is in `fields`; the first of a name when several share it.
        var fieldIndex: [String: Int] = [:]

        mutating func indexFields() {
            fieldIndex = Dictionary(fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Built-in scalars and introspection types are not printed in SDL.
    public var isBuiltIn: Bool { origin == nil }
}

/// A field of an object or interface.
///
/// Its members are a `SharedValue`, like `SchemaType`'s: validation and execution copy field
/// definitions at every field they meet.
public struct SchemaField: Sendable, Hashable {
    private var shared: SharedValue<Members>

    public var name: String {
        get { shared.value.name }
        set { shared.update { $0.name = newValue } }
    }
    public var description: String? {
        get { shared.value.description }
        set { shared.update { $0.description = newValue } }
    }
    public var arguments: [SchemaInputValue] {
        get { shared.value.arguments }
        set { shared.update { $0.arguments = newValue } }
    }
    public var type: TypeReference {
        get { shared.value.type }
        set { shared.update { $0.type = newValue } }
    }
    public var deprecationReason: String? {
        get { shared.value.deprecationReason }
        set { shared.update { $0.deprecationReason = newValue } }
    }
    public var directives: [Directive] {
        get { shared.value.directives }
        set { shared.update { $0.directives = newValue } }
    }
    public var origin: SourceOrigin? {
        get { shared.value.origin }
        set { shared.update { $0.origin = newValue } }
    }

    public init(
        name: String, description: String? = nil, arguments: [SchemaInputValue] = [], type: TypeReference,
        deprecationReason: String? = nil, directives: [Directive] = [], origin: SourceOrigin? = nil
    ) {
        shared = SharedValue(Members(
            name: name, description: description, arguments: arguments, type: type,
            deprecationReason: deprecationReason, directives: directives, origin: origin
        ))
    }

    public var isDeprecated: Bool { deprecationReason != nil }

    public func argument(named name: String) -> SchemaInputValue? {
        arguments.first { $0.name == name }
    }

    private struct Members: Sendable, Hashable {
        var name: String
        var description: String?
        var arguments: [SchemaInputValue]
        var type: TypeReference
        var deprecationReason: String?
        var directives: [Directive]
        var origin: SourceOrigin?
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
