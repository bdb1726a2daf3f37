import GraphQLEngine
import GraphQLLanguage
import Testing

/// Building a schema from SDL: types, extensions, roots and what directives mean.
@Suite("Schema: building from SDL")
struct SchemaBuildTests {
    static let tradingSDL = """
        \"\"\"
        Trading API.
        \"\"\"
        schema { query: Root mutation: Changes }

        type Root {
          viewer: User
          search(text: String!, first: Int = 10): [SearchResult!]!
          node(by: Selector!): Node
        }

        type Changes { closePosition(id: ID!): Position }

        interface Node { id: ID! }
        interface Owned implements Node { id: ID! owner: User }

        type User implements Node { id: ID! email: String @deprecated plan: Plan }
        type Position implements Owned & Node { id: ID! owner: User side: Side }

        union SearchResult = User | Position
        enum Plan { FREE PRO LIFETIME @deprecated(reason: "Sold out.") }
        enum Side { LONG SHORT }
        input Selector @oneOf { id: ID email: String }
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        directive @auth(role: Role = USER) on FIELD_DEFINITION | OBJECT
        enum Role { USER ADMIN }
        """

    @Test("a valid schema builds with its roots, types and directives")
    func buildsTradingSchema() throws {
        let schema = try Schema.build(sdl: Self.tradingSDL)
        #expect(schema.description == "Trading API.")
        #expect(schema.queryType == "Root")
        #expect(schema.mutationType == "Changes")
        #expect(schema.subscriptionType == nil)
        #expect(schema[typeNamed: "Position"]?.interfaces == ["Owned", "Node"])
        #expect(schema[typeNamed: "SearchResult"]?.possibleTypes == ["User", "Position"])
        #expect(schema[typeNamed: "Int"]?.isBuiltIn == true)
        #expect(schema.directive(named: "auth")?.locations == [.fieldDefinition, .object])
        #expect(schema.directive(named: "skip")?.isBuiltIn == true)
        #expect(schema.possibleTypes(of: "Node") == ["User", "Position"])
        #expect(schema.rootType(for: .mutation)?.name == "Changes")
    }

    @Test("@deprecated, @specifiedBy and @oneOf become model properties")
    func directiveMeanings() throws {
        let schema = try Schema.build(sdl: Self.tradingSDL)
        #expect(schema[typeNamed: "User"]?.field(named: "email")?.deprecationReason == "No longer supported")
        #expect(schema[typeNamed: "Plan"]?.enumValue(named: "LIFETIME")?.deprecationReason == "Sold out.")
        #expect(schema[typeNamed: "DateTime"]?.specifiedByURL == "https://www.rfc-editor.org/rfc/rfc3339")
        #expect(schema[typeNamed: "Selector"]?.isOneOf == true)
    }

    @Test("without a schema definition the roots are Query, Mutation and Subscription")
    func conventionalRoots() throws {
        let schema = try Schema.build(sdl: "type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }")
        #expect(schema.queryType == "Query")
        #expect(schema.mutationType == "Mutation")
        #expect(schema.subscriptionType == "Subscription")
    }

    @Test("extensions from several files merge into the types they extend")
    func extensionsAcrossFiles() throws {
        let schema = try Schema.build(from: [
            SchemaSource(name: "users.graphql", text: "type Query { me: User } type User { id: ID! } enum Plan { FREE } interface Node { id: ID! }"),
            SchemaSource(name: "plans.graphql", text: """
                extend type User implements Node @tagged { plan: Plan }
                extend enum Plan { PRO }
                extend type Query { plans: [Plan!]! }
                extend schema @tagged
                directive @tagged on OBJECT | SCHEMA
                """),
        ])
        let user = try #require(schema[typeNamed: "User"])
        #expect(user.fields.map(\.name) == ["id", "plan"])
        #expect(user.interfaces == ["Node"])
        #expect(user.directives.map(\.name.value) == ["tagged"])
        #expect(user.extensionOrigins.map(\.file) == ["plans.graphql"])
        #expect(schema[typeNamed: "Plan"]?.enumValues.map(\.name) == ["FREE", "PRO"])
        #expect(schema[typeNamed: "Query"]?.fields.map(\.name) == ["me", "plans"])
        #expect(schema.schemaDirectives.map(\.name.value) == ["tagged"])
    }

    @Test("elements remember the file, line and column they came from")
    func origins() throws {
        let schema = try Schema.build(from: [SchemaSource(name: "a.graphql", text: "type Query {\n  a(x: Int): Int\n}")])
        let field = try #require(schema[typeNamed: "Query"]?.field(named: "a"))
        #expect(field.origin == SourceOrigin(file: "a.graphql", location: SourceLocation(line: 2, column: 3)))
        #expect(field.arguments.first?.origin?.location == SourceLocation(line: 2, column: 5))
    }

    @Test("syntax errors of every file are reported together")
    func syntaxErrors() throws {
        let error = try #require(throws: SchemaError.self) {
            try Schema.build(from: [
                SchemaSource(name: "a.graphql", text: "type Query {"),
                SchemaSource(name: "b.graphql", text: "type B { x: Int }"),
                SchemaSource(name: "c.graphql", text: "enum E { true }"),
            ])
        }
        #expect(error.problems.map(\.description) == [
            "a.graphql:1:13: Syntax Error: Expected Name, found <EOF>.",
            "c.graphql:1:10: Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.",
        ])
    }
}
