import GraphQLLanguage

extension ExecutionRun {
    /// CompleteValue (spec §6.4.3) for the results of one field at every parent, together: list
    /// items are flattened and objects grouped by type, so each level below runs once.
    ///
    /// A nil result is a failure already recorded in `errors`; the caller nulls it where the
    /// type is nullable, or passes it up.
    func complete(
        _ values: [Resolved], as type: TypeReference, field: PlannedField, paths: PathColumn, errors: inout [GraphQLError]
    ) async -> [ResponseValue?] {
        let fields = field.fields
        switch type {
        case .nonNull(let inner, _):
            // In place: a null here is an error, and a failure passed up.
            var completed = await complete(values, as: inner, field: field, paths: paths, errors: &errors)
            for index in completed.indices {
                guard case .null? = completed[index] else { continue }
                errors.append(error("Cannot return null for non-nullable field \(fieldDescription(fields)).", fields, paths, index))
                completed[index] = nil
            }
            return completed
        case .list(let itemType, _):
            return await completeLists(values, itemType: itemType, field: field, paths: paths, errors: &errors)
        case .named:
            guard let named = field.namedType else { return values.map { _ in nil } }
            if named.kind.isComposite {
                return await completeObjects(values, as: named, field: field, paths: paths, errors: &errors)
            }
            return values.enumerated().map { index, value in
                completeLeaf(value, as: named, fields: fields, paths: paths, row: index, errors: &errors)
            }
        }
    }

    private func completeLists(
        _ values: [Resolved], itemType: TypeReference, field: PlannedField, paths: PathColumn, errors: inout [GraphQLError]
    ) async -> [ResponseValue?] {
        let fields = field.fields
        var items: [Resolved] = []
        var owners: [Int] = []
        var positions: [Int] = []
        var ranges: [Range<Int>?] = []
        for (index, value) in values.enumerated() {
            switch value {
            case .null:
                ranges.append(nil)
            case .list(let list):
                let start = items.count
                items += list
                owners += repeatElement(index, count: list.count)
                positions += list.indices
                ranges.append(start..<items.count)
            default:
                errors.append(error("Expected a list for field \(fieldDescription(fields)).", fields, paths, index))
                ranges.append(nil)
            }
        }
        var completed = await complete(items, as: itemType, field: field, paths: paths.items(owners: owners, positions: positions), errors: &errors)
        let nullableItems = !itemType.isNonNull
        return zip(values, ranges).map { value, range -> ResponseValue? in
            guard let range else {
                if case .null = value { return .null }
                return nil
            }
            var list: [ResponseValue] = []
            list.reserveCapacity(range.count)
            for index in range {
                // Moved out, not copied: each item belongs to one list.
                if let item = completed[index].take() {
                    list.append(item)
                } else if nullableItems {
                    list.append(.null)
                } else {
                    return nil
                }
            }
            return .list(list)
        }
    }

    private func completeObjects(
        _ values: [Resolved], as type: SchemaType, field: PlannedField, paths: PathColumn, errors: inout [GraphQLError]
    ) async -> [ResponseValue?] {
        // One object of an object type (a REST route's root field): its level at once.
        if values.count == 1, type.kind == .object, case .object(let object) = values[0], let plan = field.children.first {
            if let written = objectJSON(plan, parent: object) { return [.json(written)] }
            return [await executeObject(plan, parent: LoneParent(object), paths: paths, serially: false, errors: &errors).map { .object($0) }]
        }
        let fields = field.fields
        var results = [ResponseValue?](repeating: .null, count: values.count)
        // Parents of the next level, grouped by their object type (one group when the field's
        // type is an object type), with the rows they came from.
        var groups: [(type: String, parents: [any Sendable], rows: [Int])] = []
        var groupOfType: [String: Int] = [:]
        for (index, value) in values.enumerated() {
            switch value {
            case .null:
                results[index] = .null
            case .object(let object):
                let concrete = type.kind == .object ? type.name : executable.objectTypeName(of: object)
                guard let concrete, schema.isPossibleType(concrete, of: type.name) else {
                    errors.append(error(
                        "Abstract type \"\(type.name)\" must resolve to an Object type at runtime for field \(fieldDescription(fields)); a \(Swift.type(of: object)) is none of its types.",
                        fields, paths, index
                    ))
                    results[index] = nil
                    continue
                }
                let group: Int
                if groups.last?.type == concrete {
                    group = groups.count - 1
                } else if let known = groupOfType[concrete] {
                    group = known
                } else {
                    group = groups.count
                    groupOfType[concrete] = group
                    groups.append((concrete, [], []))
                }
                groups[group].parents.append(object)
                groups[group].rows.append(index)
            case .leaf, .list:
                errors.append(error("Expected an object for field \(fieldDescription(fields)).", fields, paths, index))
                results[index] = nil
            }
        }
        for group in groups {
            guard let plan = field.child(for: group.type) else { continue }
            if let written = objectsJSON(plan, parents: group.parents) {
                for (row, object) in zip(group.rows, written) { results[row] = .json(object) }
                continue
            }
            let objects = await executeSelections(plan, parents: group.parents, paths: paths.rows(group.rows), serially: false, errors: &errors)
            for (row, object) in zip(group.rows, objects) {
                results[row] = object.map { .object($0) }
            }
        }
        return results
    }

