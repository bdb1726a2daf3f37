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
