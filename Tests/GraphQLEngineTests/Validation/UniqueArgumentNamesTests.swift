import Testing
@testable import GraphQLEngine

@Suite("Validation: argument uniqueness")
struct UniqueArgumentNamesTests {
    @Test("distinct arguments, the same argument on different fields") func valid() {
        expectValid(UniqueArgumentNames(), "{ dog { isAtLocation(x: 1, y: 2) a: isAtLocation(x: 1) name @skip(if: true) } }")
    }

    @Test("a repeated argument, reported once with every place") func invalid() {
        expectErrors(UniqueArgumentNames(), "{ dog { isAtLocation(x: 1, x: 2, x: 3) name @skip(if: true, if: false) } }", [
            "1:22,1:28,1:34 There can be only one argument named \"x\".",
            "1:51,1:61 There can be only one argument named \"if\".",
        ])
    }
}
