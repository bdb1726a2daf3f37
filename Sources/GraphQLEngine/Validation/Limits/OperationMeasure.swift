import GraphQLLanguage

/// Walks an operation's selections through its fragments, as execution would see them, to
/// measure it. A fragment already on the path is not entered again, so cyclic documents (which
/// validation reports anyway) still end.
struct OperationMeasure {
    let context: ValidationContext

    /// The deepest nesting of fields below `selectionSet`, not counting introspection fields.
    func depth(of selectionSet: SelectionSet, path: Set<String> = []) -> Int {
        var deepest = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                if field.name.value.hasPrefix("__") { continue }
                deepest = max(deepest, 1 + (field.selectionSet.map { depth(of: $0, path: path) } ?? 0))
            case .inlineFragment(let fragment):
                deepest = max(deepest, depth(of: fragment.selectionSet, path: path))
            case .fragmentSpread(let spread):
                guard !path.contains(spread.name.value), let fragment = context.fragment(named: spread.name.value) else { continue }
                deepest = max(deepest, depth(of: fragment.selectionSet, path: path.union([spread.name.value])))
            }
        }
        return deepest
    }

    /// How many selections below `selectionSet` satisfy `counts`, fragments counted each time
    /// they are spread. Saturates instead of overflowing.
    func count(in selectionSet: SelectionSet, path: Set<String> = [], where counts: (Selection) -> Int) -> Int {
        var total = 0
        for selection in selectionSet.selections {
            total = total.addingClamped(counts(selection))
            switch selection {
            case .field(let field):
                if let inner = field.selectionSet { total = total.addingClamped(count(in: inner, path: path, where: counts)) }
            case .inlineFragment(let fragment):
                total = total.addingClamped(count(in: fragment.selectionSet, path: path, where: counts))
            case .fragmentSpread(let spread):
                guard !path.contains(spread.name.value), let fragment = context.fragment(named: spread.name.value) else { continue }
                total = total.addingClamped(count(in: fragment.selectionSet, path: path.union([spread.name.value]), where: counts))
            }
        }
        return total
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
