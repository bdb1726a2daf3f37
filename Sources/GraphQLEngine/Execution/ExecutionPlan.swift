import GraphQLLanguage

/// A validated document made ready to run many times: for each operation, the fields its
/// selection sets collect (spec §6.3.2) for every object type they can meet, each with its
/// resolver, worked out once. A server keeps one per cached document, so that running a
/// repeated query looks up no field, fragment or resolver.
///
///     let plan = executor.plan(document)          // once, when the document is cached
///     let result = await executor.execute(plan, variables: variables, context: context)
///
/// Where `@skip` or `@include` take a variable, which fields a selection set collects depends
/// on the run: such a plan is worked out again for each run, with its variables.
public final class ExecutionPlan: Sendable {
    public let document: Document
    let operations: [Operation]
    /// Some `@skip` or `@include` of the document takes a variable.
    let dependsOnVariables: Bool

    /// One operation: its root selection set planned for its root type (nil when the schema
    /// has none for this kind of operation), and its first introspection field, if any. A class:
    /// each run picks its operation, and copying the syntax trees held here would retain every
    /// member of them.
    final class Operation: Sendable {
        let definition: OperationDefinition
        let root: SelectionPlan?
        let introspectionField: Field?

        init(definition: OperationDefinition, root: SelectionPlan?, introspectionField: Field?) {
            self.definition = definition
            self.root = root
            self.introspectionField = introspectionField
        }
    }

    /// Planned ahead of any run: variables are not known yet.
    init(document: Document, executable: ExecutableSchema) {
        self.document = document
        var planner = ExecutionPlanner(executable: executable, document: document, variables: nil)
        operations = document.operations.map { definition in
            Operation(
                definition: definition,
                root: executable.schema.rootType(for: definition.operation).map { planner.plan([definition.selectionSet], on: $0) },
                introspectionField: planner.introspectionField(in: definition.selectionSet)
            )
        }
        dependsOnVariables = planner.metVariableDirective
    }

    /// GetOperation (spec §6.1): the operation named `name`, or the only one.
    func operation(named name: String?) -> Result<Operation, GraphQLError> {
        Executor.choose(from: operations, named: name) { $0.definition.name?.value }
    }
}

/// The fields that merged selection sets collect for one object type, in response order.
final class SelectionPlan: Sendable {
    let type: SchemaType
    let fields: [PlannedField]
    /// The response keys, shared by every object of the level.
    let keys: [String]
    /// Every field is read from the parent as it stands (see `PlannedField.AtOnce`), objects
    /// below included: one object of this level is built by `ExecutionRun.objectAtOnce`.
    let isAtOnce: Bool

    /// For a level read at once, what writing one of its objects as JSON needs, side by side
    /// (see `WrittenLevel`); nil for any other level.
    let written: WrittenLevel?

    init(type: SchemaType, fields: [PlannedField]) {
        self.type = type
        self.fields = fields
        self.keys = fields.map(\.key)
        self.isAtOnce = fields.allSatisfy { $0.atOnce != nil }
        self.written = WrittenLevel(type: type, fields: fields)
    }
}

/// One response key of a selection set: the fields merged under it, their definition and
/// resolver, and what their sub-selections collect. A class: the executor hands it around for
/// every field of every level, and a reference is one retain to copy.
final class PlannedField: Sendable {
    let key: String
    /// The fields merged under the key; the first one names the field and gives its arguments.
    let fields: [Field]
    let name: String
    /// nil for a field the type does not have (execution reports it).
    let definition: SchemaField?
    /// The named type of the field's type (`Payment` for `[Payment!]!`).
    let namedType: SchemaType?
    /// A built-in scalar's values are checked without a lookup by type name.
    let scalar: BuiltInScalar?
    /// nil for `__typename`, `__schema` and `__type`, which the executor answers itself.
    let resolver: FieldResolver?
    /// The resolver's reader and leaf type (see `FieldResolver`), kept here too: a field read
    /// at once then touches one object rather than two.
    let read: (@Sendable (any Sendable) -> Resolved)?
    let leafType: SchemaType?
    /// Runs where it stands rather than in a child task (see `FieldResolver.runsInline`).
    let runsInline: Bool
    /// Facts of the definition, looked up once rather than for every object of every run.
    let isTypename: Bool
    let isNonNull: Bool
    let takesArguments: Bool
    /// For a field of a composite type: the sub-selections planned for each object type its
    /// values may have (one for an object type).
    let children: [SelectionPlan]
    /// For a field whose value is one object of an object type (no list): its sub-selections.
    let objectPlan: SelectionPlan?
    /// How the field is answered from its parent with nothing to resolve, coerce or check
    /// beyond the value's kind; nil when it is not (arguments, a list, a resolver that may
    /// wait, a custom scalar). Without payloads, so that reading it copies nothing: the
    /// scalar, the enum's names and the object's plan are the field's own properties.
    let atOnce: AtOnce?
    /// For an enum field read at once: the names of its values.
    let enumNames: Set<String>?

    enum AtOnce {
        case typename
        /// A built-in scalar's value (`scalar`), written as read.
        case scalar
        /// An enum value's name, one of `enumNames`.
        case enumeration
        /// One object whose own fields are all at once (`objectPlan`).
        case object
    }

    init(
        key: String, fields: [Field], definition: SchemaField?, namedType: SchemaType?, resolver: FieldResolver?, children: [SelectionPlan]
    ) {
        self.key = key
        self.fields = fields
        self.name = fields[0].name.value
        self.definition = definition
        self.namedType = namedType
        self.scalar = namedType.flatMap { $0.kind == .scalar ? BuiltInScalar(rawValue: $0.name) : nil }
        self.resolver = resolver
        self.read = resolver?.read
        self.leafType = resolver?.leafType
        self.isTypename = name == "__typename"
        self.runsInline = isTypename || resolver?.runsInline == true
        self.isNonNull = definition?.type.isNonNull ?? false
        self.takesArguments = definition.map { !$0.arguments.isEmpty } ?? false
        self.children = children
        let isList: Bool = switch definition?.type {
        case .list?, .nonNull(.list, _)?: true
        default: false
        }
        self.objectPlan = namedType?.kind == .object && !isList && children.count == 1 ? children[0] : nil
        let reads = read != nil && !takesArguments && definition != nil && !isList
        let leafType = resolver?.leafType
        if isTypename {
            atOnce = .typename
        } else if !reads {
            atOnce = nil
        } else if scalar != nil {
            atOnce = .scalar
        } else if let leafType, leafType.kind == .enumeration {
            atOnce = .enumeration
        } else if objectPlan?.isAtOnce == true {
            atOnce = .object
        } else {
            atOnce = nil
        }
        enumNames = atOnce == .enumeration ? leafType.map { Set($0.enumValues.map(\.name)) } : nil
    }

    /// The sub-selections' plan for values of the object type `typeName`.
    func child(for typeName: String) -> SelectionPlan? {
        children.first { $0.type.name == typeName }
    }
}

extension PlannedField.AtOnce {
    /// A leaf read at once is answered as read: its built-in scalar takes the value as it is,
    /// or the value names one of its enum's. Anything else (coerced, refused) takes the
    /// general path.
    func isPlain(_ value: ResponseValue, scalar: BuiltInScalar?, enumNames: Set<String>?) -> Bool {
        switch self {
        case .scalar:
            guard let scalar else { return false }
            return scalar.accepts(value)
        case .enumeration:
            guard case .string(let name) = value else { return false }
            return enumNames?.contains(name) == true
        case .typename, .object:
            return false
        }
    }
}
