extension Parser {
    /// SchemaDefinition : Description? `schema` Directives[Const]? `{` RootOperationTypeDefinition+ `}`
    mutating func parseSchemaDefinition() throws(SyntaxError) -> SchemaDefinition {
        let start = nodeStart
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(constant: true)
        let operationTypes = try many(.braceLeft, .braceRight) { parser throws(SyntaxError) in
            try parser.parseOperationTypeDefinition()
        }
        return SchemaDefinition(description: description, directives: directives, operationTypes: operationTypes, span: span(from: start))
    }

    /// RootOperationTypeDefinition : OperationType `:` NamedType
    mutating func parseOperationTypeDefinition() throws(SyntaxError) -> OperationTypeDefinition {
        let start = nodeStart
        let operation = try parseOperationType()
        try expect(.colon)
        let type = try parseName()
        return OperationTypeDefinition(operation: operation, type: type, span: span(from: start))
    }

    /// TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition
    ///   | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition
    ///
    /// Each starts with `Description? keyword Name`; the parts after the name are shared with the
    /// extensions, which is why they live in `parseTypeBody`.
    mutating func parseTypeDefinition() throws(SyntaxError) -> TypeDefinition {
        let start = nodeStart
        let description = try parseDescription()
        let keyword = try takeValue()
        let name = try parseName()
        return try parseTypeBody(keyword: keyword, description: description, name: name, start: start)
    }

    /// What follows a type's name, for both definitions and extensions:
    ///
    ///     ScalarTypeDefinition : Description? `scalar` Name Directives[Const]?
    ///     ObjectTypeDefinition : Description? `type` Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    ///     InterfaceTypeDefinition : Description? `interface` Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    ///     UnionTypeDefinition : Description? `union` Name Directives[Const]? UnionMemberTypes?
    ///     EnumTypeDefinition : Description? `enum` Name Directives[Const]? EnumValuesDefinition?
    ///     InputObjectTypeDefinition : Description? `input` Name Directives[Const]? InputFieldsDefinition?
    mutating func parseTypeBody(
        keyword: String, description: StringLiteral?, name: Name, start: NodeStart
    ) throws(SyntaxError) -> TypeDefinition {
        switch keyword {
        case "scalar":
            let directives = try parseDirectives(constant: true)
            return .scalar(ScalarTypeDefinition(description: description, name: name, directives: directives, span: span(from: start)))
        case "type", "interface":
            let interfaces = try parseImplementsInterfaces()
            let directives = try parseDirectives(constant: true)
            let fields = try optionalMany(.braceLeft, .braceRight) { parser throws(SyntaxError) in
                try parser.parseFieldDefinition()
            }
            if keyword == "type" {
                return .object(ObjectTypeDefinition(
                    description: description, name: name, interfaces: interfaces, directives: directives,
                    fields: fields, span: span(from: start)
                ))
            }
            return .interface(InterfaceTypeDefinition(
                description: description, name: name, interfaces: interfaces, directives: directives,
                fields: fields, span: span(from: start)
            ))
        case "union":
            let directives = try parseDirectives(constant: true)
            let members = try expectOptional(.equals) ? try delimitedMany(.pipe) { parser throws(SyntaxError) in try parser.parseName() } : []
            return .union(UnionTypeDefinition(description: description, name: name, directives: directives, members: members, span: span(from: start)))
        case "enum":
            let directives = try parseDirectives(constant: true)
            let values = try optionalMany(.braceLeft, .braceRight) { parser throws(SyntaxError) in
                try parser.parseEnumValueDefinition()
            }
            return .enumeration(EnumTypeDefinition(description: description, name: name, directives: directives, values: values, span: span(from: start)))
        default:
            let directives = try parseDirectives(constant: true)
            let fields = try optionalMany(.braceLeft, .braceRight) { parser throws(SyntaxError) in
                try parser.parseInputValueDefinition()
            }
            return .inputObject(InputObjectTypeDefinition(description: description, name: name, directives: directives, fields: fields, span: span(from: start)))
        }
    }

    /// ImplementsInterfaces : `implements` `&`? NamedType (`&` NamedType)*
    mutating func parseImplementsInterfaces() throws(SyntaxError) -> [Name] {
        guard try expectOptionalKeyword("implements") else { return [] }
        return try delimitedMany(.ampersand) { parser throws(SyntaxError) in try parser.parseName() }
    }

    /// FieldDefinition : Description? Name ArgumentsDefinition? `:` Type Directives[Const]?
    mutating func parseFieldDefinition() throws(SyntaxError) -> FieldDefinition {
        let start = nodeStart
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        try expect(.colon)
        let type = try parseTypeReference()
        let directives = try parseDirectives(constant: true)
        return FieldDefinition(
            description: description, name: name, arguments: arguments, type: type,
            directives: directives, span: span(from: start)
        )
    }

    /// ArgumentsDefinition : `(` InputValueDefinition+ `)`
    mutating func parseArgumentDefinitions() throws(SyntaxError) -> [InputValueDefinition] {
        try optionalMany(.parenLeft, .parenRight) { parser throws(SyntaxError) in
            try parser.parseInputValueDefinition()
        }
    }

    /// InputValueDefinition : Description? Name `:` Type DefaultValue? Directives[Const]?
    mutating func parseInputValueDefinition() throws(SyntaxError) -> InputValueDefinition {
        let start = nodeStart
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValue(constant: true) : nil
        let directives = try parseDirectives(constant: true)
        return InputValueDefinition(
            description: description, name: name, type: type, defaultValue: defaultValue,
            directives: directives, span: span(from: start)
        )
    }

    /// EnumValueDefinition : Description? EnumValue Directives[Const]?
    /// EnumValue : Name but not `true`, `false` or `null`
    mutating func parseEnumValueDefinition() throws(SyntaxError) -> EnumValueDefinition {
        let start = nodeStart
        let description = try parseDescription()
        if peekKeyword("true") || peekKeyword("false") || peekKeyword("null") {
            throw error("\(lexer.describe(token)) is reserved and cannot be used for an enum value.", at: token)
        }
        let name = try parseName()
        let directives = try parseDirectives(constant: true)
        return EnumValueDefinition(description: description, name: name, directives: directives, span: span(from: start))
    }

    /// DirectiveDefinition : Description? `directive` `@` Name ArgumentsDefinition? `repeatable`? `on` DirectiveLocations
    mutating func parseDirectiveDefinition() throws(SyntaxError) -> DirectiveDefinition {
        let start = nodeStart
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        let isRepeatable = try expectOptionalKeyword("repeatable")
        try expectKeyword("on")
        let locations = try delimitedMany(.pipe) { parser throws(SyntaxError) in try parser.parseDirectiveLocation() }
        return DirectiveDefinition(
            description: description, name: name, arguments: arguments, isRepeatable: isRepeatable,
            locations: locations, span: span(from: start)
        )
    }

    /// DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation
    mutating func parseDirectiveLocation() throws(SyntaxError) -> DirectiveLocationName {
        let start = token
        let name = try parseName()
        guard let location = DirectiveLocation(rawValue: name.value) else { throw unexpected(start) }
        return DirectiveLocationName(location, span: name.span)
    }
}
