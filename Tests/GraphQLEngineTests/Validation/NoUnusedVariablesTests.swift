import Testing
@testable import GraphQLEngine

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
