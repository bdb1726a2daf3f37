@testable import GraphQLEngine
import Testing

@Suite("Validation: executable definitions")
struct ExecutableDefinitionsTests {
    @Test("operations and fragments only") func valid() {
        expectValid(ExecutableDefinitions(), "query Q { dog { ...F } } fragment F on Dog { name }")
    }

    @Test("type-system definitions are refused, each once") func invalid() {
        expectErrors(ExecutableDefinitions(), "{ dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }\nschema { query: Query }\ndirective @d on FIELD", [
            "2:1 The \"Cow\" definition is not executable.",
            "3:1 The \"Dog\" definition is not executable.",
            "4:1 The schema definition is not executable.",
            "5:1 The \"d\" definition is not executable.",
        ])
    }
}

@Suite("Validation: executable definitions, case by case")
struct ExecutableDefinitionsCases {
    static let cases: [RuleCase] = [
        RuleCase("query Foo { dog { name } }"),
        RuleCase("query Foo { dog { name ...Frag } } fragment Frag on Dog { name }"),
        RuleCase("query Foo { dog { name } } type Cow { name: String } extend type Dog { color: String }", [
            "The \"Cow\" definition is not executable.", "The \"Dog\" definition is not executable.",
        ]),
        RuleCase("schema { query: Query } type Query { test: String } extend schema @directive", [
            "The schema definition is not executable.", "The \"Query\" definition is not executable.", "The schema definition is not executable.",
        ]),
        RuleCase("type Foo { bar: String } extend type Foo { baz: Int } union U = Foo enum E { A } input I { a: Int } scalar S directive @d on FIELD", [
            "The \"Foo\" definition is not executable.", "The \"Foo\" definition is not executable.", "The \"U\" definition is not executable.",
            "The \"E\" definition is not executable.", "The \"I\" definition is not executable.", "The \"S\" definition is not executable.",
            "The \"d\" definition is not executable.",
        ]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(ExecutableDefinitions(), example.source, example.messages)
    }
}
