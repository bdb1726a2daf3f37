import GraphQLLanguage

/// One validation rule of the spec (§5): a visitor of the document walk, told about each node
/// with the type information at that point, reporting errors through the context.
///
/// Every method has an empty default; a rule implements the few it needs. Rules run together in
/// one walk (see `DocumentWalker`), in the order of `ValidationRules.specified`.
protocol ValidationRule {
    /// The methods the rule implements: the walker calls a rule only for these (most rules need
    /// one or two of the seventeen, and the walk meets every node). A test checks that each
    /// rule lists exactly the methods it implements.
    static var events: ValidationEvents { get }

    mutating func enterDocument(_ document: Document, _ context: ValidationContext)
    mutating func leaveDocument(_ document: Document, _ context: ValidationContext)
    mutating func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext)
    mutating func leaveOperation(_ operation: OperationDefinition, _ context: ValidationContext)
    mutating func enterFragmentDefinition(_ fragment: FragmentDefinition, _ context: ValidationContext)
    mutating func enterVariableDefinition(_ variable: VariableDefinition, _ context: ValidationContext)
    mutating func enterSelectionSet(_ selectionSet: SelectionSet, _ context: ValidationContext)
    mutating func enterField(_ field: Field, _ context: ValidationContext)
    mutating func leaveField(_ field: Field, _ context: ValidationContext)
    mutating func enterFragmentSpread(_ spread: FragmentSpread, _ context: ValidationContext)
    mutating func enterInlineFragment(_ fragment: InlineFragment, _ context: ValidationContext)
    /// A directive used at `location` (the kind of node it is attached to).
    mutating func enterDirectives(_ directives: [Directive], at location: DirectiveLocation, _ context: ValidationContext)
    mutating func enterDirective(_ directive: Directive, _ context: ValidationContext)
    /// The arguments of a field or directive (the one the context's type info stands on).
    mutating func enterArguments(_ arguments: [Argument], _ context: ValidationContext)
    mutating func enterArgument(_ argument: Argument, _ context: ValidationContext)
    /// A value literal, with `context.typeInfo.inputType` the type expected for it.
    mutating func enterValue(_ value: Value, _ context: ValidationContext)
    mutating func leaveValue(_ value: Value, _ context: ValidationContext)
}

extension ValidationRule {
    static var events: ValidationEvents { .all }

    mutating func enterDocument(_ document: Document, _ context: ValidationContext) {}
    mutating func leaveDocument(_ document: Document, _ context: ValidationContext) {}
    mutating func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {}
    mutating func leaveOperation(_ operation: OperationDefinition, _ context: ValidationContext) {}
    mutating func enterFragmentDefinition(_ fragment: FragmentDefinition, _ context: ValidationContext) {}
    mutating func enterVariableDefinition(_ variable: VariableDefinition, _ context: ValidationContext) {}
    mutating func enterSelectionSet(_ selectionSet: SelectionSet, _ context: ValidationContext) {}
    mutating func enterField(_ field: Field, _ context: ValidationContext) {}
    mutating func leaveField(_ field: Field, _ context: ValidationContext) {}
    mutating func enterFragmentSpread(_ spread: FragmentSpread, _ context: ValidationContext) {}
    mutating func enterInlineFragment(_ fragment: InlineFragment, _ context: ValidationContext) {}
    mutating func enterDirectives(_ directives: [Directive], at location: DirectiveLocation, _ context: ValidationContext) {}
    mutating func enterDirective(_ directive: Directive, _ context: ValidationContext) {}
    mutating func enterArguments(_ arguments: [Argument], _ context: ValidationContext) {}
    mutating func enterArgument(_ argument: Argument, _ context: ValidationContext) {}
    mutating func enterValue(_ value: Value, _ context: ValidationContext) {}
    mutating func leaveValue(_ value: Value, _ context: ValidationContext) {}
}

/// The points of the walk at which rules are told something, one per `ValidationRule` method.
struct ValidationEvents: OptionSet {
    let rawValue: UInt32

    static let enterDocument = ValidationEvents(rawValue: 1 << 0)
    static let leaveDocument = ValidationEvents(rawValue: 1 << 1)
    static let enterOperation = ValidationEvents(rawValue: 1 << 2)
    static let leaveOperation = ValidationEvents(rawValue: 1 << 3)
    static let enterFragmentDefinition = ValidationEvents(rawValue: 1 << 4)
    static let enterVariableDefinition = ValidationEvents(rawValue: 1 << 5)
    static let enterSelectionSet = ValidationEvents(rawValue: 1 << 6)
    static let enterField = ValidationEvents(rawValue: 1 << 7)
    static let leaveField = ValidationEvents(rawValue: 1 << 8)
    static let enterFragmentSpread = ValidationEvents(rawValue: 1 << 9)
    static let enterInlineFragment = ValidationEvents(rawValue: 1 << 10)
    static let enterDirectives = ValidationEvents(rawValue: 1 << 11)
    static let enterDirective = ValidationEvents(rawValue: 1 << 12)
    static let enterArguments = ValidationEvents(rawValue: 1 << 13)
    static let enterArgument = ValidationEvents(rawValue: 1 << 14)
    static let enterValue = ValidationEvents(rawValue: 1 << 15)
    static let leaveValue = ValidationEvents(rawValue: 1 << 16)

    static let all = ValidationEvents(rawValue: (1 << 17) - 1)
    /// Each event alone, in the order of the protocol.
    static let each: [ValidationEvents] = (0..<17).map { ValidationEvents(rawValue: 1 << $0) }
}
