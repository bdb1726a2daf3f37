import Testing
@testable import GraphQLEngine

@Suite("Validation: variable uniqueness")
struct UniqueVariableNamesTests {
    @Test("distinct names, the same name in different operations") func valid() {
        expectValid(UniqueVariableNames(), "query A($x: Int, $y: Int) { dog { name } } query B($x: Int) { dog { name } }")
    }

    @Test("one error per repeated name, at every definition") func invalid() {
        expectErrors(UniqueVariableNames(), "query A($x: Int, $x: Int, $x: String, $y: Int, $y: Int) { dog { name } }", [
            "1:9,1:18,1:27 There can be only one variable named \"$x\".",
            "1:39,1:48 There can be only one variable named \"$y\".",
        ])
    }
}

@Suite("Validation: all variable uses defined")
struct NoUndefinedVariablesTests {
    @Test("defined variables used in arguments, directives, values and fragments") func valid() {
        expectValid(NoUndefinedVariables(), "query Q($a: Int, $b: Boolean!) { dog { isAtLocation(x: $a) name @include(if: $b) ...F } } fragment F on Dog { isAtLocation(y: $a) }")
    }

    @Test("undefined variables, also in fragments and nested values") func invalid() {
        expectErrors(NoUndefinedVariables(), "query Q { dog { isAtLocation(x: $a) ...F } }\nfragment F on Dog { doesKnowCommand(dogCommand: $c) }", [
            "1:33,1:1 Variable \"$a\" is not defined by operation \"Q\".",
            "2:49,1:1 Variable \"$c\" is not defined by operation \"Q\".",
        ])
        expectErrors(NoUndefinedVariables(), "{ complicatedArgs { complexArgField(complexArg: {requiredField: $r, stringListField: [$s]}) } }", [
            "1:65,1:1 Variable \"$r\" is not defined.",
            "1:87,1:1 Variable \"$s\" is not defined.",
        ])
    }

    @Test("a fragment shared by two operations is checked for each") func sharedFragment() {
        expectErrors(NoUndefinedVariables(), "query A($a: Int) { dog { ...F } }\nquery B { dog { ...F } }\nfragment F on Dog { isAtLocation(x: $a) }", [
            "3:37,2:1 Variable \"$a\" is not defined by operation \"B\".",
        ])
    }
}

@Suite("Validation: all variables used")
struct NoUnusedVariablesTests {
    @Test("variables used directly or through fragments") func valid() {
        expectValid(NoUnusedVariables(), "query Q($a: Int, $b: Int) { dog { isAtLocation(x: $a) ...F } } fragment F on Dog { ...G } fragment G on Dog { isAtLocation(y: $b) }")
    }

    @Test("unused variables, even if an unused fragment would use them") func invalid() {
        expectErrors(NoUnusedVariables(), "query Q($a: Int, $b: Int) { dog { name } }\nfragment F on Dog { isAtLocation(x: $a) }", [
            "1:9 Variable \"$a\" is never used in operation \"Q\".",
            "1:18 Variable \"$b\" is never used in operation \"Q\".",
        ])
        expectErrors(NoUnusedVariables(), "query ($a: Int) { dog { name } }", ["1:8 Variable \"$a\" is never used."])
    }
}

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
