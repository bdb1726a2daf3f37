import GraphQLLanguage

/// The rules checked on the SDL documents themselves, where every name reference still has its
/// location: graphql-js's SDL validation rules (LoneSchemaDefinition, UniqueOperationTypes,
/// UniqueTypeNames, UniqueDirectiveNames, UniqueFieldDefinitionNames, UniqueEnumValueNames,
/// UniqueArgumentDefinitionNames, KnownTypeNames, PossibleTypeExtensions), plus the rules on
/// applied directives in `SDLRules+Directives.swift`.
struct SDLRules {
    private let definitions: SDLDefinitions
    /// Every type name the documents define, with its kind, plus the built-in scalars.
    let typeKinds: [String: TypeKind]
    /// Every directive the documents define, plus the built-in ones.
    let directives: [String: SchemaDirective]
    var problems: [SchemaProblem] = []

    static func check(_ definitions: SDLDefinitions) -> [SchemaProblem] {
        var rules = SDLRules(definitions)
        rules.checkExecutableDefinitions()
        rules.checkSchemaDefinitions()
        rules.checkTypeNames()
        rules.checkDirectiveNames()
        rules.checkMembers()
        rules.checkExtensions()
        rules.checkTypeReferences()
        rules.checkAppliedDirectives()
        return rules.problems
    }

    private init(_ definitions: SDLDefinitions) {
        self.definitions = definitions
        var kinds = Dictionary(uniqueKeysWithValues: BuiltIns.scalars.map { ($0.name, TypeKind.scalar) })
        for located in definitions.types where kinds[located.node.name.value] == nil {
            kinds[located.node.name.value] = SchemaAssembler.kind(of: located.node)
        }
        typeKinds = kinds
        var known = Dictionary(uniqueKeysWithValues: BuiltIns.directives.map { ($0.name, $0) })
        for located in definitions.directives where known[located.node.name.value] == nil {
            known[located.node.name.value] = SchemaDirective(
                name: located.node.name.value,
                arguments: located.node.arguments.map { SchemaInputValue(name: $0.name.value, type: $0.type, defaultValue: $0.defaultValue) },
                isRepeatable: located.node.isRepeatable, locations: located.node.locations.map(\.location)
            )
        }
        directives = known
    }

    func definitionsOfSchema() -> [Located<SchemaDefinition>] { definitions.schemas + definitions.schemaExtensions }
    func typeDefinitionsAndExtensions() -> [Located<TypeDefinition>] { definitions.types + definitions.typeExtensions }
    func directiveDefinitions() -> [Located<DirectiveDefinition>] { definitions.directives }

    mutating func report(_ message: String, _ origins: SourceOrigin?...) {
        problems.append(SchemaProblem(message, at: origins))
    }

    private mutating func checkExecutableDefinitions() {
        for located in definitions.executables {
            let what: String = switch located.node {
            case .operation(let operation): operation.name.map { "operation \"\($0.value)\"" } ?? "an anonymous operation"
            case .fragment(let fragment): "fragment \"\(fragment.name.value)\""
            default: "a definition"
            }
            report("A schema holds type-system definitions only; \(what) is executable.", located.origin(located.node.span))
        }
    }

    /// LoneSchemaDefinition and UniqueOperationTypes.
    private mutating func checkSchemaDefinitions() {
        for extra in definitions.schemas.dropFirst() {
            report("Must provide only one schema definition.", extra.origin(extra.node.span))
        }
        var seen: [OperationType: SourceOrigin] = [:]
        for located in definitions.schemas.prefix(1) + definitions.schemaExtensions {
            for operationType in located.node.operationTypes {
                let origin = located.origin(operationType.span)
                if let first = seen[operationType.operation] {
                    report("There can be only one \(operationType.operation.rawValue) type in schema.", first, origin)
                } else {
                    seen[operationType.operation] = origin
                }
            }
        }
    }

    /// UniqueTypeNames: a name is defined once, and never over a built-in scalar.
    private mutating func checkTypeNames() {
        var seen: [String: SourceOrigin] = [:]
        for located in definitions.types {
            let name = located.node.name
            let origin = located.origin(name.span)
            if BuiltIns.scalarNames.contains(name.value) {
                report("Type \"\(name.value)\" already exists in the schema. It cannot also be defined in this type definition.", origin)
            } else if let first = seen[name.value] {
                report("There can be only one type named \"\(name.value)\".", first, origin)
            } else {
                seen[name.value] = origin
            }
        }
    }

