import GraphQLLanguage

/// Values of Correct Type (spec §5.6.1): every literal is a valid input of the type expected
/// where it stands; input objects name only their fields, give every required one, and `@oneOf`
/// input objects give exactly one, not null.
struct ValuesOfCorrectType: ValidationRule {
    static let events: ValidationEvents = [.enterValue, .leaveValue]

    /// The depth of the value being walked, and the depth below which a value already reported
    /// as a whole is not looked into again.
    private var depth = 0
    private var skipBelow: Int?

    mutating func enterValue(_ value: Value, _ context: ValidationContext) {
        depth += 1
        if let skipBelow, depth > skipBelow { return }
        let typeInfo = context.typeInfo
        guard let expected = typeInfo.inputType else { return }
        switch value.kind {
        case .variable:
            return
        case .null:
            if expected.isNonNull {
                context.report("Expected value of type \"\(expected)\", found null.", at: value.span)
            }
        case .list:
            if !isList(expected) {
                checkLeaf(value, expected, context)
                skipBelow = depth
            }
        case .object(let fields):
            guard let type = typeInfo.namedType(expected), type.kind == .inputObject else {
                checkLeaf(value, expected, context)
                skipBelow = depth
                return
            }
            checkObject(value, fields, type, context)
        default:
            checkLeaf(value, expected, context)
        }
    }

    mutating func leaveValue(_ value: Value, _ context: ValidationContext) {
        if skipBelow == depth { skipBelow = nil }
        depth -= 1
    }

    private func isList(_ type: TypeReference) -> Bool {
        switch type {
        case .nonNull(let inner, _): isList(inner)
        case .list: true
        case .named: false
        }
    }

    /// A scalar or enum literal, or a list or object where a leaf is expected.
    private func checkLeaf(_ value: Value, _ expected: TypeReference, _ context: ValidationContext) {
        guard let type = context.typeInfo.namedType(expected) else { return }
        guard type.kind == .scalar || type.kind == .enumeration else {
            context.report("Expected value of type \"\(expected)\", found \(Printer.print(value)).", at: value.span)
            return
        }
        if let problem = LeafLiteral.problem(with: value, for: type) {
            context.report(problem, at: value.span)
        }
    }

    private func checkObject(_ value: Value, _ fields: [ObjectField], _ type: SchemaType, _ context: ValidationContext) {
        let given = Set(fields.map(\.name.value))
        for field in type.inputFields where field.isRequired && !given.contains(field.name) {
            context.report(
                "Field \"\(type.name).\(field.name)\" of required type \"\(field.type)\" was not provided.",
                at: value.span
            )
        }
        for field in fields where type.inputField(named: field.name.value) == nil {
            let suggestions = Suggestions.list(for: field.name.value, among: type.inputFields.map(\.name))
            context.report(
                "Field \"\(field.name.value)\" is not defined by type \"\(type.name)\".\(Suggestions.didYouMean(suggestions))",
                at: field.span
            )
        }
        guard type.isOneOf else { return }
        guard fields.count == 1, let only = fields.first else {
            context.report("OneOf Input Object \"\(type.name)\" must specify exactly one key.", at: value.span)
            return
        }
        if case .null = only.value.kind {
            context.report("Field \"\(type.name).\(only.name.value)\" must be non-null.", at: value.span)
        }
    }

}
