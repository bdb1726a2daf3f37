import Testing
@testable import GraphQLEngine

@Suite("Validation: known directives in valid locations")
struct KnownDirectivesTests {
    @Test("known directives where they may stand") func valid() {
        expectValid(KnownDirectives(), "query Q($a: Int @onVariable) @onQuery { dog @onField { isAtLocation(x: $a) ...F @onFragment ... @include(if: true) { name } } } fragment F on Dog @onFragment { name }")
    }

    @Test("unknown directives") func unknown() {
        expectErrors(KnownDirectives(), "{ dog @unknown { name @alsoUnknown(x: 1) } }", [
            "1:7 Unknown directive \"@unknown\".",
            "1:23 Unknown directive \"@alsoUnknown\".",
        ])
    }

    @Test("directives in the wrong place") func misplaced() {
        expectErrors(KnownDirectives(), "query Q($a: Int @onField) @onField { dog @onQuery { isAtLocation(x: $a) @deprecated } }\nmutation M @onQuery { adoptDog(name: \"x\") { name } }", [
            "1:17 Directive \"@onField\" may not be used on VARIABLE_DEFINITION.",
            "1:27 Directive \"@onField\" may not be used on QUERY.",
            "1:42 Directive \"@onQuery\" may not be used on FIELD.",
            "1:73 Directive \"@deprecated\" may not be used on FIELD.",
            "2:12 Directive \"@onQuery\" may not be used on MUTATION.",
        ])
    }
}

@Suite("Validation: directives unique per location")
struct UniqueDirectivesPerLocationTests {
    @Test("different directives, repeatable ones, the same one on different nodes") func valid() {
        expectValid(UniqueDirectivesPerLocation(), "{ dog { name @skip(if: false) @include(if: true) nickname @skip(if: false) barks @repeatableOnField @repeatableOnField } }")
    }

    @Test("a non-repeatable directive twice on one node") func invalid() {
        expectErrors(UniqueDirectivesPerLocation(), "{ dog { name @skip(if: true) @skip(if: false) @skip(if: true) ...F @onFragment @onFragment } } fragment F on Dog { name }", [
            "1:14,1:30 The directive \"@skip\" can only be used once at this location.",
            "1:14,1:47 The directive \"@skip\" can only be used once at this location.",
            "1:68,1:80 The directive \"@onFragment\" can only be used once at this location.",
        ])
    }
}

@Suite("Validation: known argument names")
struct KnownArgumentNamesTests {
    @Test("defined arguments of fields and directives, in any order") func valid() {
        expectValid(KnownArgumentNames(), "{ dog { isAtLocation(y: 1, x: 2) name(surname: true) @include(if: true) } unknownField(whatever: 1) }")
    }

    @Test("unknown field arguments, with suggestions") func fieldArguments() {
        expectErrors(KnownArgumentNames(), "{ dog { doesKnowCommand(dogcommand: SIT) isAtLocation(x: 1, z: 2) } }", [
            "1:25 Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?",
            "1:61 Unknown argument \"z\" on field \"Dog.isAtLocation\". Did you mean \"x\" or \"y\"?",
        ])
    }

    @Test("unknown directive arguments, but not those of unknown directives") func directiveArguments() {
        expectErrors(KnownArgumentNames(), "{ dog { name @skip(iff: true) @nope(x: 1) } }", [
            "1:20 Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?",
        ])
    }
}

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
