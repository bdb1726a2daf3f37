import GraphQLLanguage

/// Fragments Must Not Form Cycles (spec §5.5.2.2). Each cycle is reported once, with the
/// spreads that form it.
struct NoFragmentCycles: ValidationRule {
    static let events: ValidationEvents = [.enterFragmentDefinition]

    private var visited: Set<String> = []
    private var spreadPath: [FragmentSpread] = []
    private var pathIndexByName: [String: Int] = [:]

    mutating func enterFragmentDefinition(_ fragment: FragmentDefinition, _ context: ValidationContext) {
        detectCycles(from: fragment, context)
    }

    private mutating func detectCycles(from fragment: FragmentDefinition, _ context: ValidationContext) {
        let name = fragment.name.value
        guard visited.insert(name).inserted else { return }
        let spreads = context.fragmentSpreads(in: fragment.selectionSet)
        guard !spreads.isEmpty else { return }
        pathIndexByName[name] = spreadPath.count
        for spread in spreads {
            let target = spread.name.value
            let cycleStart = pathIndexByName[target]
            spreadPath.append(spread)
            if let cycleStart {
                let cycle = spreadPath[cycleStart...]
                let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.report(
                    "Cannot spread fragment \"\(target)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                    at: cycle.map(\.span.start)
                )
            } else if let next = context.fragment(named: target) {
                detectCycles(from: next, context)
            }
            spreadPath.removeLast()
        }
        pathIndexByName[name] = nil
    }
}
