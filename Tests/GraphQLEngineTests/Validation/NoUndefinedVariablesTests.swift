import Testing
@testable import GraphQLEngine

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
