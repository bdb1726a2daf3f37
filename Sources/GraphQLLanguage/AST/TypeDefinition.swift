/// A named type's definition (spec §3.4), or — under `Definition.typeExtension` — what an
/// extension adds to it.
public enum TypeDefinition: Sendable, Hashable {
    case scalar(ScalarTypeDefinition)
    case object(ObjectTypeDefinition)
    case interface(InterfaceTypeDefinition)
    case union(UnionTypeDefinition)
    case enumeration(EnumTypeDefinition)
    case inputObject(InputObjectTypeDefinition)

    public var name: Name {
        switch self {
        case .scalar(let node): node.name
        case .object(let node): node.name
        case .interface(let node): node.name
        case .union(let node): node.name
        case .enumeration(let node): node.name
        case .inputObject(let node): node.name
        }
    }

    public var description: StringLiteral? {
        switch self {
        case .scalar(let node): node.description
        case .object(let node): node.description
        case .interface(let node): node.description
        case .union(let node): node.description
        case .enumeration(let node): node.description
        case .inputObject(let node): node.description
        }
    }

    public var directives: [Directive] {
        switch self {
        case .scalar(let node): node.directives
        case .object(let node): node.directives
        case .interface(let node): node.directives
        case .union(let node): node.directives
        case .enumeration(let node): node.directives
        case .inputObject(let node): node.directives
        }
    }

    public var span: SourceSpan {
        switch self {
        case .scalar(let node): node.span
        case .object(let node): node.span
        case .interface(let node): node.span
        case .union(let node): node.span
        case .enumeration(let node): node.span
        case .inputObject(let node): node.span
        }
    }

    /// The keyword that introduces this kind of definition: `scalar`, `type`, `interface`, …
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

/// `scalar Name @directive` (spec §3.5).
public struct ScalarTypeDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var directives: [Directive]
}

extension ScalarTypeDefinition {
    public init(description: StringLiteral? = nil, name: Name, directives: [Directive] = [], span: SourceSpan = .synthesized) {
        self.description = description
        self.name = name
        self.directives = directives
        self.span = span
    }
}

/// `type Name implements A & B @directive { fields }` (spec §3.6).
public struct ObjectTypeDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var interfaces: [Name]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
}

extension ObjectTypeDefinition {
    public init(
        description: StringLiteral? = nil, name: Name, interfaces: [Name] = [], directives: [Directive] = [],
        fields: [FieldDefinition] = [], span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.span = span
    }
}

/// `interface Name implements A & B @directive { fields }` (spec §3.7).
public struct InterfaceTypeDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var interfaces: [Name]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
}

extension InterfaceTypeDefinition {
    public init(
        description: StringLiteral? = nil, name: Name, interfaces: [Name] = [], directives: [Directive] = [],
        fields: [FieldDefinition] = [], span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.span = span
    }
}

/// `name(arguments): Type @directive` inside an object or interface (spec §3.6).
public struct FieldDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var type: TypeReference
    public var directives: [Directive]
}

extension FieldDefinition {
    public init(
        description: StringLiteral? = nil, name: Name, arguments: [InputValueDefinition] = [],
        type: TypeReference, directives: [Directive] = [], span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.type = type
        self.directives = directives
        self.span = span
    }
}

/// `name: Type = default @directive`: an argument definition or an input object field (spec §3.6.1).
public struct InputValueDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: [Directive]
}

extension InputValueDefinition {
    public init(
        description: StringLiteral? = nil, name: Name, type: TypeReference, defaultValue: Value? = nil,
        directives: [Directive] = [], span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.span = span
    }
}

/// `union Name @directive = A | B` (spec §3.8).
public struct UnionTypeDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var directives: [Directive]
    public var members: [Name]
}

extension UnionTypeDefinition {
    public init(
        description: StringLiteral? = nil, name: Name, directives: [Directive] = [], members: [Name] = [],
        span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.members = members
        self.span = span
    }
}

/// `enum Name @directive { VALUES }` (spec §3.9).
public struct EnumTypeDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var directives: [Directive]
    public var values: [EnumValueDefinition]
}

extension EnumTypeDefinition {
    public init(
        description: StringLiteral? = nil, name: Name, directives: [Directive] = [],
        values: [EnumValueDefinition] = [], span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.values = values
        self.span = span
    }
}

/// One value of an enum: `NAME @directive`.
public struct EnumValueDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var directives: [Directive]
}

extension EnumValueDefinition {
    public init(description: StringLiteral? = nil, name: Name, directives: [Directive] = [], span: SourceSpan = .synthesized) {
        self.description = description
        self.name = name
        self.directives = directives
        self.span = span
    }
}

/// `input Name @directive { fields }` (spec §3.10).
public struct InputObjectTypeDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var directives: [Directive]
    public var fields: [InputValueDefinition]
}

extension InputObjectTypeDefinition {
    public init(
        description: StringLiteral? = nil, name: Name, directives: [Directive] = [],
        fields: [InputValueDefinition] = [], span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.fields = fields
        self.span = span
    }
}
