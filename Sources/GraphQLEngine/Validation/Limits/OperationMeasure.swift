import GraphQLLanguage

/// Walks an operation's selections through its fragments, as execution would see them, to
/// measure it. Each fragment is measured once per validation, however often it is spread: a
/// chain of fragments each spreading the next twice would otherwise be walked 2^n times. A
/// fragment met again while it is being measured (a cycle, which `NoFragmentCycles` reports)
/// adds nothing, so cyclic documents still end.
struct OperationMeasure {
    let context: ValidationContext

    /// What is measured; a fragment's measures are kept apart by it.
    enum Quantity: Hashable {
        case depth, aliases, directives, cost
    }

    /// The deepest nesting of fields below `selectionSet`, not counting introspection fields.
    func depth(of selectionSet: SelectionSet) -> Int {
        var deepest = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                if field.name.value.hasPrefix("__") { continue }
                deepest = max(deepest, 1 + (field.selectionSet.map { depth(of: $0) } ?? 0))
            case .inlineFragment(let fragment):
                deepest = max(deepest, depth(of: fragment.selectionSet))
            case .fragmentSpread(let spread):
                deepest = max(deepest, ofFragment(spread.name.value, .depth) { depth(of: $0.selectionSet) })
            }
        }
        return deepest
    }

    /// How many selections below `selectionSet` satisfy `counts`, fragments counted each time
    /// they are spread. Saturates instead of overflowing.
    func count(_ quantity: Quantity, in selectionSet: SelectionSet, where counts: (Selection) -> Int) -> Int {
        var total = 0
        for selection in selectionSet.selections {
            total = total.addingClamped(counts(selection))
            switch selection {
            case .field(let field):
                if let inner = field.selectionSet { total = total.addingClamped(count(quantity, in: inner, where: counts)) }
            case .inlineFragment(let fragment):
                total = total.addingClamped(count(quantity, in: fragment.selectionSet, where: counts))
            case .fragmentSpread(let spread):
                total = total.addingClamped(ofFragment(spread.name.value, quantity) { count(quantity, in: $0.selectionSet, where: counts) })
            }
        }
        return total
    }

    /// The fragment's `quantity`, measured by `measure` the first time it is asked for.
    func ofFragment(_ name: String, _ quantity: Quantity, measure: (FragmentDefinition) -> Int) -> Int {
        let key = ValidationContext.FragmentMeasure(quantity: quantity, fragment: name)
        if let known = context.fragmentMeasures[key] { return known }
        guard let fragment = context.fragment(named: name) else { return 0 }
        context.fragmentMeasures[key] = 0
        let value = measure(fragment)
        context.fragmentMeasures[key] = value
        return value
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
