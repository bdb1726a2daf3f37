import GraphQLLanguage

/// The static cost of an operation, known before it runs: every field costs 1, and what a list
/// field selects costs as many times as the list may hold items — the value of its `limit`
/// (or `first`, `last`) argument when written as a literal, else `QueryLimits.defaultListSize`.
/// Introspection costs nothing (it reads the schema, not the stores).
///
///     { users(limit: 100) { id payments { id } } }   // 1 + 100 × (1 + 1 + 20 × 1) = 2,201
public enum QueryCost {
    public static func of(
        _ operation: OperationDefinition, in document: Document, schema: Schema, limits: QueryLimits = QueryLimits()
    ) -> Int {
        let context = ValidationContext(schema: schema, document: document, limits: limits)
        return cost(of: operation.selectionSet, on: schema.rootType(for: operation.operation), context)
    }

    static func cost(of selectionSet: SelectionSet, on parent: SchemaType?, _ context: ValidationContext) -> Int {
        var total = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                if field.name.value.hasPrefix("__") { continue }
                var fieldCost = 1
                // A leaf costs 1 whatever its type: the schema is asked only about fields with selections.
                if let inner = field.selectionSet {
                    let definition = parent.flatMap { context.schema.fieldDefinition(named: field.name.value, on: $0) }
                    let child = definition.flatMap { context.schema[typeNamed: $0.type.namedType.value] }
                    var childCost = cost(of: inner, on: child, context)
                    if let type = definition?.type, isList(type) {
                        childCost = childCost.multipliedClamped(by: listSize(field, context.limits))
                    }
                    fieldCost = fieldCost.addingClamped(childCost)
                }
                total = total.addingClamped(fieldCost)
            case .inlineFragment(let fragment):
                let type = fragment.typeCondition.flatMap { context.schema[typeNamed: $0.value] } ?? parent
                total = total.addingClamped(cost(of: fragment.selectionSet, on: type, context))
            case .fragmentSpread(let spread):
                // A fragment's cost does not depend on where it is spread: measured once.
                total = total.addingClamped(OperationMeasure(context: context).ofFragment(spread.name.value, .cost) { fragment in
                    cost(of: fragment.selectionSet, on: context.schema[typeNamed: fragment.typeCondition.value], context)
                })
            }
        }
        return total
    }

    private static func isList(_ type: TypeReference) -> Bool {
        switch type {
        case .nonNull(let inner, _): isList(inner)
        case .list: true
        case .named: false
        }
    }

    /// The literal value of the field's size argument, or the default size.
    private static func listSize(_ field: Field, _ limits: QueryLimits) -> Int {
        for argument in field.arguments where limits.listSizeArguments.contains(argument.name.value) {
            if case .int(let digits) = argument.value.kind, let size = Int(digits), size >= 0 {
                return size
            }
        }
        return limits.defaultListSize
    }
}
