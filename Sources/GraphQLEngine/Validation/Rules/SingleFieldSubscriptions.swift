import GraphQLLanguage

/// Single Root Field (spec §5.2.3.1, September 2025): a subscription selects exactly one root
/// field, not an introspection field, and uses no `@skip` or `@include` in its root selection
/// (whether it would run could then depend on variables). Fields are collected through fragments.
struct SingleFieldSubscriptions: ValidationRule {
    static let events: ValidationEvents = [.enterOperation]

    func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        guard operation.operation == .subscription, let root = context.schema.subscriptionType,
              let rootType = context.schema[typeNamed: root] else { return }
        var collection = RootFields()
        var visited: Set<String> = []
        collection.collect(operation.selectionSet, on: rootType, visited: &visited, context)
        let subject = operation.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
        if !collection.conditionalDirectives.isEmpty {
            context.report(
                "\(subject) must not use `@skip` or `@include` directives in the top level selection.",
                at: collection.conditionalDirectives.map(\.span.start)
            )
            return
        }
        if collection.fields.isEmpty {
            context.report("\(subject) must select one top level field.", at: operation.selectionSet.span)
        } else if collection.fields.count > 1 {
            let extra = collection.fields.dropFirst().flatMap(\.fields).map(\.span.start)
            context.report("\(subject) must select only one top level field.", at: extra)
        }
        for entry in collection.fields where entry.fields.first?.name.value.hasPrefix("__") == true {
            context.report("\(subject) must not select an introspection top level field.", at: entry.fields.map(\.span.start))
        }
    }
}

/// The root fields of a subscription by response key, and any `@skip`/`@include` met on the way.
private struct RootFields {
    var fields: [(key: String, fields: [Field])] = []
    var conditionalDirectives: [Directive] = []

    mutating func collect(_ selectionSet: SelectionSet, on type: SchemaType, visited: inout Set<String>, _ context: ValidationContext) {
        for selection in selectionSet.selections {
            conditionalDirectives += selection.directives.filter { $0.name.value == "skip" || $0.name.value == "include" }
            switch selection {
            case .field(let field):
                if let index = fields.firstIndex(where: { $0.key == field.responseKey }) {
                    fields[index].fields.append(field)
                } else {
                    fields.append((field.responseKey, [field]))
                }
            case .fragmentSpread(let spread):
                guard visited.insert(spread.name.value).inserted, let fragment = context.fragment(named: spread.name.value),
                      applies(fragment.typeCondition, to: type, context) else { continue }
                collect(fragment.selectionSet, on: type, visited: &visited, context)
            case .inlineFragment(let fragment):
                if let condition = fragment.typeCondition, !applies(condition, to: type, context) { continue }
                collect(fragment.selectionSet, on: type, visited: &visited, context)
            }
        }
    }

    private func applies(_ condition: Name, to type: SchemaType, _ context: ValidationContext) -> Bool {
        context.schema.isPossibleType(type.name, of: condition.value)
    }
}
