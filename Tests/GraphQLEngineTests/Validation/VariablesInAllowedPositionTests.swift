import Testing
@testable import GraphQLEngine

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
