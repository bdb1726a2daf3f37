import GraphQLLanguage

/// Argument Uniqueness (spec §5.4.2): one error per repeated name, at every use of it.
struct UniqueArgumentNames: ValidationRule {
    static let events: ValidationEvents = [.enterArguments]

    func enterArguments(_ arguments: [Argument], _ context: ValidationContext) {
        guard arguments.count > 1 else { return }
        var byName: [String: [SourceLocation]] = [:]
        var order: [String] = []
        for argument in arguments {
            if byName[argument.name.value] == nil { order.append(argument.name.value) }
            byName[argument.name.value, default: []].append(argument.name.span.start)
        }
        for name in order where byName[name, default: []].count > 1 {
            context.report("There can be only one argument named \"\(name)\".", at: byName[name, default: []])
        }
    }
}
