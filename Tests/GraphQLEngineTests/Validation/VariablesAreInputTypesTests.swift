@testable import GraphQLEngine
import Testing

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

@Suite("Validation: variables are input types, case by case")
struct VariablesAreInputTypesCases {
    static let cases: [RuleCase] = [
        RuleCase("query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }"),
        RuleCase("query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { field(a: $a, b: $b, c: $c) }"),
        RuleCase("query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }", [
            "Variable \"$a\" cannot be non-input type \"Dog\".",
            "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".",
            "Variable \"$c\" cannot be non-input type \"Pet\".",
        ]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(VariablesAreInputTypes(), example.source, example.messages)
    }
}
