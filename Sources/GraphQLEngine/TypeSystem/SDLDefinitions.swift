import GraphQLLanguage

/// An AST node and the SDL file it came from.
struct Located<Node: Sendable>: Sendable {
    var node: Node
    var file: String

    func origin(_ span: SourceSpan) -> SourceOrigin {
        SourceOrigin(file: file, location: span.start)
    }
}

/// The definitions of a set of SDL documents, sorted by what they define.
struct SDLDefinitions: Sendable {
    var schemas: [Located<SchemaDefinition>] = []
    var schemaExtensions: [Located<SchemaDefinition>] = []
    var types: [Located<TypeDefinition>] = []
    var typeExtensions: [Located<TypeDefinition>] = []
    var directives: [Located<DirectiveDefinition>] = []
    var executables: [Located<Definition>] = []
    /// Whether the assembled schema gets the introspection types (all schemas but the one that
    /// defines them).
    var includesIntrospection = true

    init(_ documents: [(file: String, document: Document)], includesIntrospection: Bool = true) {
        self.includesIntrospection = includesIntrospection
        for (file, document) in documents {
            for definition in document.definitions {
                switch definition {
                case .schema(let node): schemas.append(Located(node: node, file: file))
                case .schemaExtension(let node): schemaExtensions.append(Located(node: node, file: file))
                case .type(let node): types.append(Located(node: node, file: file))
                case .typeExtension(let node): typeExtensions.append(Located(node: node, file: file))
                case .directive(let node): directives.append(Located(node: node, file: file))
                case .operation, .fragment: executables.append(Located(node: definition, file: file))
                }
            }
        }
    }
}
