import Testing
@testable import GraphQLEngine

@Suite("Validation: variables are input types")
struct VariablesAreInputTypesTests {
    @Test("scalars, enums, input objects, wrapped") func valid() {
        expectValid(VariablesAreInputTypes(), "query Q($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { dog { name } }")
    }

    @Test("output types") func invalid() {
        expectErrors(VariablesAreInputTypes(), "query Q($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }", [
            "1:13 Variable \"$a\" cannot be non-input type \"Dog\".",
            "1:22 Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".",
            "1:42 Variable \"$c\" cannot be non-input type \"Pet\".",
        ])
    }
}
