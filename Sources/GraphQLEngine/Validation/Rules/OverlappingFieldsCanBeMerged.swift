import GraphQLLanguage

/// Field Selection Merging (spec §5.3.2): fields with the same response key, wherever fragments
/// bring them together, are the same field with the same arguments (unless their parents can
/// never be the same object), return compatible shapes, and have mergeable sub-selections.
///
/// The algorithm is graphql-js's: each selection set is compared within itself, with the
/// fragments it spreads, and those fragments with each other, remembering which fragment pairs
/// were compared so that every pair is compared once.
struct OverlappingFieldsCanBeMerged: ValidationRule {
    static let events: ValidationEvents = [.enterSelectionSet]

    private var comparedFragments = FragmentPairs()
    private var fragmentFields: [String: FieldsAndFragments] = [:]

    mutating func enterSelectionSet(_ selectionSet: SelectionSet, _ context: ValidationContext) {
        // Fields only, each under its own response key: nothing here can conflict (each field's
        // own selection set is checked when the walk enters it).
        if Self.hasOnlyDistinctFields(selectionSet) { return }
        var comparison = Comparison(context: context, comparedFragments: comparedFragments, fragmentFields: fragmentFields)
        let conflicts = comparison.conflictsWithin(selectionSet, parentType: context.typeInfo.parentType)
        comparedFragments = comparison.comparedFragments
        fragmentFields = comparison.fragmentFields
        for conflict in conflicts {
            context.report(
                "Fields \"\(conflict.reason.responseKey)\" conflict because \(conflict.reason.message). Use different aliases on the fields to fetch both if this was intentional.",
                at: (conflict.fields1 + conflict.fields2).map(\.span.start)
            )
        }
    }
}

extension OverlappingFieldsCanBeMerged {
    static func hasOnlyDistinctFields(_ selectionSet: SelectionSet) -> Bool {
        let selections = selectionSet.selections
        // Small sets (most of them) compare keys pairwise, which costs less than hashing them.
        if selections.count <= 16 {
            var keys: [String] = []
            keys.reserveCapacity(selections.count)
            for selection in selections {
                guard case .field(let field) = selection else { return false }
                let key = field.responseKey
                if keys.contains(key) { return false }
                keys.append(key)
            }
            return true
        }
        var keys: Set<String> = []
        for selection in selections {
            guard case .field(let field) = selection, keys.insert(field.responseKey).inserted else { return false }
        }
        return true
    }
}

/// A field as collected for comparison: where it was selected and what the schema says of it.
private struct CollectedField {
    var parentType: SchemaType?
    var node: Field
    var definition: SchemaField?
}

/// Fields by response key (in first-seen order) and the fragments spread alongside them.
private struct FieldsAndFragments {
    var keys: [String] = []
    var fields: [String: [CollectedField]] = [:]
    var fragmentNames: [String] = []
    /// The fragment these came from, so a fragment is never compared with itself.
    var fragment: String?
}

/// Why two fields conflict: a sentence, or the conflicts of their sub-fields.
private struct ConflictReason {
    var responseKey: String
    var detail: Detail

    indirect enum Detail {
        case message(String)
        case subfields([ConflictReason])
    }

    var message: String {
        switch detail {
        case .message(let text): text
        case .subfields(let reasons):
            reasons.map { "subfields \"\($0.responseKey)\" conflict because \($0.message)" }.joined(separator: " and ")
        }
    }
}

private struct Conflict {
    var reason: ConflictReason
    var fields1: [Field]
    var fields2: [Field]
}

/// Pairs of fragments already compared, and whether the comparison assumed their parents
/// mutually exclusive (a comparison that did not also covers one that does).
private struct FragmentPairs {
    private var pairs: [String: Bool] = [:]

    private func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{0}" + b : b + "\u{0}" + a }

    func contains(_ a: String, _ b: String, mutuallyExclusive: Bool) -> Bool {
        guard let stored = pairs[key(a, b)] else { return false }
        return mutuallyExclusive ? true : stored == false
    }

    mutating func insert(_ a: String, _ b: String, mutuallyExclusive: Bool) {
        pairs[key(a, b)] = mutuallyExclusive
    }
}

/// One run of the comparison, for one selection set of the document.
private struct Comparison {
    let context: ValidationContext
    var comparedFragments: FragmentPairs
    var fragmentFields: [String: FieldsAndFragments]

    var schema: Schema { context.schema }

