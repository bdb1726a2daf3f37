import GraphQLLanguage

/// All Variable Usages Are Allowed (spec §5.8.5): a variable's type fits every place it is used.
/// A nullable variable may fill a non-null place when the variable or the place has a default.
struct VariablesInAllowedPosition: ValidationRule {
    static let events: ValidationEvents = [.leaveOperation]

    func leaveOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        var definitions: [String: VariableDefinition] = [:]
        for variable in operation.variableDefinitions where definitions[variable.variable.value] == nil {
            definitions[variable.variable.value] = variable
        }
        for usage in context.recursiveVariableUsages(of: operation) {
            guard let definition = definitions[usage.name], let expected = usage.type,
                  context.schema[typeNamed: definition.type.namedType.value] != nil else { continue }
            if !Self.isAllowed(definition, usage, expected, context.schema) {
                context.report(
                    "Variable \"$\(usage.name)\" of type \"\(definition.type)\" used in position expecting type \"\(expected)\".",
                    at: definition.span, usage.span
                )
            } else if let parent = usage.parentType.flatMap({ context.schema[typeNamed: $0.namedType.value] }),
                      parent.kind == .inputObject, parent.isOneOf, !definition.type.isNonNull {
                // A field of a @oneOf input object must not turn out null at run time.
                context.report(
                    "Variable \"$\(usage.name)\" is of type \"\(definition.type)\" but must be non-nullable to be used for OneOf Input Object \"\(parent.name)\".",
                    at: definition.span, usage.span
                )
            }
        }
    }

    /// IsVariableUsageAllowed (spec §5.8.5).
    private static func isAllowed(_ definition: VariableDefinition, _ usage: VariableUsage, _ expected: TypeReference, _ schema: Schema) -> Bool {
        if case .nonNull(let inner, _) = expected, !definition.type.isNonNull {
            let hasNonNullDefault = definition.defaultValue.map { if case .null = $0.kind { false } else { true } } ?? false
            guard hasNonNullDefault || usage.hasLocationDefault else { return false }
            return isSubtype(definition.type, of: inner, schema)
        }
        return isSubtype(definition.type, of: expected, schema)
    }

    /// Input-type compatibility: the same named type with wrappers at least as strict.
    static func isSubtype(_ candidate: TypeReference, of expected: TypeReference, _ schema: Schema) -> Bool {
        switch (candidate, expected) {
        case (.nonNull(let inner, _), .nonNull(let expectedInner, _)): isSubtype(inner, of: expectedInner, schema)
        case (.nonNull(let inner, _), _): isSubtype(inner, of: expected, schema)
        case (_, .nonNull): false
        case (.list(let inner, _), .list(let expectedInner, _)): isSubtype(inner, of: expectedInner, schema)
        case (.list, _), (_, .list): false
        case (.named(let name), .named(let expectedName)): name.value == expectedName.value
        }
    }
}