    /// UniqueDirectiveNames, and UniqueArgumentDefinitionNames on directive definitions.
    private mutating func checkDirectiveNames() {
        var seen: [String: SourceOrigin] = [:]
        for located in definitions.directives {
            let name = located.node.name
            let origin = located.origin(name.span)
            if BuiltIns.directiveNames.contains(name.value) {
                report("Directive \"@\(name.value)\" already exists in the schema. It cannot be redefined.", origin)
            } else if let first = seen[name.value] {
                report("There can be only one directive named \"@\(name.value)\".", first, origin)
            } else {
                seen[name.value] = origin
            }
            checkUniqueArguments(located.node.arguments, owner: "@\(name.value)", file: located.file)
        }
    }

    /// UniqueFieldDefinitionNames, UniqueEnumValueNames and UniqueArgumentDefinitionNames,
    /// counting a type's definition and its extensions together.
    private mutating func checkMembers() {
        var members: [String: [String: SourceOrigin]] = [:]
        for located in definitions.types + definitions.typeExtensions {
            let typeName = located.node.name.value
            var seen = members[typeName] ?? [:]
            func note(_ name: Name, _ message: String, into rules: inout SDLRules) {
                let origin = located.origin(name.span)
                if let first = seen[name.value] {
                    rules.report(message, first, origin)
                } else {
                    seen[name.value] = origin
                }
            }
            switch located.node {
            case .object(let node):
                for field in node.fields {
                    note(field.name, "Field \"\(typeName).\(field.name.value)\" can only be defined once.", into: &self)
                    checkUniqueArguments(field.arguments, owner: "\(typeName).\(field.name.value)", file: located.file)
                }
            case .interface(let node):
                for field in node.fields {
                    note(field.name, "Field \"\(typeName).\(field.name.value)\" can only be defined once.", into: &self)
                    checkUniqueArguments(field.arguments, owner: "\(typeName).\(field.name.value)", file: located.file)
                }
            case .inputObject(let node):
                for field in node.fields {
                    note(field.name, "Field \"\(typeName).\(field.name.value)\" can only be defined once.", into: &self)
                }
            case .enumeration(let node):
                for value in node.values {
                    note(value.name, "Enum value \"\(typeName).\(value.name.value)\" can only be defined once.", into: &self)
                }
            case .scalar, .union:
                break
            }
            members[typeName] = seen
        }
    }

    private mutating func checkUniqueArguments(_ arguments: [InputValueDefinition], owner: String, file: String) {
        var seen: [String: SourceOrigin] = [:]
        for argument in arguments {
            let origin = SourceOrigin(file: file, location: argument.name.span.start)
            if let first = seen[argument.name.value] {
                report("Argument \"\(owner)(\(argument.name.value):)\" can only be defined once.", first, origin)
            } else {
                seen[argument.name.value] = origin
            }
        }
    }

    /// PossibleTypeExtensions: only defined types are extended, and by an extension of their kind.
    private mutating func checkExtensions() {
        for located in definitions.typeExtensions {
            let name = located.node.name
            let extensionKind = SchemaAssembler.kind(of: located.node)
            guard let definedKind = typeKinds[name.value] else {
                report("Cannot extend type \"\(name.value)\" because it is not defined.", located.origin(name.span))
                continue
            }
            if definedKind != extensionKind {
                report("Cannot extend non-\(Self.kindWord(extensionKind)) type \"\(name.value)\".", located.origin(name.span))
            }
        }
    }

    static func kindWord(_ kind: TypeKind) -> String {
        switch kind {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumeration: "enum"
        case .inputObject: "input object"
        }
    }

    /// KnownTypeNames: every type a definition mentions exists.
    private mutating func checkTypeReferences() {
        var references: [Located<Name>] = []
        for located in definitions.schemas + definitions.schemaExtensions {
            references += located.node.operationTypes.map { Located(node: $0.type, file: located.file) }
        }
        for located in definitions.types + definitions.typeExtensions {
            let names: [Name] = switch located.node {
            case .scalar: []
            case .object(let node): node.interfaces + node.fields.flatMap { [$0.type.namedType] + $0.arguments.map(\.type.namedType) }
            case .interface(let node): node.interfaces + node.fields.flatMap { [$0.type.namedType] + $0.arguments.map(\.type.namedType) }
            case .union(let node): node.members
            case .enumeration: []
            case .inputObject(let node): node.fields.map(\.type.namedType)
            }
            references += names.map { Located(node: $0, file: located.file) }
        }
        for located in definitions.directives {
            references += located.node.arguments.map { Located(node: $0.type.namedType, file: located.file) }
        }
        for reference in references where typeKinds[reference.node.value] == nil {
            report("Unknown type \"\(reference.node.value)\".", reference.origin(reference.node.span))
        }
    }
}
