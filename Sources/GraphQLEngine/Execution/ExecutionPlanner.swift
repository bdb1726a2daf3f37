import GraphQLLanguage

/// Works out an `ExecutionPlan`: CollectFields (spec §6.3.2) for each selection set and each
/// object type it can meet, ahead of execution, with each field's definition and resolver.
///
/// Merged selection sets met again for the same type (a fragment spread in several places)
/// share one plan, so a plan grows with the document, not with the fragments' expansion.
struct ExecutionPlanner {
    let executable: ExecutableSchema
    let fragments: [String: FragmentDefinition]
    /// The run's variables; nil when planning ahead of any run.
    let variables: [String: InputValue]?
    /// An `@skip` or `@include` took a variable (its field was kept, as if included).
    private(set) var metVariableDirective = false
    private var plans: [Key: SelectionPlan] = [:]

    var schema: Schema { executable.schema }

    init(executable: ExecutableSchema, document: Document, variables: [String: InputValue]?) {
        self.executable = executable
        var fragments: [String: FragmentDefinition] = [:]
        for fragment in document.fragments where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        self.fragments = fragments
        self.variables = variables
    }

    /// Merged selection sets by where they were written: parsed ones only, since every
    /// selection set built in code has the same (synthesized) span.
    private struct Key: Hashable {
        let typeName: String
        let spans: [UInt64]

        init?(_ typeName: String, _ selectionSets: [SelectionSet]) {
            guard selectionSets.allSatisfy({ $0.span.endOffset > 0 }) else { return nil }
            self.typeName = typeName
            self.spans = selectionSets.map { UInt64($0.span.startOffset) << 32 | UInt64($0.span.endOffset) }
        }
    }

    /// The plan of `selectionSets`, merged, for values of the object type `type`.
    mutating func plan(_ selectionSets: [SelectionSet], on type: SchemaType) -> SelectionPlan {
        let key = Key(type.name, selectionSets)
        if let key, let known = plans[key] { return known }
        var fields: [PlannedField] = []
        for (responseKey, merged) in collectFields(type, selectionSets) {
            fields.append(planField(responseKey, merged, on: type))
        }
        let planned = SelectionPlan(type: type, fields: fields)
        if let key { plans[key] = planned }
        return planned
    }

    private mutating func planField(_ key: String, _ fields: [Field], on type: SchemaType) -> PlannedField {
        let name = fields[0].name.value
        let resolver = executable.resolver(type.name, name)
        let definition = resolver?.definition ?? schema.fieldDefinition(named: name, on: type)
        let namedType = definition.flatMap { schema[typeNamed: $0.type.namedType.value] }
        var children: [SelectionPlan] = []
        if let named = namedType, named.kind.isComposite {
            let selectionSets = fields.compactMap(\.selectionSet)
            let objectTypes = named.kind == .object ? [named] : schema.possibleTypes(of: named.name).compactMap { schema[typeNamed: $0] }
            children = objectTypes.map { plan(selectionSets, on: $0) }
        }
        return PlannedField(key: key, fields: fields, definition: definition, namedType: namedType, resolver: resolver, children: children)
    }

    /// CollectFields: the fields of merged selection sets for an object type, by response key
    /// in first-seen order, through fragments whose type applies, without those `@skip` or
    /// `@include` exclude.
    private mutating func collectFields(_ type: SchemaType, _ selectionSets: [SelectionSet]) -> [(key: String, fields: [Field])] {
        var fields: [(key: String, fields: [Field])] = []
        var indexByKey: [String: Int] = [:]
        var visitedFragments: Set<String> = []
        func collect(_ selectionSet: SelectionSet) {
            for selection in selectionSet.selections where isIncluded(selection.directives) {
                switch selection {
                case .field(let field):
                    let key = field.responseKey
                    if let index = indexByKey[key] {
                        fields[index].fields.append(field)
                    } else {
                        indexByKey[key] = fields.count
                        fields.append((key, [field]))
                    }
                case .fragmentSpread(let spread):
                    guard visitedFragments.insert(spread.name.value).inserted, let fragment = fragments[spread.name.value],
                          applies(fragment.typeCondition, to: type) else { continue }
                    collect(fragment.selectionSet)
                case .inlineFragment(let fragment):
                    if let condition = fragment.typeCondition, !applies(condition, to: type) { continue }
                    collect(fragment.selectionSet)
                }
            }
        }
        for selectionSet in selectionSets { collect(selectionSet) }
        return fields
    }

    /// DoesFragmentTypeApply (spec §6.3.2).
    private func applies(_ condition: Name, to type: SchemaType) -> Bool {
        schema.isPossibleType(type.name, of: condition.value)
    }

    /// `@skip(if: true)` and `@include(if: false)` exclude, literals or variables alike.
    private mutating func isIncluded(_ directives: [Directive]) -> Bool {
        for directive in directives where directive.name.value == "skip" || directive.name.value == "include" {
            guard let condition = directive.arguments.first(where: { $0.name.value == "if" })?.value else { continue }
            let value: Bool?
            switch condition.kind {
            case .boolean(let flag):
                value = flag
            case .variable(let name):
                guard let variables else {
                    metVariableDirective = true
                    continue
                }
                value = variables[name]?.boolean
            default:
                value = nil
            }
            if directive.name.value == "skip" && value == true { return false }
            if directive.name.value == "include" && value != true { return false }
        }
        return true
    }

    /// The first `__schema` or `__type` field the operation selects, through fragments.
    func introspectionField(in selectionSet: SelectionSet, visited: Set<String> = []) -> Field? {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                if field.name.value == "__schema" || field.name.value == "__type" { return field }
            case .inlineFragment(let fragment):
                if let found = introspectionField(in: fragment.selectionSet, visited: visited) { return found }
            case .fragmentSpread(let spread):
                guard !visited.contains(spread.name.value), let fragment = fragments[spread.name.value] else { continue }
                if let found = introspectionField(in: fragment.selectionSet, visited: visited.union([spread.name.value])) { return found }
            }
        }
        return nil
    }
}
