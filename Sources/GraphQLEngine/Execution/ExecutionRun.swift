import GraphQLLanguage

/// One execution of one operation: the coerced variables and the request context, and the
/// level-by-level walk over the operation's plan.
struct ExecutionRun: Sendable {
    let executable: ExecutableSchema
    let variables: [String: InputValue]
    let context: RequestContext
    let writesObjectsAsJSON: Bool

    var schema: Schema { executable.schema }

    /// The results of one field for every parent of a level, and the errors met.
    struct FieldColumn: Sendable {
        /// nil where the field failed (its error recorded) and must null its parent if non-null.
        var values: [ResponseValue?]
        var errors: [GraphQLError]
    }

    /// The result of one field at one parent, and the errors met.
    struct FieldCell: Sendable {
        /// nil where the field failed (its error recorded) and must null its parent.
        var value: ResponseValue?
        var errors: [GraphQLError]
    }

    /// Executes a level of one parent — the root, or one object such as a REST route's `me` —
    /// as `executeSelections` does, but with each value put straight into the object's row
    /// rather than into a column per field. Fields read at once read `parent.value`; the
    /// one-element list that `executeField` takes is made only if a field resolves that way. A
    /// level whose fields are all read at once is first built in one pass (`objectAtOnce`).
    func executeObject(
        _ plan: SelectionPlan, parent: LoneParent, paths: PathColumn, serially: Bool, errors: inout [GraphQLError]
    ) async -> ResponseObject? {
        if plan.isAtOnce, let built = objectAtOnce(plan, parent: parent.value) { return built }
        let fields = plan.fields
        var row = Row(count: fields.count)
        var waiting = WaitingFields()
        let type = plan.type
        var parent = parent
        for index in fields.indices {
            if let cell = executeAtOnce(fields[index], on: type, parent: parent.value, paths: paths) {
                row.record(cell, at: index)
            } else if fields[index].runsInline, let cell = await executeObjectAtOnce(fields[index], parent: parent.value, paths: paths) {
                row.record(cell, at: index)
            } else if serially || fields[index].runsInline {
                row.record(FieldCell(await executeField(fields[index], on: type, parents: parent.list(), paths: paths)), at: index)
            } else {
                waiting.append(index)
            }
        }
        if !waiting.isEmpty {
            await executeWaiting(waiting, of: fields, on: type, parents: parent.list(), paths: paths) { row.record(FieldCell($1), at: $0) }
        }
        return row.object(keys: plan.keys, errors: &errors)
    }

    /// The one parent of a level that `executeObject` runs. A struct, not an `any Sendable`
    /// parameter: given a concrete parent (`Root()`), the optimizer turns such a parameter
    /// generic, and every call that passes it on as `any Sendable` then boxes a copy of the
    /// parent (about 20 allocations a REST request, seen with a `malloc` probe).
    struct LoneParent: Sendable {
        let value: any Sendable
        /// Made when first asked for; the root's once for every run.
        private var madeList: [any Sendable]?

        init(_ value: any Sendable) {
            self.value = value
            madeList = nil
        }

        private init(list: [any Sendable]) {
            value = list[0]
            madeList = list
        }

        static let root = LoneParent(list: [Root()])

        /// The parent alone in a list, for `executeField`: made once, when a field needs it.
        mutating func list() -> [any Sendable] {
            if let madeList { return madeList }
            let made = [value]
            madeList = made
            return made
        }
    }

    /// The indices of the fields of a level that may wait. Most levels have none or one (a REST
    /// route's root field), which then needs no array.
    struct WaitingFields {
        private(set) var first: Int?
        private(set) var more: [Int] = []

        var isEmpty: Bool { first == nil }

        mutating func append(_ index: Int) {
            if first == nil { first = index } else { more.append(index) }
        }
    }

    /// The values of one object as its fields complete, in any order.
    private struct Row {
        var values: [ResponseValue]
        var failed = false
        /// By field, so that errors come out in field order as from `executeSelections`.
        var fieldErrors: [(index: Int, errors: [GraphQLError])] = []

        init(count: Int) {
            values = Array(repeating: .null, count: count)
        }

