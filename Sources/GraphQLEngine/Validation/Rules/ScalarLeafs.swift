import GraphQLLanguage

/// Leaf Field Selections (spec §5.3.3): scalars and enums have no selection set; objects,
/// interfaces and unions must have one.
struct ScalarLeafs: ValidationRule {
    static let events: ValidationEvents = [.enterField]

    func enterField(_ field: Field, _ context: ValidationContext) {
        guard let type = context.typeInfo.type, let named = context.typeInfo.namedOutputType else { return }
        if named.kind.isComposite {
            if field.selectionSet == nil {
                context.report(
                    "Field \"\(field.name.value)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(field.name.value) { ... }\"?",
                    at: field.span
                )
            }
        } else if let selectionSet = field.selectionSet {
            context.report(
                "Field \"\(field.name.value)\" must not have a selection since type \"\(type)\" has no subfields.",
                at: selectionSet.span
            )
        }
    }
}
