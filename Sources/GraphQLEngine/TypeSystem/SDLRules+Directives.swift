import GraphQLLanguage

/// The rules on directives applied in SDL: KnownDirectives (name and location),
/// UniqueDirectivesPerLocation (a type's definition and extensions count as one location),
/// KnownArgumentNamesOnDirectives, UniqueArgumentNames, UniqueInputFieldNames and
/// ProvidedRequiredArgumentsOnDirectives.
extension SDLRules {
    mutating func checkAppliedDirectives() {
        for (uses, location, file) in directiveUses() {
            check(uses, at: location, file: file)
        }
    }

    /// Every place directives are applied: the directives there, the location's kind and file.
    /// A type and its extensions form one place.
    private func directiveUses() -> [(uses: [Directive], location: DirectiveLocation, file: String)] {
        var places: [(uses: [Directive], location: DirectiveLocation, file: String)] = []
        let schemaParts = definitionsOfSchema()
        if let first = schemaParts.first {
            places.append((schemaParts.flatMap(\.node.directives), .schema, first.file))
        }
        var typePlaces: [String: Int] = [:]
        for located in typeDefinitionsAndExtensions() {
            let type = located.node
            let location = Self.location(of: SchemaAssembler.kind(of: type))
            if let index = typePlaces[type.name.value], places[index].location == location {
                places[index].uses += type.directives
            } else {
                typePlaces[type.name.value] = places.count
                places.append((type.directives, location, located.file))
            }
            let file = located.file
            switch type {
            case .object(let node):
                places += fieldPlaces(node.fields, file: file)
            case .interface(let node):
                places += fieldPlaces(node.fields, file: file)
            case .enumeration(let node):
                places += node.values.map { ($0.directives, .enumValue, file) }
            case .inputObject(let node):
                places += node.fields.map { ($0.directives, .inputFieldDefinition, file) }
            case .scalar, .union:
                break
            }
        }
        for located in directiveDefinitions() {
            places += located.node.arguments.map { ($0.directives, .argumentDefinition, located.file) }
        }
        return places
    }

    private func fieldPlaces(_ fields: [FieldDefinition], file: String) -> [(uses: [Directive], location: DirectiveLocation, file: String)] {
        fields.flatMap { field in
            [(field.directives, DirectiveLocation.fieldDefinition, file)]
                + field.arguments.map { ($0.directives, DirectiveLocation.argumentDefinition, file) }
        }
    }

    static func location(of kind: TypeKind) -> DirectiveLocation {
        switch kind {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumeration: .enumeration
        case .inputObject: .inputObject
        }
    }

    private mutating func check(_ uses: [Directive], at location: DirectiveLocation, file: String) {
        var seen: [String: SourceOrigin] = [:]
        for use in uses {
            let name = use.name.value
            let origin = SourceOrigin(file: file, location: use.span.start)
            guard let directive = directives[name] else {
                report("Unknown directive \"@\(name)\".", origin)
                continue
            }
            if !directive.locations.contains(location) {
                report("Directive \"@\(name)\" may not be used on \(location.rawValue).", origin)
            }
            if !directive.isRepeatable {
                if let first = seen[name] {
                    report("The directive \"@\(name)\" can only be used once at this location.", first, origin)
                } else {
                    seen[name] = origin
                }
            }
            checkArguments(of: use, against: directive, file: file)
        }
    }

    private mutating func checkArguments(of use: Directive, against directive: SchemaDirective, file: String) {
        var given: [String: SourceOrigin] = [:]
        for argument in use.arguments {
            let origin = SourceOrigin(file: file, location: argument.name.span.start)
            if let first = given[argument.name.value] {
                report("There can be only one argument named \"\(argument.name.value)\".", first, origin)
            } else {
                given[argument.name.value] = origin
            }
            if directive.argument(named: argument.name.value) == nil {
                report("Unknown argument \"\(argument.name.value)\" on directive \"@\(directive.name)\".", origin)
            }
            checkUniqueInputFields(argument.value, file: file)
        }
        for argument in directive.arguments where argument.isRequired && given[argument.name] == nil {
            report(
                "Argument \"@\(directive.name)(\(argument.name):)\" of type \"\(argument.type)\" is required, but it was not provided.",
                SourceOrigin(file: file, location: use.span.start)
            )
        }
    }

    /// UniqueInputFieldNames inside an object literal, at any depth.
    private mutating func checkUniqueInputFields(_ value: Value, file: String) {
        switch value.kind {
        case .list(let values):
            for element in values { checkUniqueInputFields(element, file: file) }
        case .object(let fields):
            var seen: [String: SourceOrigin] = [:]
            for field in fields {
                let origin = SourceOrigin(file: file, location: field.name.span.start)
                if let first = seen[field.name.value] {
                    report("There can be only one input field named \"\(field.name.value)\".", first, origin)
                } else {
                    seen[field.name.value] = origin
                }
                checkUniqueInputFields(field.value, file: file)
            }
        default:
            break
        }
    }
}
