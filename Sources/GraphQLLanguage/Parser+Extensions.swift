extension Parser {
    /// TypeSystemExtension : SchemaExtension | TypeExtension
    ///
    /// An extension must add something: `extend type User` alone is an error at the token where
    /// the addition was expected.
    mutating func parseTypeSystemExtension() throws(SyntaxError) -> Definition {
        let next = try lookahead()
        guard next.token.kind == .name else { throw unexpected(next) }
        switch lexer.value(of: next.token) {
        case "schema": return .schemaExtension(try parseSchemaExtension())
        case "scalar", "type", "interface", "union", "enum", "input": return .typeExtension(try parseTypeExtension())
        default: throw unexpected(next)
        }
    }

    /// SchemaExtension :
    ///   - `extend` `schema` Directives[Const]? `{` RootOperationTypeDefinition+ `}`
    ///   - `extend` `schema` Directives[Const] [lookahead != `{`]
    mutating func parseSchemaExtension() throws(SyntaxError) -> SchemaDefinition {
        let start = nodeStart
        try expectKeyword("extend")
        try expectKeyword("schema")
        let directives = try parseDirectives(constant: true)
        let operationTypes = try optionalMany(.braceLeft, .braceRight) { parser throws(SyntaxError) in
            try parser.parseOperationTypeDefinition()
        }
        if directives.isEmpty && operationTypes.isEmpty { throw unexpected() }
        return SchemaDefinition(directives: directives, operationTypes: operationTypes, span: span(from: start))
    }

    /// ScalarTypeExtension, ObjectTypeExtension, InterfaceTypeExtension, UnionTypeExtension,
    /// EnumTypeExtension, InputObjectTypeExtension : `extend` keyword Name, then the definition's
    /// parts, at least one of them present.
    mutating func parseTypeExtension() throws(SyntaxError) -> TypeDefinition {
        let start = nodeStart
        try expectKeyword("extend")
        let keyword = try takeValue()
        let name = try parseName()
        let body = try parseTypeBody(keyword: keyword, description: nil, name: name, start: start)
        let addsNothing = switch body {
        case .scalar(let node): node.directives.isEmpty
        case .object(let node): node.interfaces.isEmpty && node.directives.isEmpty && node.fields.isEmpty
        case .interface(let node): node.interfaces.isEmpty && node.directives.isEmpty && node.fields.isEmpty
        case .union(let node): node.directives.isEmpty && node.members.isEmpty
        case .enumeration(let node): node.directives.isEmpty && node.values.isEmpty
        case .inputObject(let node): node.directives.isEmpty && node.fields.isEmpty
        }
        if addsNothing { throw unexpected() }
        return body
    }
}