        mutating func record(_ cell: FieldCell, at index: Int) {
            if let value = cell.value { values[index] = value } else { failed = true }
            if !cell.errors.isEmpty { fieldErrors.append((index, cell.errors)) }
        }

        /// The object, nil when a non-null field failed; its errors added to `errors`.
        consuming func object(keys: [String], errors: inout [GraphQLError]) -> ResponseObject? {
            if fieldErrors.count > 1 { fieldErrors.sort { $0.index < $1.index } }
            for field in fieldErrors { errors += field.errors }
            return failed ? nil : ResponseObject(keys: keys, values: values)
        }
    }

    /// Executes a level: the planned fields of one object type on `parents`, all of that type,
    /// one resolver call per field. An object is nil when a non-null field of it failed.
    func executeSelections(
        _ plan: SelectionPlan, parents: [any Sendable], paths: PathColumn, serially: Bool, errors: inout [GraphQLError]
    ) async -> [ResponseObject?] {
        let fields = plan.fields
        var columns = [FieldColumn](repeating: FieldColumn(values: [], errors: []), count: fields.count)
        // Fields answered at once are answered first; of the others, those that never wait run
        // here, and the rest concurrently (one after another for a mutation).
        var waiting = WaitingFields()
        for index in fields.indices {
            if let column = executeAtOnce(fields[index], on: plan.type, parents: parents, paths: paths) {
                columns[index] = column
            } else if serially || fields[index].runsInline {
                columns[index] = await executeField(fields[index], on: plan.type, parents: parents, paths: paths)
            } else {
                waiting.append(index)
            }
        }
        await executeWaiting(waiting, of: fields, on: plan.type, parents: parents, paths: paths) { columns[$0] = $1 }
        var objects: [ResponseObject?] = []
        objects.reserveCapacity(parents.count)
        for column in columns where !column.errors.isEmpty { errors += column.errors }
        // Every object of the level has the same keys: one array, shared.
        let keys = plan.keys
        for row in parents.indices {
            var values: [ResponseValue] = []
            values.reserveCapacity(keys.count)
            var failed = false
            for column in columns.indices {
                // Moved out, not copied: the columns are not read again.
                guard let value = columns[column].values[row].take() else {
                    failed = true
                    break
                }
                values.append(value)
            }
            objects.append(failed ? nil : ResponseObject(keys: keys, values: values))
        }
        return objects
    }

    /// The fields that may wait, run concurrently (one alone runs in place: no child task);
    /// each column is handed to `receive` with its field's index as it completes.
    private func executeWaiting(
        _ waiting: WaitingFields, of fields: [PlannedField], on type: SchemaType, parents: [any Sendable], paths: PathColumn,
        receive: (Int, FieldColumn) -> Void
    ) async {
        guard let first = waiting.first else { return }
        if waiting.more.isEmpty {
            receive(first, await executeField(fields[first], on: type, parents: parents, paths: paths))
            return
        }
        await withTaskGroup(of: (Int, FieldColumn).self) { group in
            for index in [first] + waiting.more {
                let field = fields[index]
                group.addTask {
                    (index, await executeField(field, on: type, parents: parents, paths: paths))
                }
            }
            for await (index, column) in group {
                receive(index, column)
            }
        }
    }

    /// The column of a field answered without resolving anything that may wait: `__typename`,
    /// a field the type lacks, and a leaf read from the parent in one pass (see
    /// `FieldResolver.leaves`). nil for every other field.
    func executeAtOnce(_ planned: PlannedField, on type: SchemaType, parents: [any Sendable], paths: PathColumn) -> FieldColumn? {
        if planned.isTypename {
            return FieldColumn(values: parents.map { _ in .string(type.name) }, errors: [])
        }
        guard let definition = planned.definition else {
            return failed(planned.fields, paths.appending(planned.key), count: parents.count, "Cannot query field \"\(planned.name)\" on type \"\(type.name)\".")
        }
        guard let leaves = planned.resolver?.leaves, let leafType = planned.leafType else { return nil }
        let nullable = !planned.isNonNull
        if planned.takesArguments {
            // Read from the parent, the field uses no argument; they must still be valid.
            do {
                _ = try coerceArguments(planned, definition)
            } catch {
                return absorbingFailures(failed(planned.fields, paths.appending(planned.key), count: parents.count, error.message, code: ErrorCode.badUserInput), nullable: nullable)
            }
        }
        var values = leaves(parents)
        var errors: [GraphQLError] = []
        completeLeaves(&values, as: leafType, nonNull: !nullable, field: planned, paths: paths, errors: &errors)
        return absorbingFailures(FieldColumn(values: values, errors: errors), nullable: nullable)
    }

