import GraphQLLanguage

/// Argument Names (spec §5.4.1): every argument given is defined by its field or directive.
struct KnownArgumentNames: ValidationRule {
    static let events: ValidationEvents = [.enterField, .enterDirective, .enterArgument]

    private var currentField: Field?

    mutating func enterField(_ field: Field, _ context: ValidationContext) {
        currentField = field
    }

    func enterDirective(_ use: Directive, _ context: ValidationContext) {
        guard let directive = context.schema.directive(named: use.name.value) else { return }
        for argument in use.arguments where directive.argument(named: argument.name.value) == nil {
            let suggestions = Suggestions.list(for: argument.name.value, among: directive.arguments.map(\.name))
            context.report(
                "Unknown argument \"\(argument.name.value)\" on directive \"@\(directive.name)\".\(Suggestions.didYouMean(suggestions))",
                at: argument.span
            )
        }
    }

    func enterArgument(_ argument: Argument, _ context: ValidationContext) {
        let typeInfo = context.typeInfo
        guard !typeInfo.isInDirective, typeInfo.argument == nil, let field = typeInfo.field,
              let parent = typeInfo.parentType, let fieldNode = currentField else { return }
        let suggestions = Suggestions.list(for: argument.name.value, among: field.arguments.map(\.name))
        context.report(
            "Unknown argument \"\(argument.name.value)\" on field \"\(parent.name).\(fieldNode.name.value)\".\(Suggestions.didYouMean(suggestions))",
            at: argument.span
        )
    }
}
