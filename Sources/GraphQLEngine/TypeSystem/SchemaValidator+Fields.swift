import GraphQLLanguage

/// Fields of objects and interfaces, and what implementing an interface demands.
extension SchemaValidator {
    mutating func checkFields(of type: SchemaType) {
        if type.fields.isEmpty {
            report("Type \(type.name) must define one or more fields.", type.origin)
        }
        for field in type.fields {
            checkName(field.name, field.origin)
            if let kind = kind(field.type), !kind.isOutput {
                report("The type of \(type.name).\(field.name) must be Output Type but got: \(field.type).", field.origin)
            }
            for argument in field.arguments {
                checkName(argument.name, argument.origin)
                if let kind = kind(argument.type), !kind.isInput {
                    report("The type of \(type.name).\(field.name)(\(argument.name):) must be Input Type but got: \(argument.type).", argument.origin)
                }
                if argument.isRequired && argument.isDeprecated {
                    report("Required argument \(type.name).\(field.name)(\(argument.name):) cannot be deprecated.", argument.origin)
                }
            }
        }
    }

    mutating func checkInterfaces(of type: SchemaType) {
        var implemented: Set<String> = []
        for name in type.interfaces {
            guard let interface = schema[typeNamed: name] else { continue }
            guard interface.kind == .interface else {
                report("Type \(type.name) must only implement Interface types, it cannot implement \(name).", type.origin)
                continue
            }
            if name == type.name {
                report("Type \(type.name) cannot implement itself because it would create a circular reference.", type.origin)
                continue
            }
            if !implemented.insert(name).inserted {
                report("Type \(type.name) can only implement \(name) once.", type.origin)
                continue
            }
            checkTransitiveInterfaces(of: type, through: interface)
            checkImplementation(of: interface, by: type)
        }
    }

    /// An interface's own interfaces must be implemented too (spec §3.7, "interfaces of interfaces").
    private mutating func checkTransitiveInterfaces(of type: SchemaType, through interface: SchemaType) {
        for transitive in interface.interfaces where !type.interfaces.contains(transitive) {
            if transitive == type.name {
                report("Type \(type.name) cannot implement \(interface.name) because it would create a circular reference.", type.origin)
            } else {
                report("Type \(type.name) must implement \(transitive) because it is implemented by \(interface.name).", type.origin)
            }
        }
    }

    /// IsValidImplementation (spec §3.6): every field of the interface, with a covariant type
    /// and the same arguments; extra arguments optional.
    private mutating func checkImplementation(of interface: SchemaType, by type: SchemaType) {
        for interfaceField in interface.fields {
            let fieldName = "\(interface.name).\(interfaceField.name)"
            guard let field = type.field(named: interfaceField.name) else {
                report("Interface field \(fieldName) expected but \(type.name) does not provide it.", interfaceField.origin, type.origin)
                continue
            }
            if !isSubtype(field.type, of: interfaceField.type) {
                report(
                    "Interface field \(fieldName) expects type \(interfaceField.type) but \(type.name).\(field.name) is type \(field.type).",
                    interfaceField.origin, field.origin
                )
            }
            for interfaceArgument in interfaceField.arguments {
                guard let argument = field.argument(named: interfaceArgument.name) else {
                    report(
                        "Interface field argument \(fieldName)(\(interfaceArgument.name):) expected but \(type.name).\(field.name) does not provide it.",
                        interfaceArgument.origin, field.origin
                    )
                    continue
                }
                if argument.type.description != interfaceArgument.type.description {
                    report(
                        "Interface field argument \(fieldName)(\(interfaceArgument.name):) expects type \(interfaceArgument.type) but \(type.name).\(field.name)(\(argument.name):) is type \(argument.type).",
                        interfaceArgument.origin, argument.origin
                    )
                }
            }
            for argument in field.arguments where argument.isRequired && interfaceField.argument(named: argument.name) == nil {
                report(
                    "Argument \(type.name).\(field.name)(\(argument.name):) must not be required type \(argument.type) if not provided by the Interface field \(fieldName).",
                    argument.origin, interfaceField.origin
                )
            }
        }
    }

    /// IsSubType for output types: the same type, a non-null of a subtype, a list of subtypes,
    /// or an object or interface implementing an interface, or a member of a union.
    func isSubtype(_ candidate: TypeReference, of expected: TypeReference) -> Bool {
        switch (candidate, expected) {
        case (.nonNull(let inner, _), .nonNull(let expectedInner, _)):
            return isSubtype(inner, of: expectedInner)
        case (_, .nonNull):
            return false
        case (.nonNull(let inner, _), _):
            return isSubtype(inner, of: expected)
        case (.list(let inner, _), .list(let expectedInner, _)):
            return isSubtype(inner, of: expectedInner)
        case (.list, _), (_, .list):
            return false
        case (.named(let name), .named(let expectedName)):
            if name.value == expectedName.value { return true }
            guard let abstract = schema[typeNamed: expectedName.value], let concrete = schema[typeNamed: name.value] else { return false }
            switch abstract.kind {
            case .union: return abstract.possibleTypes.contains(concrete.name)
            case .interface: return concrete.interfaces.contains(abstract.name)
            default: return false
            }
        }
    }
}