    /// `executeAtOnce` for one parent: the value itself, no column.
    func executeAtOnce(_ planned: PlannedField, on type: SchemaType, parent: any Sendable, paths: PathColumn) -> FieldCell? {
        if planned.isTypename {
            return FieldCell(value: .string(type.name), errors: [])
        }
        guard planned.definition != nil, planned.leafType == nil || !planned.takesArguments else {
            // A field the type lacks, or a leaf whose arguments must be checked: rare, and
            // answered as for many parents.
            return executeAtOnce(planned, on: type, parents: [parent], paths: paths).map(FieldCell.init)
        }
        guard let read = planned.read, let leafType = planned.leafType else { return nil }
        let nonNull = planned.isNonNull
        var errors: [GraphQLError] = []
        guard let value = completeLeaf(read: read(parent).leafValue, as: leafType, nonNull: nonNull, field: planned, paths: paths, row: 0, errors: &errors) else {
            return .failure(of: planned, errors: errors)
        }
        return FieldCell(value: value, errors: errors)
    }

    /// Resolves one field for all parents, then completes the values (spec §6.4.2–6.4.3): any
    /// field `executeAtOnce` does not answer.
    func executeField(_ planned: PlannedField, on type: SchemaType, parents: [any Sendable], paths: PathColumn) async -> FieldColumn {
        // `executeAtOnce` answered the fields without a definition.
        guard let definition = planned.definition else { return FieldColumn(values: parents.map { _ in nil }, errors: []) }
        let fieldPaths = paths.appending(planned.key)
        var errors: [GraphQLError] = []
        let column: FieldColumn
        do {
            let arguments = try coerceArguments(planned, definition)
            do {
                let resolved = try await resolve(planned.name, planned.resolver, on: type, parents: parents, arguments: arguments)
                let values = await complete(resolved, as: definition.type, field: planned, paths: fieldPaths, errors: &errors)
                column = FieldColumn(values: values, errors: errors)
            } catch {
                column = failed(planned.fields, fieldPaths, count: parents.count, error)
            }
        } catch {
            column = failed(planned.fields, fieldPaths, count: parents.count, error.message, code: ErrorCode.badUserInput)
        }
        return absorbingFailures(column, nullable: !planned.isNonNull)
    }

    /// A field of one parent read at once whose value is one object of an object type
    /// (`user.preferences`): the object's level executed straight away, without the columns
    /// `executeField` makes. nil for anything else (null included), which `executeField` does.
    func executeObjectAtOnce(_ planned: PlannedField, parent: any Sendable, paths: PathColumn) async -> FieldCell? {
        guard let plan = planned.objectPlan, !planned.takesArguments, let read = planned.read,
              case .object(let object) = read(parent) else { return nil }
        if let written = objectJSON(plan, parent: object) {
            return FieldCell(value: .json(written), errors: [])
        }
        var errors: [GraphQLError] = []
        guard let child = await executeObject(plan, parent: LoneParent(object), paths: paths.appending(planned.key), serially: false, errors: &errors) else {
            // Null from a non-null field below.
            return .failure(of: planned, errors: errors)
        }
        return FieldCell(value: .object(child), errors: errors)
    }

