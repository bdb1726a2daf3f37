@testable import GraphQLEngine
import Testing

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

@Suite("Validation: known directives, case by case")
struct KnownDirectivesCases {
    static let cases: [RuleCase] = [
        RuleCase("query Foo { name ...Frag }"),
        RuleCase("{ dog @include(if: true) { name } human @skip(if: false) { name } }"),
        RuleCase("query Q($var: Boolean @onVariable) { name @include(if: $var) }"),
        RuleCase("query Foo @onQuery { name @include(if: true) ...Frag @include(if: true) skippedField @skip(if: true) ...SkippedFrag @skip(if: true) ... @skip(if: true) { skippedField } }"),
        RuleCase("mutation Bar @onMutation { someField }"),
        RuleCase("{ dog @unknown(directive: \"value\") { name } }", ["Unknown directive \"@unknown\"."]),
        RuleCase("{ dog @unknown(directive: \"value\") { name } human @unknown(directive: \"value\") { name pets @unknown(directive: \"value\") { name } } }", [
            "Unknown directive \"@unknown\".", "Unknown directive \"@unknown\".", "Unknown directive \"@unknown\".",
        ]),
        RuleCase("query Foo($var: Boolean @onField) @onField { name @onQuery @include(if: $var) ...Frag @onQuery }", [
            "Directive \"@onField\" may not be used on VARIABLE_DEFINITION.",
            "Directive \"@onField\" may not be used on QUERY.",
            "Directive \"@onQuery\" may not be used on FIELD.",
            "Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.",
        ]),
        RuleCase("mutation Bar @onQuery { someField }", ["Directive \"@onQuery\" may not be used on MUTATION."]),
        RuleCase("subscription Baz @onQuery { someField }", ["Directive \"@onQuery\" may not be used on SUBSCRIPTION."]),
        RuleCase("fragment Frag on Dog @onField { name }", ["Directive \"@onField\" may not be used on FRAGMENT_DEFINITION."]),
        RuleCase("{ dog { ... @onField { name } } }", ["Directive \"@onField\" may not be used on INLINE_FRAGMENT."]),
        RuleCase("{ dog @specifiedBy(url: \"x\") @oneOf { name } }", [
            "Directive \"@specifiedBy\" may not be used on FIELD.", "Directive \"@oneOf\" may not be used on FIELD.",
        ]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(KnownDirectives(), example.source, example.messages)
    }
}
