import GraphQLLanguage

/// What every rule may ask during one validation: the schema and document, the type information
/// of the current node, facts about fragments and variables (computed once, on demand), and the
/// place to report errors.
///
/// A class because the walker and every rule share one; it lives for one validation on one task.
final class ValidationContext {
    let schema: Schema
    let document: Document
    let limits: QueryLimits
    var typeInfo: TypeInfo
    private(set) var errors: [GraphQLError] = []
    private let maxErrors: Int
    /// Set once `maxErrors` is reached: the walk stops.
    private(set) var isAborted = false
    /// The variables met since the walk entered the current definition (the walker collects them).
    var collectedUsages: [VariableUsage] = []

    /// The measures of fragments the query limits have taken (see `OperationMeasure`).
    var fragmentMeasures: [String: OperationMeasures] = [:]
    private var operationMeasures: [Int: OperationMeasures] = [:]

    private var fragmentsByName: [String: FragmentDefinition]?
    /// Variable usages by definition (its start offset): recorded by the walk as it leaves each
    /// definition, or found by a walk of their own for definitions it has not reached yet.
    private var usagesByDefinition: [Int: [VariableUsage]] = [:]
    private var referencedFragments: [Int: [FragmentDefinition]] = [:]

    init(schema: Schema, document: Document, limits: QueryLimits = QueryLimits(), maxErrors: Int = 100) {
        self.schema = schema
        self.document = document
        self.limits = limits
        self.typeInfo = TypeInfo(schema: schema)
        self.maxErrors = maxErrors
    }

    /// Records an error; past the limit, records that validation stopped and stops the walk.
    func report(_ message: String, at locations: [SourceLocation], code: String = ErrorCode.validationFailed) {
        guard !isAborted else { return }
        errors.append(GraphQLError(message, locations: locations, code: code))
        if errors.count >= maxErrors {
            errors.append(GraphQLError("Too many validation errors, error limit reached. Validation aborted.", code: ErrorCode.validationFailed))
            isAborted = true
        }
    }

    func report(_ message: String, at spans: SourceSpan...) {
        report(message, at: spans.map(\.start))
    }

    // MARK: - Fragments

    /// The fragment definition named `name` (the first, if several share it).
    func fragment(named name: String) -> FragmentDefinition? {
        if fragmentsByName == nil {
            var byName: [String: FragmentDefinition] = [:]
            for fragment in document.fragments where byName[fragment.name.value] == nil {
                byName[fragment.name.value] = fragment
            }
            fragmentsByName = byName
        }
        return fragmentsByName?[name]
    }

    /// The fragment spreads directly inside a selection set, at any depth of fields and inline
    /// fragments, but not inside the fragments they name.
    func fragmentSpreads(in selectionSet: SelectionSet) -> [FragmentSpread] {
        var spreads: [FragmentSpread] = []
        var pending = [selectionSet]
        while let set = pending.popLast() {
            for selection in set.selections {
                switch selection {
                case .fragmentSpread(let spread): spreads.append(spread)
                case .field(let field): if let inner = field.selectionSet { pending.append(inner) }
                case .inlineFragment(let fragment): pending.append(fragment.selectionSet)
                }
            }
        }
        return spreads
    }

    /// Every fragment an operation uses, directly or through other fragments, each once.
    func recursivelyReferencedFragments(of selectionSet: SelectionSet) -> [FragmentDefinition] {
        // Asked by several rules for each operation: found once.
        if let known = referencedFragments[selectionSet.span.startOffset] { return known }
        var fragments: [FragmentDefinition] = []
        var seen: Set<String> = []
        var pending = fragmentSpreads(in: selectionSet).map(\.name.value)
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let fragment = fragment(named: name) else { continue }
            fragments.append(fragment)
            pending += fragmentSpreads(in: fragment.selectionSet).map(\.name.value)
        }
        referencedFragments[selectionSet.span.startOffset] = fragments
        return fragments
    }

    // MARK: - Limits

    /// What the query limits measure of `operation`: taken once, whichever limit asks first.
    func measures(of operation: OperationDefinition) -> OperationMeasures {
        if let known = operationMeasures[operation.span.startOffset] { return known }
        let measured = OperationMeasure(context: self).measures(of: operation.selectionSet, on: schema.rootType(for: operation.operation))
        operationMeasures[operation.span.startOffset] = measured
        return measured
    }

    // MARK: - Variables

    /// The variables used in an operation or fragment (not in the fragments it spreads), each
    /// with the input type expected where it is used.
    func variableUsages(in definition: Definition) -> [VariableUsage] {
        let key = definition.span.startOffset
        if let known = usagesByDefinition[key] { return known }
        // Not walked yet (a fragment defined further down): most use no variable at all.
        guard VariableScan.mentionsVariables(definition) else {
            usagesByDefinition[key] = []
            return []
        }
        let walkContext = ValidationContext(schema: schema, document: document)
        var walker = DocumentWalker(rules: [], context: walkContext)
        walker.walk(definition)
        usagesByDefinition[key] = walkContext.collectedUsages
        return walkContext.collectedUsages
    }

    /// What the walk collected in `definition`, which it is leaving.
    func recordUsages(of definition: Definition) {
        usagesByDefinition[definition.span.startOffset] = collectedUsages
    }

    /// The variables an operation uses, directly or through the fragments it spreads.
    func recursiveVariableUsages(of operation: OperationDefinition) -> [VariableUsage] {
        var usages = variableUsages(in: .operation(operation))
        for fragment in recursivelyReferencedFragments(of: operation.selectionSet) {
            usages += variableUsages(in: .fragment(fragment))
        }
        return usages
    }
}

/// A variable where it is used, and what is expected there.
struct VariableUsage {
    var name: String
    var span: SourceSpan
    /// The input type expected at the usage; nil where unknown.
    var type: TypeReference?
    /// The type of the list or input object the usage stands in, if any.
    var parentType: TypeReference?
    /// Whether the argument or input field it fills has a default (so a nullable variable may
    /// stand where a non-null type is expected, spec §5.8.5).
    var hasLocationDefault: Bool
}

/// Whether a definition uses any variable, found without the schema: a quick look before a
/// walk that would find where and with what type.
enum VariableScan {
    static func mentionsVariables(_ definition: Definition) -> Bool {
        switch definition {
        case .operation(let operation): mentionsVariables(operation.directives) || mentionsVariables(operation.selectionSet)
        case .fragment(let fragment): mentionsVariables(fragment.directives) || mentionsVariables(fragment.selectionSet)
        default: false
        }
    }

    private static func mentionsVariables(_ selectionSet: SelectionSet) -> Bool {
        for selection in selectionSet.selections {
            if mentionsVariables(selection.directives) { return true }
            switch selection {
            case .field(let field):
                if field.arguments.contains(where: { mentionsVariables($0.value) }) { return true }
                if let inner = field.selectionSet, mentionsVariables(inner) { return true }
            case .inlineFragment(let fragment):
                if mentionsVariables(fragment.selectionSet) { return true }
            case .fragmentSpread:
                break
            }
        }
        return false
    }

    private static func mentionsVariables(_ directives: [Directive]) -> Bool {
        directives.contains { $0.arguments.contains { mentionsVariables($0.value) } }
    }

    private static func mentionsVariables(_ value: Value) -> Bool {
        switch value.kind {
        case .variable: true
        case .list(let items): items.contains(where: mentionsVariables)
        case .object(let fields): fields.contains { mentionsVariables($0.value) }
        default: false
        }
    }
}
