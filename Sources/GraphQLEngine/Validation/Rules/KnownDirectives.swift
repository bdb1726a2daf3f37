import GraphQLLanguage

/// Directives Are Defined and Directives Are In Valid Locations (spec §5.7.1, §5.7.2).
struct KnownDirectives: ValidationRule {
    static let events: ValidationEvents = [.enterDirectives]

    func enterDirectives(_ directives: [Directive], at location: DirectiveLocation, _ context: ValidationContext) {
        for use in directives {
            guard let directive = context.schema.directive(named: use.name.value) else {
                context.report("Unknown directive \"@\(use.name.value)\".", at: use.span)
                continue
            }
            if !directive.locations.contains(location) {
                context.report("Directive \"@\(use.name.value)\" may not be used on \(location.rawValue).", at: use.span)
            }
        }
    }
}
