import GraphQLLanguage

/// Field Selections (spec §5.3.1): a selected field exists on the type it is selected on. The
/// error suggests a fragment on a type that has the field, or else a field with a similar name.
struct FieldsOnCorrectType: ValidationRule {
    static let events: ValidationEvents = [.enterField]

    func enterField(_ field: Field, _ context: ValidationContext) {
        guard let parent = context.typeInfo.parentType, context.typeInfo.field == nil else { return }
        let name = field.name.value
        var suggestion = Suggestions.didYouMean(
            suggestedTypes(for: name, on: parent, context.schema), subject: "to use an inline fragment on"
        )
        if suggestion.isEmpty {
            let names = parent.kind == .union ? [] : parent.fields.map(\.name)
            suggestion = Suggestions.didYouMean(Suggestions.list(for: name, among: names))
        }
        context.report("Cannot query field \"\(name)\" on type \"\(parent.name)\".\(suggestion)", at: field.span)
    }

    /// For an interface or union: the types that do have the field, interfaces first (those
    /// implemented by more of the possible types before the others), then objects, by name.
    private func suggestedTypes(for field: String, on parent: SchemaType, _ schema: Schema) -> [String] {
        guard parent.kind == .interface || parent.kind == .union else { return [] }
        var objects: [String] = []
        var interfaceUsage: [String: Int] = [:]
        for name in schema.possibleTypes(of: parent.name) {
            guard let object = schema[typeNamed: name], object.field(named: field) != nil else { continue }
            objects.append(name)
            for interfaceName in object.interfaces {
                guard let interface = schema[typeNamed: interfaceName], interface.field(named: field) != nil else { continue }
                interfaceUsage[interfaceName, default: 0] += 1
            }
        }
        let interfaces = interfaceUsage.keys.sorted { (interfaceUsage[$1]!, $0) < (interfaceUsage[$0]!, $1) }
        return interfaces + objects.sorted()
    }
}
