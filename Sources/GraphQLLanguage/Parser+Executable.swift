extension Parser {
    /// OperationDefinition :
    ///   - SelectionSet
    ///   - Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    mutating func parseOperationDefinition() throws(SyntaxError) -> OperationDefinition {
        let start = nodeStart
        if peek(.braceLeft) {
            let selectionSet = try parseSelectionSet()
            return OperationDefinition(
                span: span(from: start), description: nil, operation: .query, name: nil,
                variableDefinitions: [], directives: [], selectionSet: selectionSet
            )
        }
        let description = try parseDescription()
        let operation = try parseOperationType()
        let name = peek(.name) ? try parseName() : nil
        let variables = try optionalMany(.parenLeft, .parenRight) { parser throws(SyntaxError) in
            try parser.parseVariableDefinition()
        }
        let directives = try parseDirectives(constant: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinition(
            span: span(from: start), description: description, operation: operation, name: name,
            variableDefinitions: variables, directives: directives, selectionSet: selectionSet
        )
    }

    /// OperationType : one of `query` `mutation` `subscription`
    mutating func parseOperationType() throws(SyntaxError) -> OperationType {
        guard token.kind == .name else {
            throw expected(.name)
        }
        guard let operation = lexer.operationType(of: token) else {
            throw unexpected()
        }
        try advance()
        return operation
    }

    /// VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    mutating func parseVariableDefinition() throws(SyntaxError) -> VariableDefinition {
        let start = nodeStart
        let description = try parseDescription()
        let variable = try parseVariable()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValue(constant: true) : nil
        let directives = try parseDirectives(constant: true)
        return VariableDefinition(
            span: span(from: start), description: description, variable: variable, type: type,
            defaultValue: defaultValue, directives: directives
        )
    }

    /// Variable : `$` Name — the name returned spans the dollar sign too.
    mutating func parseVariable() throws(SyntaxError) -> Name {
        let start = nodeStart
        try expect(.dollar)
        let name = try parseName()
        return Name(span: span(from: start), value: name.value)
    }

    /// SelectionSet : `{` Selection+ `}`
    mutating func parseSelectionSet() throws(SyntaxError) -> SelectionSet {
        try enterNesting()
        defer { leaveNesting() }
        let start = nodeStart
        let selections = try many(.braceLeft, .braceRight, on: selectionStack) { parser throws(SyntaxError) in
            try parser.parseSelection()
        }
        return SelectionSet(span: span(from: start), selections: selections)
    }

    /// Selection : Field | FragmentSpread | InlineFragment
    mutating func parseSelection() throws(SyntaxError) -> Selection {
        peek(.spread) ? try parseFragment() : .field(try parseField())
    }

    /// Field : Alias? Name Arguments? Directives? SelectionSet?
    mutating func parseField() throws(SyntaxError) -> Field {
        let start = nodeStart
        let first = try parseName()
        let alias: Name?
        let name: Name
        if try expectOptional(.colon) {
            alias = first
            name = try parseName()
        } else {
            alias = nil
            name = first
        }
        let arguments = try parseArguments(constant: false)
        let directives = try parseDirectives(constant: false)
        let selectionSet = peek(.braceLeft) ? try parseSelectionSet() : nil
        // The memberwise initializers (span first) build nodes without the copy the public
        // initializers cost; see the note in `Parser.swift`.
        return Field(
            span: span(from: start), alias: alias, name: name, arguments: arguments,
            directives: directives, selectionSet: selectionSet
        )
    }

    /// Arguments[Const] : `(` Argument[?Const]+ `)`
    mutating func parseArguments(constant: Bool) throws(SyntaxError) -> [Argument] {
        guard peek(.parenLeft) else { return [] }
        return try many(.parenLeft, .parenRight, on: argumentStack) { parser throws(SyntaxError) in
            try parser.parseArgument(constant: constant)
        }
    }

    /// Argument[Const] : Name `:` Value[?Const]
    mutating func parseArgument(constant: Bool) throws(SyntaxError) -> Argument {
        let start = nodeStart
        let name = try parseName()
        try expect(.colon)
        let value = try parseValue(constant: constant)
        return Argument(span: span(from: start), name: name, value: value)
    }

    /// FragmentSpread : `...` FragmentName Directives?
    /// InlineFragment : `...` TypeCondition? Directives? SelectionSet
    mutating func parseFragment() throws(SyntaxError) -> Selection {
        let start = nodeStart
        try expect(.spread)
        let hasTypeCondition = try expectOptionalKeyword("on")
        if !hasTypeCondition && peek(.name) {
            let name = try parseName()
            let directives = try parseDirectives(constant: false)
            return .fragmentSpread(FragmentSpread(span: span(from: start), name: name, directives: directives))
        }
        let typeCondition = hasTypeCondition ? try parseName() : nil
        let directives = try parseDirectives(constant: false)
        let selectionSet = try parseSelectionSet()
        return .inlineFragment(InlineFragment(
            span: span(from: start), typeCondition: typeCondition, directives: directives, selectionSet: selectionSet
        ))
    }

    /// FragmentDefinition : Description? `fragment` FragmentName TypeCondition Directives? SelectionSet
    mutating func parseFragmentDefinition() throws(SyntaxError) -> FragmentDefinition {
        let start = nodeStart
        let description = try parseDescription()
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseName()
        let directives = try parseDirectives(constant: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinition(
            span: span(from: start), description: description, name: name, typeCondition: typeCondition,
            directives: directives, selectionSet: selectionSet
        )
    }

    /// FragmentName : Name but not `on`
    mutating func parseFragmentName() throws(SyntaxError) -> Name {
        if peekKeyword("on") { throw unexpected() }
        return try parseName()
    }

    /// Directives[Const] : Directive[?Const]+
    ///
    /// Inlined for its first test: most nodes have no directives, and then no call is made.
    @inline(__always)
    mutating func parseDirectives(constant: Bool) throws(SyntaxError) -> [Directive] {
        guard peek(.at) else { return [] }
        return try parseDirectiveList(constant: constant)
    }

    /// Directive[Const]+, once an `@` has been seen.
    private mutating func parseDirectiveList(constant: Bool) throws(SyntaxError) -> [Directive] {
        var directives: [Directive] = []
        while peek(.at) {
            directives.append(try parseDirective(constant: constant))
        }
        return directives
    }

    /// Directive[Const] : `@` Name Arguments[?Const]?
    mutating func parseDirective(constant: Bool) throws(SyntaxError) -> Directive {
        let start = nodeStart
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArguments(constant: constant)
        return Directive(span: span(from: start), name: name, arguments: arguments)
    }

    /// Type : NamedType | ListType | NonNullType
    mutating func parseTypeReference() throws(SyntaxError) -> TypeReference {
        let start = nodeStart
        var type: TypeReference
        if try expectOptional(.bracketLeft) {
            try enterNesting()
            let inner = try parseTypeReference()
            leaveNesting()
            try expect(.bracketRight)
            type = .list(inner, span: span(from: start))
        } else {
            type = .named(try parseName())
        }
        if try expectOptional(.bang) {
            type = .nonNull(type, span: span(from: start))
        }
        return type
    }
}
