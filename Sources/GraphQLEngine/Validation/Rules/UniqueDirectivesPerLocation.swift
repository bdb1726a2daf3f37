import GraphQLLanguage

/// Directives Are Unique Per Location (spec §5.7.3): a directive that is not `repeatable` is
/// used at most once on a node.
struct UniqueDirectivesPerLocation: ValidationRule {
    static let events: ValidationEvents = [.enterDirectives]

    func enterDirectives(_ directives: [Directive], at location: DirectiveLocation, _ context: ValidationContext) {
        guard directives.count > 1 else { return }
        var seen: [String: Directive] = [:]
        for use in directives {
            guard let directive = context.schema.directive(named: use.name.value), !directive.isRepeatable else { continue }
            if let first = seen[use.name.value] {
                context.report("The directive \"@\(use.name.value)\" can only be used once at this location.", at: first.span, use.span)
            } else {
                seen[use.name.value] = use
            }
        }
    }
}
