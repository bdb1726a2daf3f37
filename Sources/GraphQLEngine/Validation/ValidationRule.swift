import GraphQLLanguage

/// One validation rule of the spec (§5): a visitor of the document walk, told about each node
/// with the type information at that point, reporting errors through the context.
///
/// Every method has an empty default; a rule implements the few it needs. Rules run together in
/// one walk (see `DocumentWalker`), in the order of `ValidationRules.specified`.
protocol ValidationRule {
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
