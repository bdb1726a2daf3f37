@testable import GraphQLEngine
import Testing

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

@Suite("Validation: required arguments, case by case")
struct ProvidedRequiredArgumentsCases {
    static func missing(_ field: String, _ argument: String, _ type: String) -> String {
        "Field \"\(field)\" argument \"\(argument)\" of type \"\(type)\" is required, but it was not provided."
    }

    static let cases: [RuleCase] = [
        RuleCase("{ dog { isHouseTrained(unknownArgument: true) } }"),
        RuleCase("{ dog { isHouseTrained(atOtherHomes: true) } }"),
        RuleCase("{ dog { isHouseTrained } }"),
        RuleCase("{ complicatedArgs { multipleOpts } }"),
        RuleCase("{ complicatedArgs { multipleOpts(opt1: 1, opt2: 2) } }"),
        RuleCase("{ complicatedArgs { multipleOptAndReq(req1: 3, req2: 4) } }"),
        RuleCase("{ complicatedArgs { multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6) } }"),
        RuleCase("{ complicatedArgs { multipleOptAndReq(opt2: 8, opt1: 7, req2: 6, req1: 5) } }"),
        RuleCase("{ dog @unknown { name } }"),
        RuleCase("{ dog { name @include(if: true) nickname @skip(if: true) } }"),
        RuleCase("{ complicatedArgs { nonNullFieldWithDefault } }"),
        RuleCase("{ complicatedArgs { nonNullIntArgField } }", [missing("nonNullIntArgField", "nonNullIntArg", "Int!")]),
        RuleCase("{ complicatedArgs { multipleReqs(req2: 2) } }", [missing("multipleReqs", "req1", "Int!")]),
        RuleCase("{ complicatedArgs { multipleReqs } }", [missing("multipleReqs", "req1", "Int!"), missing("multipleReqs", "req2", "Int!")]),
        RuleCase("{ complicatedArgs { multipleReqs(req1: \"one\") } }", [missing("multipleReqs", "req2", "Int!")]),
        RuleCase("{ complicatedArgs { multipleOptAndReq(opt1: 1) } }", [missing("multipleOptAndReq", "req1", "Int!"), missing("multipleOptAndReq", "req2", "Int!")]),
        RuleCase("{ dog { name @include nickname @skip } }", [
            "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
            "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
        ]),
        RuleCase("query Q @withArg { dog { name } }", ["Directive \"@withArg\" argument \"arg\" of type \"Int!\" is required, but it was not provided."]),
        RuleCase("{ node { id } }", [missing("node", "id", "ID!")]),
        RuleCase("{ pets { name } }", [missing("pets", "selector", "PetSelector!")]),
        RuleCase("{ __type { name } }", [missing("__type", "name", "String!")]),
        RuleCase("mutation { adoptDog { name } }", [missing("adoptDog", "name", "String!")]),
        RuleCase("mutation { rename(id: 1) { name } }", [missing("rename", "name", "String!")]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(ProvidedRequiredArguments(), example.source, example.messages)
    }
}
