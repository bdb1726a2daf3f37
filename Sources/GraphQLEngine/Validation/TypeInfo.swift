import GraphQLLanguage

/// What the validation walk knows about the node it stands on: the output type expected there,
/// the composite type whose fields are being selected, the field, directive and argument being
/// read, and the input type expected for a value (graphql-js `TypeInfo`).
///
/// Unknown names give nil rather than an error: reporting them is the job of one rule each
/// (`KnownTypeNames`, `FieldsOnCorrectType`, …), and the others stay quiet.
struct TypeInfo {
    let schema: Schema
    private(set) var typeStack: [TypeReference?] = []
    /// The named type of each entry of `typeStack`, found once when it is pushed.
    private var namedTypeStack: [SchemaType?] = []
    private(set) var parentTypeStack: [SchemaType?] = []
    private(set) var inputTypeStack: [TypeReference?] = []
    private(set) var fieldStack: [SchemaField?] = []
    private(set) var defaultValueStack: [Value?] = []
    private(set) var directive: SchemaDirective?
    /// Whether the walk is inside a directive's arguments (known or not).
    private(set) var isInDirective = false
    private(set) var argument: SchemaInputValue?

    init(schema: Schema) {
        self.schema = schema
    }

    /// The output type expected at the current node (a field's type, an operation's root type).
    var type: TypeReference? { typeStack.last ?? nil }
    /// The named type `type` ends in.
    var namedOutputType: SchemaType? { namedTypeStack.last ?? nil }
    /// The composite type whose selection set is being walked.
    var parentType: SchemaType? { parentTypeStack.last ?? nil }
    /// The input type expected for the value being walked.
    var inputType: TypeReference? { inputTypeStack.last ?? nil }
    /// The input type of the list or input object that holds the current value.
    var parentInputType: TypeReference? { inputTypeStack.count >= 2 ? inputTypeStack[inputTypeStack.count - 2] : nil }
    /// The field whose selection, arguments or directives are being walked.
    var field: SchemaField? { fieldStack.last ?? nil }
    /// The default of the argument or input field whose value is being walked.
    var defaultValue: Value? { defaultValueStack.last ?? nil }

    /// The named type a reference ends in, when the schema has it.
    func namedType(_ reference: TypeReference?) -> SchemaType? {
        reference.flatMap { schema[typeNamed: $0.namedType.value] }
    }

    /// The reference if it names a known type of the wanted kind, else nil.
    private func known(_ reference: TypeReference?, where accept: (TypeKind) -> Bool) -> TypeReference? {
        guard let reference, let type = namedType(reference), accept(type.kind) else { return nil }
        return reference
    }

    mutating func enterOperation(_ operation: OperationDefinition) {
        let root = schema.rootType(for: operation.operation).flatMap { $0.kind == .object ? $0 : nil }
        pushType(root.map { .named(Name($0.name)) }, named: root)
    }

    mutating func enterFragment(typeCondition: Name?) {
        if let typeCondition {
            let named = schema[typeNamed: typeCondition.value].flatMap { $0.kind.isOutput ? $0 : nil }
            pushType(named.map { _ in .named(typeCondition) }, named: named)
        } else {
            pushType(type.map { .named($0.namedType) }, named: namedOutputType)
        }
    }

    private mutating func pushType(_ type: TypeReference?, named: SchemaType?) {
        typeStack.append(type)
        namedTypeStack.append(named)
    }

    mutating func leaveType() {
        typeStack.removeLast()
        namedTypeStack.removeLast()
    }

    mutating func enterSelectionSet() {
        parentTypeStack.append(namedOutputType.flatMap { $0.kind.isComposite ? $0 : nil })
    }

    mutating func leaveSelectionSet() {
        parentTypeStack.removeLast()
    }

    mutating func enterField(_ field: Field) {
        let definition = parentType.flatMap { schema.fieldDefinition(named: field.name.value, on: $0) }
        fieldStack.append(definition)
        let named = definition.flatMap { schema[typeNamed: $0.type.namedType.value] }.flatMap { $0.kind.isOutput ? $0 : nil }
        pushType(named.flatMap { _ in definition?.type }, named: named)
    }

    mutating func leaveField() {
        fieldStack.removeLast()
        leaveType()
    }

    mutating func enterDirective(_ directive: Directive) {
        self.directive = schema.directive(named: directive.name.value)
        isInDirective = true
    }

    mutating func leaveDirective() {
        directive = nil
        isInDirective = false
    }

    mutating func enterVariableDefinition(_ variable: VariableDefinition) {
        inputTypeStack.append(known(variable.type, where: \.isInput))
    }

    mutating func leaveInputType() {
        inputTypeStack.removeLast()
    }

    mutating func enterArgument(_ argument: Argument) {
        let definition = directive.map { $0.argument(named: argument.name.value) } ?? field?.argument(named: argument.name.value)
        self.argument = definition
        defaultValueStack.append(definition?.defaultValue)
        inputTypeStack.append(known(definition?.type, where: \.isInput))
    }

    mutating func leaveArgument() {
        argument = nil
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    /// Entering a list value: its items take the list's item type.
    mutating func enterListItems() {
        var itemType = inputType
        if case .nonNull(let inner, _) = itemType { itemType = inner }
        if case .list(let inner, _) = itemType { itemType = inner }
        defaultValueStack.append(nil)
        inputTypeStack.append(known(itemType, where: \.isInput))
    }

    mutating func leaveListItems() {
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    mutating func enterObjectField(_ field: ObjectField) {
        let inputField = namedType(inputType).flatMap { $0.kind == .inputObject ? $0.inputField(named: field.name.value) : nil }
        defaultValueStack.append(inputField?.defaultValue)
        inputTypeStack.append(known(inputField?.type, where: \.isInput))
    }

    mutating func leaveObjectField() {
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }
}