    /// Conflicts inside one selection set: among its own fields, between them and the fragments
    /// it spreads, and between those fragments.
    mutating func conflictsWithin(_ selectionSet: SelectionSet, parentType: SchemaType?) -> [Conflict] {
        var conflicts: [Conflict] = []
        let collected = fieldsAndFragments(selectionSet, parentType: parentType)
        for key in collected.keys {
            let fields = collected.fields[key, default: []]
            for i in fields.indices {
                for j in fields.indices where j > i {
                    if let conflict = findConflict(key, fields[i], fields[j], parentsMutuallyExclusive: false) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
        let names = collected.fragmentNames
        for (index, name) in names.enumerated() {
            var visited: Set<String> = []
            conflictsBetween(collected, andFragment: name, mutuallyExclusive: false, visited: &visited, into: &conflicts)
            for other in names[(index + 1)...] {
                conflictsBetweenFragments(name, other, mutuallyExclusive: false, into: &conflicts)
            }
        }
        return conflicts
    }

    private mutating func conflictsBetween(
        _ first: FieldsAndFragments, andFragment name: String, mutuallyExclusive: Bool,
        visited: inout Set<String>, into conflicts: inout [Conflict]
    ) {
        guard visited.insert(name).inserted, let second = fieldsAndFragments(ofFragment: name),
              first.fragment != name else { return }
        collectConflicts(first, second, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        for referenced in second.fragmentNames {
            if comparedFragments.contains(referenced, name, mutuallyExclusive: mutuallyExclusive) { continue }
            comparedFragments.insert(referenced, name, mutuallyExclusive: mutuallyExclusive)
            conflictsBetween(first, andFragment: referenced, mutuallyExclusive: mutuallyExclusive, visited: &visited, into: &conflicts)
        }
    }

    private mutating func conflictsBetweenFragments(_ first: String, _ second: String, mutuallyExclusive: Bool, into conflicts: inout [Conflict]) {
        guard first != second, !comparedFragments.contains(first, second, mutuallyExclusive: mutuallyExclusive) else { return }
        comparedFragments.insert(first, second, mutuallyExclusive: mutuallyExclusive)
        guard let fields1 = fieldsAndFragments(ofFragment: first), let fields2 = fieldsAndFragments(ofFragment: second) else { return }
        collectConflicts(fields1, fields2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        for referenced in fields2.fragmentNames {
            conflictsBetweenFragments(first, referenced, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        }
        for referenced in fields1.fragmentNames {
            conflictsBetweenFragments(referenced, second, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        }
    }

    /// Conflicts between the fields of two collections that share a response key.
    private mutating func collectConflicts(
        _ first: FieldsAndFragments, _ second: FieldsAndFragments, mutuallyExclusive: Bool, into conflicts: inout [Conflict]
    ) {
        for key in first.keys {
            guard let others = second.fields[key] else { continue }
            for field1 in first.fields[key, default: []] {
                for field2 in others {
                    if let conflict = findConflict(key, field1, field2, parentsMutuallyExclusive: mutuallyExclusive) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// Whether two fields with the same response key can be merged, and why not.
    private mutating func findConflict(
        _ key: String, _ field1: CollectedField, _ field2: CollectedField, parentsMutuallyExclusive: Bool
    ) -> Conflict? {
        let exclusive = parentsMutuallyExclusive
            || (field1.parentType?.name != field2.parentType?.name
                && field1.parentType?.kind == .object && field2.parentType?.kind == .object)
        let node1 = field1.node
        let node2 = field2.node
        if !exclusive {
            if node1.name.value != node2.name.value {
                return Conflict(
                    reason: ConflictReason(responseKey: key, detail: .message("\"\(node1.name.value)\" and \"\(node2.name.value)\" are different fields")),
                    fields1: [node1], fields2: [node2]
                )
            }
            if !sameArguments(node1.arguments, node2.arguments) {
                return Conflict(
                    reason: ConflictReason(responseKey: key, detail: .message("they have differing arguments")),
                    fields1: [node1], fields2: [node2]
                )
            }
        }
        let type1 = field1.definition?.type
        let type2 = field2.definition?.type
        if let type1, let type2, typesConflict(type1, type2) {
            return Conflict(
                reason: ConflictReason(responseKey: key, detail: .message("they return conflicting types \"\(type1)\" and \"\(type2)\"")),
                fields1: [node1], fields2: [node2]
            )
        }
        guard let selections1 = node1.selectionSet, let selections2 = node2.selectionSet else { return nil }
        let subConflicts = conflictsBetweenSubSelections(
            selections1, parentType1: type1.flatMap { schema[typeNamed: $0.namedType.value] },
            selections2, parentType2: type2.flatMap { schema[typeNamed: $0.namedType.value] },
            mutuallyExclusive: exclusive
        )
        guard !subConflicts.isEmpty else { return nil }
        return Conflict(
            reason: ConflictReason(responseKey: key, detail: .subfields(subConflicts.map(\.reason))),
            fields1: [node1] + subConflicts.flatMap(\.fields1),
            fields2: [node2] + subConflicts.flatMap(\.fields2)
        )
    }

    private mutating func conflictsBetweenSubSelections(
        _ selections1: SelectionSet, parentType1: SchemaType?, _ selections2: SelectionSet, parentType2: SchemaType?,
        mutuallyExclusive: Bool
    ) -> [Conflict] {
        var conflicts: [Conflict] = []
        let fields1 = fieldsAndFragments(selections1, parentType: parentType1)
        let fields2 = fieldsAndFragments(selections2, parentType: parentType2)
        collectConflicts(fields1, fields2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        for name in fields2.fragmentNames {
            var visited: Set<String> = []
            conflictsBetween(fields1, andFragment: name, mutuallyExclusive: mutuallyExclusive, visited: &visited, into: &conflicts)
        }
        for name in fields1.fragmentNames {
            var visited: Set<String> = []
            conflictsBetween(fields2, andFragment: name, mutuallyExclusive: mutuallyExclusive, visited: &visited, into: &conflicts)
        }
        for name1 in fields1.fragmentNames {
            for name2 in fields2.fragmentNames {
                conflictsBetweenFragments(name1, name2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
            }
        }
        return conflicts
    }

    /// Two result types conflict when their list and non-null wrappers differ, or when they end
    /// in different leaf types.
    private func typesConflict(_ type1: TypeReference, _ type2: TypeReference) -> Bool {
        switch (type1, type2) {
        case (.list(let inner1, _), .list(let inner2, _)): return typesConflict(inner1, inner2)
        case (.list, _), (_, .list): return true
        case (.nonNull(let inner1, _), .nonNull(let inner2, _)): return typesConflict(inner1, inner2)
        case (.nonNull, _), (_, .nonNull): return true
        case (.named(let name1), .named(let name2)):
            let kind1 = schema[typeNamed: name1.value]?.kind
            let kind2 = schema[typeNamed: name2.value]?.kind
            let isLeaf1 = kind1 == .scalar || kind1 == .enumeration
            let isLeaf2 = kind2 == .scalar || kind2 == .enumeration
            if isLeaf1 || isLeaf2 { return name1.value != name2.value }
            return false
        }
    }

    /// The same arguments, by name, with the same values as written.
    private func sameArguments(_ arguments1: [Argument], _ arguments2: [Argument]) -> Bool {
        guard arguments1.count == arguments2.count else { return false }
        return arguments1.allSatisfy { argument1 in
            arguments2.contains { $0.name.value == argument1.name.value && Printer.print($0.value) == Printer.print(argument1.value) }
        }
    }

    // MARK: - Collecting fields

    private mutating func fieldsAndFragments(ofFragment name: String) -> FieldsAndFragments? {
        if let known = fragmentFields[name] { return known }
        guard let fragment = context.fragment(named: name) else { return nil }
        var collected = fieldsAndFragments(fragment.selectionSet, parentType: schema[typeNamed: fragment.typeCondition.value])
        collected.fragment = name
        fragmentFields[name] = collected
        return collected
    }

    private func fieldsAndFragments(_ selectionSet: SelectionSet, parentType: SchemaType?) -> FieldsAndFragments {
        var collected = FieldsAndFragments()
        var seenFragments: Set<String> = []
        collect(selectionSet, parentType: parentType, into: &collected, seenFragments: &seenFragments)
        return collected
    }

    private func collect(_ selectionSet: SelectionSet, parentType: SchemaType?, into collected: inout FieldsAndFragments, seenFragments: inout Set<String>) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                let definition = parentType.flatMap { type in
                    type.kind == .object || type.kind == .interface ? type.field(named: field.name.value) : nil
                }
                let key = field.responseKey
                if collected.fields[key] == nil { collected.keys.append(key) }
                collected.fields[key, default: []].append(CollectedField(parentType: parentType, node: field, definition: definition))
            case .fragmentSpread(let spread):
                if seenFragments.insert(spread.name.value).inserted {
                    collected.fragmentNames.append(spread.name.value)
                }
            case .inlineFragment(let fragment):
                let type = fragment.typeCondition.map { schema[typeNamed: $0.value] } ?? parentType
                collect(fragment.selectionSet, parentType: type, into: &collected, seenFragments: &seenFragments)
            }
        }
    }
}
