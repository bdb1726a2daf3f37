import GraphQLLanguage

extension Schema {
    /// Builds a schema from SDL: parses every source, merges the extensions into the types
    /// they extend, and checks the type-system rules of the spec.
    ///
    ///     let schema = try Schema.build(from: [SchemaSource(name: "users.graphql", text: sdl)])
    ///
    /// - Throws: `SchemaError` listing every problem with its file, line and column: all syntax
    ///   errors when a source does not parse, otherwise every broken rule.
    public static func build(from sources: [SchemaSource]) throws(SchemaError) -> Schema {
        var documents: [(file: String, document: Document)] = []
        var syntaxProblems: [SchemaProblem] = []
        for source in sources {
            do {
                documents.append((source.name, try Document.parse(source.text)))
            } catch {
                syntaxProblems.append(SchemaProblem(error.message, at: [SourceOrigin(file: source.name, location: error.location)]))
            }
        }
        if !syntaxProblems.isEmpty { throw SchemaError(problems: syntaxProblems) }
        return try build(from: documents)
    }

    /// Builds a schema from one SDL text.
    public static func build(sdl: String, name: String = "schema.graphql") throws(SchemaError) -> Schema {
        try build(from: [SchemaSource(name: name, text: sdl)])
    }

    /// Builds a schema from parsed SDL documents, each named by its file.
    public static func build(from documents: [(file: String, document: Document)]) throws(SchemaError) -> Schema {
        let definitions = SDLDefinitions(documents)
        var problems = SDLRules.check(definitions)
        let schema = SchemaAssembler.assemble(definitions)
        problems += SchemaValidator.validate(schema)
        if !problems.isEmpty { throw SchemaError(problems: sortedByPlace(problems)) }
        return schema
    }

    /// Problems in reading order: by file, line and column (schema-wide ones first).
    private static func sortedByPlace(_ problems: [SchemaProblem]) -> [SchemaProblem] {
        problems.enumerated().sorted { left, right in
            switch (left.element.origins.first, right.element.origins.first) {
            case (nil, nil): return left.offset < right.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let a?, let b?):
                if (a.file, a.location) != (b.file, b.location) { return (a.file, a.location.line, a.location.column) < (b.file, b.location.line, b.location.column) }
                return left.offset < right.offset
            }
        }.map(\.element)
    }
}