    /// A scalar or enum value, checked against its type (result coercion, spec §3.5).
    private func completeLeaf(
        _ value: Resolved, as type: SchemaType, fields: [Field], paths: PathColumn, row: Int, errors: inout [GraphQLError]
    ) -> ResponseValue? {
        guard case .leaf(let leaf) = value else {
            if case .null = value { return .null }
            errors.append(error("Expected a value of type \"\(type.name)\" for field \(fieldDescription(fields)).", fields, paths, row))
            return nil
        }
        if let coerced = ResultCoercion.coerce(leaf, to: type) {
            return coerced
        }
        errors.append(error("\(type.name) cannot represent value: \(leaf.json)", fields, paths, row))
        return nil
    }

    /// Leaf values read in one pass (see `FieldResolver.leaves`) for `field` at each parent:
    /// result coercion and the non-null check in place. A nil on entry is a value no leaf can
    /// hold. `paths` are the parents' (the field's own are spelled out for errors only).
    func completeLeaves(
        _ values: inout [ResponseValue?], as type: SchemaType, nonNull: Bool, field: PlannedField, paths: PathColumn, errors: inout [GraphQLError]
    ) {
        for row in values.indices {
            // Most values are already what their scalar writes: left in place.
            if let value = values[row], let scalar = field.scalar, scalar.accepts(value) { continue }
            values[row] = completeLeaf(read: values[row], as: type, nonNull: nonNull, field: field, paths: paths, row: row, errors: &errors)
        }
    }

    /// One leaf value read from its parent (see `completeLeaves`): nil when it failed.
    func completeLeaf(
        read value: ResponseValue?, as type: SchemaType, nonNull: Bool, field: PlannedField, paths: PathColumn, row: Int, errors: inout [GraphQLError]
    ) -> ResponseValue? {
        guard let value else {
            errors.append(error("Expected a value of type \"\(type.name)\" for field \(fieldDescription(field.fields)).", field.fields, paths.appending(field.key), row))
            return nil
        }
        if let scalar = field.scalar, scalar.accepts(value) { return value }
        if case .null = value {
            guard nonNull else { return value }
            errors.append(error("Cannot return null for non-nullable field \(fieldDescription(field.fields)).", field.fields, paths.appending(field.key), row))
            return nil
        }
        if let coerced = ResultCoercion.coerce(value, to: type) { return coerced }
        errors.append(error("\(type.name) cannot represent value: \(value.json)", field.fields, paths.appending(field.key), row))
        return nil
    }

    private func fieldDescription(_ fields: [Field]) -> String {
        "\"\(fields[0].name.value)\""
    }

    /// An error at row `row` of a column: its path is spelled out now.
    private func error(_ message: String, _ fields: [Field], _ paths: PathColumn, _ row: Int) -> GraphQLError {
        GraphQLError(message, locations: fields.map(\.span.start).prefix(1).map { $0 }, path: paths.components(row))
    }
}

/// The scalars the engine knows (the built-in ones and `DateTime`), whose values the executor
/// checks without a lookup by name, on the hot path.
enum BuiltInScalar: String {
    case string = "String", id = "ID", int = "Int", float = "Float", boolean = "Boolean", dateTime = "DateTime"

    /// Whether `value` is already what this scalar writes (so coercion would return it as is).
    func accepts(_ value: ResponseValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.id, .string), (.boolean, .boolean): true
        case (.int, .int(let number)): Int32(exactly: number) != nil
        case (.float, .float(let number)): number.isFinite
        case (.dateTime, .string(let text)): DateTimeLiteral.isValid(text)
        default: false
        }
    }
}

/// Result coercion of leaves (spec §3.5): what a scalar or enum field may put in the response.
///
/// nil means the value cannot be represented. (Never `cond ? value : nil` here: `ResponseValue`
/// is expressible by `nil`, so that `nil` would be `.null`, not a failure.)
enum ResultCoercion {
    static func coerce(_ value: ResponseValue, to type: SchemaType) -> ResponseValue? {
        if type.kind == .enumeration {
            guard case .string(let name) = value, type.enumValue(named: name) != nil else { return nil }
            return value
        }
        switch (type.name, value) {
        case ("Int", .int(let number)):
            guard Int32(exactly: number) != nil else { return nil }
            return value
        case ("Int", .float(let number)):
            return Int32(exactly: number).map { .int(Int($0)) }
        case ("Float", .int(let number)):
            return .float(Double(number))
        case ("Float", .float(let number)):
            guard number.isFinite else { return nil }
            return value
        case ("String", .string), ("Boolean", .boolean), ("ID", .string):
            return value
        case ("String", .int(let number)), ("ID", .int(let number)):
            return .string(String(number))
        case ("String", .boolean(let flag)):
            return .string(flag ? "true" : "false")
        case ("DateTime", .string(let text)):
            guard DateTimeLiteral.isValid(text) else { return nil }
            return value
        case ("Int", _), ("Float", _), ("String", _), ("Boolean", _), ("ID", _), ("DateTime", _):
            return nil
        default:
            return value
        }
    }
}