    /// One object of a level whose fields are all read at once (`SelectionPlan.isAtOnce`),
    /// built in one synchronous pass: no row of cells, no error lists, no suspension points.
    /// The REST routes and most screens read one object (the viewer, an account) this way.
    ///
    /// nil when a value is anything but plainly valid — null in a non-null field, a value its
    /// scalar would coerce or refuse, an unknown enum name, a wrong kind — and nothing has been
    /// reported: `executeObject` then executes the level and says what is wrong. Reading again
    /// is safe, as what is read at once is a property or a function of the parent alone.
    func objectAtOnce(_ plan: SelectionPlan, parent: any Sendable) -> ResponseObject? {
        let fields = plan.fields
        var values: [ResponseValue] = []
        values.reserveCapacity(fields.count)
        for field in fields {
            let atOnce = field.atOnce
            if atOnce == .typename {
                values.append(.string(plan.type.name))
                continue
            }
            guard let atOnce, let read = field.read else { return nil }
            switch read(parent) {
            case .null:
                guard !field.isNonNull else { return nil }
                values.append(.null)
            case .leaf(let value):
                guard atOnce.isPlain(value, scalar: field.scalar, enumNames: field.enumNames) else { return nil }
                values.append(value)
            case .object(let object):
                guard atOnce == .object, let objectPlan = field.objectPlan, let built = objectAtOnce(objectPlan, parent: object) else { return nil }
                values.append(.object(built))
            case .list:
                return nil
            }
        }
        return ResponseObject(keys: plan.keys, values: values)
    }

    /// A nullable field absorbs its failures (spec §6.4.4); a non-null one passes them up.
    private func absorbingFailures(_ column: FieldColumn, nullable: Bool) -> FieldColumn {
        guard nullable else { return column }
        var column = column
        for index in column.values.indices where column.values[index] == nil {
            column.values[index] = .null
        }
        return column
    }

    private func resolve(
        _ name: String, _ resolver: FieldResolver?, on type: SchemaType, parents: [any Sendable], arguments: ArgumentValues
    ) async throws -> [Resolved] {
        switch name {
        case "__schema":
            return parents.map { _ in .object(IntrospectionSchema(schema: schema)) }
        case "__type":
            let typeName = arguments["name"]?.string ?? ""
            let found: Resolved = schema[typeNamed: typeName] == nil ? .null : .object(IntrospectionType.named(typeName, in: schema))
            return parents.map { _ in found }
        default:
            guard let resolver else {
                throw UnboundField(typeName: type.name, fieldName: name)
            }
            let values = try await resolver.resolve(parents, arguments, context)
            guard values.count == parents.count else {
                throw BatchCountMismatch(expected: parents.count, received: values.count)
            }
            return values
        }
    }

    /// The same error for the field at every parent: each one fails.
    private func failed(
        _ fields: [Field], _ paths: PathColumn, count: Int, _ message: String, code: String? = nil, details: [ErrorDetail] = []
    ) -> FieldColumn {
        FieldColumn(
            values: Array(repeating: nil, count: count),
            errors: (0..<count).map { GraphQLError(message, locations: [fields[0].span.start], path: paths.components($0), code: code, details: details) }
        )
    }

    private func failed(_ fields: [Field], _ paths: PathColumn, count: Int, _ error: any Error) -> FieldColumn {
        let exposed = FieldErrorMessage(error)
        if !(error is any ClientFacingError) {
            for index in 0..<count { context.reportUnexpected(error, paths.components(index)) }
        }
        return failed(fields, paths, count: count, exposed.message, code: exposed.code, details: exposed.details)
    }
}

/// A field the resolver graph does not bind (`build()` prevents it; a guard, not a path).
struct UnboundField: Error, CustomStringConvertible {
    var typeName: String
    var fieldName: String
    var description: String { "\(typeName).\(fieldName) has no resolver" }
}

extension ExecutionRun.FieldCell {
    /// The one row of a column of one parent.
    init(_ column: ExecutionRun.FieldColumn) {
        self.init(value: column.values[0], errors: column.errors)
    }

    /// `field` failed: a nullable field absorbs the failure as null, a non-null one passes it
    /// up (spec §6.4.4). (Not `?? nil`: `ResponseValue` is expressible by `nil`, which would
    /// make it `.null`.)
    static func failure(of field: PlannedField, errors: [GraphQLError]) -> Self {
        Self(value: field.isNonNull ? Optional.none : .null, errors: errors)
    }
}
