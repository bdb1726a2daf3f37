import GraphQLEngine
import GraphQLLanguage
import Testing

/// The model prints back as SDL that builds the same schema.
@Suite("Schema: printing SDL")
struct SchemaPrintTests {
    @Test("printing then building again gives the same schema and the same print")
    func roundTrip() throws {
        let schema = try Schema.build(sdl: SchemaBuildTests.tradingSDL)
        let printed = schema.printedSDL()
        let rebuilt = try Schema.build(sdl: printed)
        #expect(rebuilt.printedSDL() == printed)
        #expect(rebuilt.types.map(\.name) == schema.types.map(\.name))
        #expect(rebuilt.queryType == "Root")
    }

    @Test("extensions print merged into their types; conventional roots need no schema block")
    func mergedExtensions() throws {
        let schema = try Schema.build(sdl: """
            type Query { a: Int }
            "A user."
            type User { id: ID! }
            extend type User { name: String @deprecated(reason: "Use fullName.") }
            extend type Query { user: User }
            """)
        #expect(schema.printedSDL() == """
            type Query {
              a: Int
              user: User
            }

            \"\"\"A user.\"\"\"
            type User {
              id: ID!
              name: String @deprecated(reason: "Use fullName.")
            }
            """)
    }
}
