import Testing
@testable import GraphQLEngine

@Suite("Validation: required arguments")
struct ProvidedRequiredArgumentsTests {
    @Test("required arguments given; defaults and optional ones may be left out") func valid() {
        expectValid(ProvidedRequiredArguments(), "{ complicatedArgs { multipleReqs(req2: 1, req1: 2) nonNullFieldWithDefault multipleOpts unknown } dog { name @include(if: true) } }")
    }

    @Test("missing field and directive arguments") func invalid() {
        expectErrors(ProvidedRequiredArguments(), "query Q @withArg(optional: \"y\") { complicatedArgs { multipleReqs(req1: 1) a: multipleReqs } dog { name @skip } }", [
            "1:9 Directive \"@withArg\" argument \"arg\" of type \"Int!\" is required, but it was not provided.",
            "1:53 Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.",
            "1:75 Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.",
            "1:75 Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.",
            "1:104 Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
        ])
    }
}
