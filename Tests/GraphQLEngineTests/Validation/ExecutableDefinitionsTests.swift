import Testing
@testable import GraphQLEngine

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
