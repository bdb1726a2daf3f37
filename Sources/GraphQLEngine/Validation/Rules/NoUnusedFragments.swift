import GraphQLLanguage

/// Fragments Must Be Used (spec §5.5.1.4): every fragment is spread by some operation, directly
/// or through other fragments.
struct NoUnusedFragments: ValidationRule {
    static let events: ValidationEvents = [.leaveDocument]

    func leaveDocument(_ document: Document, _ context: ValidationContext) {
        var used: Set<String> = []
        for operation in document.operations {
            for fragment in context.recursivelyReferencedFragments(of: operation.selectionSet) {
                used.insert(fragment.name.value)
            }
        }
        for fragment in document.fragments where !used.contains(fragment.name.value) {
            context.report("Fragment \"\(fragment.name.value)\" is never used.", at: fragment.span)
        }
    }
}
