@testable import GraphQLEngine
import GraphQLLanguage
import Testing

@Suite("Validation: operation type existence")
struct KnownOperationTypesTests {
    @Test("every kind the schema has") func valid() {
        expectValid(KnownOperationTypes(), "query Q { dog { name } } mutation M { adoptDog(name: \"x\") { name } } subscription S { newDog { name } }")
    }

    @Test("a kind the schema lacks") func invalid() throws {
        let schema = try Schema.build(sdl: "type Query { a: Int }")
        let document = try Document.parse("mutation M { a }\nsubscription S { a }")
        #expect(Validator.validate(document, against: schema).map(\.message).filter { $0.contains("not supported") } == [
            "The mutation operation is not supported by the schema.",
            "The subscription operation is not supported by the schema.",
        ])
    }
}

@Suite("Validation: operation type existence, case by case")
struct KnownOperationTypesCases {
    @Test("a schema with only a query type supports only queries", arguments: [
        ("{ a }", []),
        ("query Q { a }", []),
        ("mutation M { a }", ["The mutation operation is not supported by the schema."]),
        ("subscription S { a }", ["The subscription operation is not supported by the schema."]),
        ("mutation { a } subscription { a }", ["The mutation operation is not supported by the schema.", "The subscription operation is not supported by the schema."]),
    ])
    func queryOnly(source: String, messages: [String]) throws {
        let schema = try Schema.build(sdl: "type Query { a: Int }")
        let context = ValidationContext(schema: schema, document: try Document.parse(source))
        var walker = DocumentWalker(rules: [KnownOperationTypes()], context: context)
        walker.walk(context.document)
        #expect(context.errors.map(\.message) == messages)
    }
}
