import GraphQLLanguage

/// What the query limits measure of an operation, as execution would see it (fragments counted
/// where they are spread).
struct OperationMeasures: Equatable {
    /// The deepest nesting of fields, introspection fields left out.
    var depth = 0
    var aliases = 0
    /// Directives on the selections (the operation's own and its variables' are counted by
    /// `MaxDirectives`).
    var directives = 0
    /// See `QueryCost`.
    var cost = 0
}

/// Measures an operation for every query limit in one walk of its selections through its
/// fragments. Each fragment is measured once per validation, however often it is spread: a
/// chain of fragments each spreading the next twice would otherwise be walked 2^n times. A
/// fragment met again while it is being measured (a cycle, which `NoFragmentCycles` reports)
/// adds nothing, so cyclic documents still end. Sums saturate instead of overflowing.
struct OperationMeasure {
    let context: ValidationContext

    func measures(of selectionSet: SelectionSet, on parent: SchemaType?) -> OperationMeasures {
        var total = OperationMeasures()
        for selection in selectionSet.selections {
            total.directives = total.directives.addingClamped(selection.directives.count)
            switch selection {
            case .field(let field):
                if field.alias != nil { total.aliases = total.aliases.addingClamped(1) }
                // Introspection reads the schema, not the stores: no depth, no cost.
                let counted = !field.name.value.hasPrefix("__")
                guard let inner = field.selectionSet else {
                    if counted {
                        total.depth = max(total.depth, 1)
                        total.cost = total.cost.addingClamped(1)
                    }
                    continue
                }
                // The schema is asked only about fields with selections: a leaf costs 1 whatever its type.
                let definition = counted ? parent.flatMap { context.schema.fieldDefinition(named: field.name.value, on: $0) } : nil
                let below = measures(of: inner, on: definition.flatMap { context.schema[typeNamed: $0.type.namedType.value] })
                total.aliases = total.aliases.addingClamped(below.aliases)
                total.directives = total.directives.addingClamped(below.directives)
                if counted {
                    total.depth = max(total.depth, 1 + below.depth)
                    var belowCost = below.cost
                    if let type = definition?.type, Self.isList(type) {
                        belowCost = belowCost.multipliedClamped(by: listSize(field))
                    }
                    total.cost = total.cost.addingClamped(1).addingClamped(belowCost)
                }
            case .inlineFragment(let fragment):
                let type = fragment.typeCondition.flatMap { context.schema[typeNamed: $0.value] } ?? parent
                total.add(measures(of: fragment.selectionSet, on: type))
            case .fragmentSpread(let spread):
                total.add(ofFragment(spread.name.value))
            }
        }
        return total
    }

    /// A fragment's measures, taken the first time it is asked for. They do not depend on where
    /// it is spread: its own type condition is the parent of its fields.
    private func ofFragment(_ name: String) -> OperationMeasures {
        if let known = context.fragmentMeasures[name] { return known }
        guard let fragment = context.fragment(named: name) else { return OperationMeasures() }
        context.fragmentMeasures[name] = OperationMeasures()
        let measured = measures(of: fragment.selectionSet, on: context.schema[typeNamed: fragment.typeCondition.value])
        context.fragmentMeasures[name] = measured
        return measured
    }

    private static func isList(_ type: TypeReference) -> Bool {
        switch type {
        case .nonNull(let inner, _): isList(inner)
        case .list: true
        case .named: false
        }
    }

    /// The literal value of the field's size argument, or the default size.
    private func listSize(_ field: Field) -> Int {
        let limits = context.limits
        for argument in field.arguments where limits.listSizeArguments.contains(argument.name.value) {
            if case .int(let digits) = argument.value.kind, let size = Int(digits), size >= 0 {
                return size
            }
        }
        return limits.defaultListSize
    }
}

extension OperationMeasures {
    /// What a fragment adds where it is spread: as deep as its deepest field, and its counts.
    mutating func add(_ other: OperationMeasures) {
        depth = max(depth, other.depth)
        aliases = aliases.addingClamped(other.aliases)
        directives = directives.addingClamped(other.directives)
        cost = cost.addingClamped(other.cost)
    }
}

extension Int {
    /// Addition that stops at `Int.max`.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    /// Multiplication that stops at `Int.max`.
    func multipliedClamped(by other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}
