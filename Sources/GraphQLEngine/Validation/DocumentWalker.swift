import GraphQLLanguage

/// Walks an executable document once, keeping the context's type information up to date,
/// collecting the variables each definition uses, and telling every rule about every node, in
/// document order.
///
/// It does not follow fragment spreads: each fragment definition is walked once, where it is
/// defined. Type-system definitions are not walked (`ExecutableDefinitions` reports them).
struct DocumentWalker {
    private(set) var rules: [any ValidationRule]
    let context: ValidationContext
    /// For each event (by bit position), the rules that handle it, in rule order.
    private let handlers: [[Int]]

    init(rules: [any ValidationRule], context: ValidationContext) {
        self.rules = rules
        self.context = context
        handlers = ValidationEvents.each.map { event in
            rules.indices.filter { type(of: rules[$0]).events.contains(event) }
        }
    }

    /// Tells every rule that handles `event`, unless validation was aborted.
    private mutating func each(_ event: ValidationEvents, _ visit: (inout any ValidationRule, ValidationContext) -> Void) {
        let context = self.context
        for index in handlers[event.rawValue.trailingZeroBitCount] where !context.isAborted {
            visit(&rules[index], context)
        }
    }

    mutating func walk(_ document: Document) {
        each(.enterDocument) { $0.enterDocument(document, $1) }
        for definition in document.definitions where !context.isAborted {
            walk(definition)
        }
        each(.leaveDocument) { $0.leaveDocument(document, $1) }
    }

    mutating func walk(_ definition: Definition) {
        switch definition {
        case .operation(let operation):
            context.typeInfo.enterOperation(operation)
            context.collectedUsages = []
            each(.enterOperation) { $0.enterOperation(operation, $1) }
            for variable in operation.variableDefinitions {
                walk(variable)
            }
            walk(operation.directives, at: location(of: operation.operation))
            walk(operation.selectionSet)
            // Before the rules leave it: those that check variables ask for its usages then.
            context.recordUsages(of: definition)
            each(.leaveOperation) { $0.leaveOperation(operation, $1) }
            context.typeInfo.leaveType()
        case .fragment(let fragment):
            context.typeInfo.enterFragment(typeCondition: fragment.typeCondition)
            context.collectedUsages = []
            each(.enterFragmentDefinition) { $0.enterFragmentDefinition(fragment, $1) }
            walk(fragment.directives, at: .fragmentDefinition)
            walk(fragment.selectionSet)
            context.recordUsages(of: definition)
            context.typeInfo.leaveType()
        default:
            break
        }
    }

    private func location(of operation: OperationType) -> DirectiveLocation {
        switch operation {
        case .query: .query
        case .mutation: .mutation
        case .subscription: .subscription
        }
    }

    private mutating func walk(_ variable: VariableDefinition) {
        context.typeInfo.enterVariableDefinition(variable)
        each(.enterVariableDefinition) { $0.enterVariableDefinition(variable, $1) }
        if let defaultValue = variable.defaultValue {
            walk(defaultValue)
        }
        walk(variable.directives, at: .variableDefinition)
        context.typeInfo.leaveInputType()
    }

    private mutating func walk(_ selectionSet: SelectionSet) {
        context.typeInfo.enterSelectionSet()
        each(.enterSelectionSet) { $0.enterSelectionSet(selectionSet, $1) }
        for selection in selectionSet.selections where !context.isAborted {
            switch selection {
            case .field(let field):
                context.typeInfo.enterField(field)
                each(.enterField) { $0.enterField(field, $1) }
                walk(field.arguments)
                walk(field.directives, at: .field)
                if let inner = field.selectionSet {
                    walk(inner)
                }
                each(.leaveField) { $0.leaveField(field, $1) }
                context.typeInfo.leaveField()
            case .fragmentSpread(let spread):
                each(.enterFragmentSpread) { $0.enterFragmentSpread(spread, $1) }
                walk(spread.directives, at: .fragmentSpread)
            case .inlineFragment(let fragment):
                context.typeInfo.enterFragment(typeCondition: fragment.typeCondition)
                each(.enterInlineFragment) { $0.enterInlineFragment(fragment, $1) }
                walk(fragment.directives, at: .inlineFragment)
                walk(fragment.selectionSet)
                context.typeInfo.leaveType()
            }
        }
        context.typeInfo.leaveSelectionSet()
    }

    private mutating func walk(_ directives: [Directive], at location: DirectiveLocation) {
        guard !directives.isEmpty else { return }
        each(.enterDirectives) { $0.enterDirectives(directives, at: location, $1) }
        for directive in directives {
            context.typeInfo.enterDirective(directive)
            each(.enterDirective) { $0.enterDirective(directive, $1) }
            walk(directive.arguments)
            context.typeInfo.leaveDirective()
        }
    }

    private mutating func walk(_ arguments: [Argument]) {
        each(.enterArguments) { $0.enterArguments(arguments, $1) }
        for argument in arguments {
            context.typeInfo.enterArgument(argument)
            each(.enterArgument) { $0.enterArgument(argument, $1) }
            walk(argument.value)
            context.typeInfo.leaveArgument()
        }
    }

    private mutating func walk(_ value: Value) {
        if case .variable(let name) = value.kind {
            context.collectedUsages.append(VariableUsage(
                name: name, span: value.span, type: context.typeInfo.inputType,
                parentType: context.typeInfo.parentInputType, hasLocationDefault: context.typeInfo.defaultValue != nil
            ))
        }
        each(.enterValue) { $0.enterValue(value, $1) }
        switch value.kind {
        case .list(let items):
            context.typeInfo.enterListItems()
            for item in items { walk(item) }
            context.typeInfo.leaveListItems()
        case .object(let fields):
            for field in fields {
                context.typeInfo.enterObjectField(field)
                walk(field.value)
                context.typeInfo.leaveObjectField()
            }
        default:
            break
        }
        each(.leaveValue) { $0.leaveValue(value, $1) }
    }
}
