import GraphQLLanguage

/// Required Arguments (spec §5.4.2.1): a non-null argument without default must be given.
struct ProvidedRequiredArguments: ValidationRule {
    static let events: ValidationEvents = [.leaveField, .enterDirective]

    func leaveField(_ field: Field, _ context: ValidationContext) {
        guard let definition = context.typeInfo.field, definition.arguments.contains(where: \.isRequired) else { return }
        let given = Set(field.arguments.map(\.name.value))
        for argument in definition.arguments where argument.isRequired && !given.contains(argument.name) {
            context.report(
                "Field \"\(field.name.value)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: field.span
            )
        }
    }

    func enterDirective(_ use: Directive, _ context: ValidationContext) {
        guard let directive = context.schema.directive(named: use.name.value) else { return }
        let given = Set(use.arguments.map(\.name.value))
        for argument in directive.arguments where argument.isRequired && !given.contains(argument.name) {
            context.report(
                "Directive \"@\(directive.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: use.span
            )
        }
    }
}
