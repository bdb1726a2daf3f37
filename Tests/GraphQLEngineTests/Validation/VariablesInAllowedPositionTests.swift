@testable import GraphQLEngine
import Testing

@Suite("Validation: variable usages are allowed")
struct VariablesInAllowedPositionTests {
    @Test("same types, stricter variables, list items, defaults") func valid() {
        expectValid(VariablesInAllowedPosition(), """
            query Q($b: Boolean!, $s: String!, $l: [String]!, $i: Int = 3, $c: ComplexInput, $d: Boolean = false) {
              dog @include(if: $d) { name @include(if: $b) isAtLocation(x: $i) }
              complicatedArgs {
                stringListArgField(stringListArg: [$s]) a: stringListArgField(stringListArg: $l)
                complexArgField(complexArg: $c) nonNullFieldWithDefault(arg: $i) nonNullIntArgField(nonNullIntArg: $i)
              }
            }
            """)
    }

    @Test("nullable into non-null without a default") func nullability() {
        expectErrors(VariablesInAllowedPosition(), "query Q($i: Int, $b: Boolean = null) {\n complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }\n dog @include(if: $b) { name } }", [
            "1:9,2:54 Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".",
            "1:18,3:19 Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".",
        ])
    }

    @Test("different named types and list shapes") func shapes() {
        expectErrors(VariablesInAllowedPosition(), "query Q($i: Int, $s: String, $l: [String]) {\n complicatedArgs { stringArgField(stringArg: $i) stringListArgField(stringListArg: $s) a: stringArgField(stringArg: $l) stringListNonNullArgField(stringListNonNullArg: $l) } }", [
            "1:9,2:46 Variable \"$i\" of type \"Int\" used in position expecting type \"String\".",
            "1:18,2:84 Variable \"$s\" of type \"String\" used in position expecting type \"[String]\".",
            "1:30,2:117 Variable \"$l\" of type \"[String]\" used in position expecting type \"String\".",
            "1:30,2:169 Variable \"$l\" of type \"[String]\" used in position expecting type \"[String!]\".",
        ])
    }

    @Test("a @oneOf field takes only non-null variables") func oneOf() {
        expectValid(VariablesInAllowedPosition(), "query Q($id: ID!) { complicatedArgs { oneOfArgField(selector: {byId: $id}) } }")
        expectErrors(VariablesInAllowedPosition(), "query Q($id: ID) { complicatedArgs { oneOfArgField(selector: {byId: $id}) } }", [
            "1:9,1:69 Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"PetSelector\".",
        ])
    }
}

@Suite("Validation: variable usages are allowed, case by case")
struct VariablesInAllowedPositionCases {
    static func used(_ variable: String, _ type: String, expecting expected: String) -> String {
        "Variable \"$\(variable)\" of type \"\(type)\" used in position expecting type \"\(expected)\"."
    }

    static let cases: [RuleCase] = [
        RuleCase("query Q($b: Boolean) { complicatedArgs { booleanArgField(booleanArg: $b) } }"),
        RuleCase("query Q($b: Boolean) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { booleanArgField(booleanArg: $b) }"),
        RuleCase("query Q($b: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $b) } }"),
        RuleCase("query Q($b: Boolean!) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { booleanArgField(booleanArg: $b) }"),
        RuleCase("query Q($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }"),
        RuleCase("query Q($l: [String]) { complicatedArgs { stringListArgField(stringListArg: $l) } }"),
        RuleCase("query Q($l: [String!]) { complicatedArgs { stringListArgField(stringListArg: $l) } }"),
        RuleCase("query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: [$s]) } }"),
        RuleCase("query Q($s: String!) { complicatedArgs { stringListArgField(stringListArg: [$s]) } }"),
        RuleCase("query Q($c: ComplexInput) { complicatedArgs { complexArgField(complexArg: $c) } }"),
        RuleCase("query Q($b: Boolean = true) { complicatedArgs { complexArgField(complexArg: {requiredField: $b}) } }"),
        RuleCase("query Q($b: Boolean!) { complicatedArgs { complexArgField(complexArg: {requiredField: $b}) } }"),
        RuleCase("query Q($b: Boolean!) { dog @include(if: $b) { name } }"),
        RuleCase("query Q($b: Boolean = false) { dog @include(if: $b) { name } }"),
        RuleCase("query Q($i: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }"),
        RuleCase("query Q($i: Int!) { complicatedArgs { intArgField(intArg: $i) } }"),
        RuleCase("query Q($id: ID!) { node(id: $id) { id } }"),
        RuleCase("query Q($at: DateTime) { complicatedArgs { dateArgField(at: $at) } }"),
        RuleCase("query Q($i: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }", [used("i", "Int", expecting: "Int!")]),
        RuleCase("query Q($i: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }", [used("i", "Int", expecting: "Int!")]),
        RuleCase("query Q($i: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { ...G } fragment G on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }", [used("i", "Int", expecting: "Int!")]),
        RuleCase("query Q($s: String) { complicatedArgs { booleanArgField(booleanArg: $s) } }", [used("s", "String", expecting: "Boolean")]),
        RuleCase("query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: $s) } }", [used("s", "String", expecting: "[String]")]),
        RuleCase("query Q($b: Boolean) { dog @include(if: $b) { name } }", [used("b", "Boolean", expecting: "Boolean!")]),
        RuleCase("query Q($s: String) { dog @include(if: $s) { name } }", [used("s", "String", expecting: "Boolean!")]),
        RuleCase("query Q($l: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $l) } }", [used("l", "[String]", expecting: "[String!]")]),
        RuleCase("query Q($b: Boolean = null) { dog @include(if: $b) { name } }", [used("b", "Boolean", expecting: "Boolean!")]),
        RuleCase("query Q($c: FurColor) { dog { doesKnowCommand(dogCommand: $c) } }", [used("c", "FurColor", expecting: "DogCommand")]),
        RuleCase("query Q($id: ID) { node(id: $id) { id } }", [used("id", "ID", expecting: "ID!")]),
        RuleCase("query Q($s: [String]) { complicatedArgs { stringArgField(stringArg: $s) } }", [used("s", "[String]", expecting: "String")]),
        RuleCase("query A($i: Int!) { complicatedArgs { ...F } } query B($i: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }", [used("i", "Int", expecting: "Int!")]),
        RuleCase("query Q($undefinedType: Nope) { complicatedArgs { intArgField(intArg: $undefinedType) } }"),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(VariablesInAllowedPosition(), example.source, example.messages)
    }
}
