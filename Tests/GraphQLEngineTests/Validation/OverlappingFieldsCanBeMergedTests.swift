@testable import GraphQLEngine
import Testing

@Suite("Validation: field selection merging")
struct OverlappingFieldsCanBeMergedTests {
    @Test("identical fields, arguments and directives merge") func identical() {
        expectValid(OverlappingFieldsCanBeMerged(), "{ dog { name name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) } }")
        expectValid(OverlappingFieldsCanBeMerged(), "{ dog { name @include(if: true) name @include(if: false) } }")
    }

    @Test("different aliases never conflict") func aliases() {
        expectValid(OverlappingFieldsCanBeMerged(), "{ dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) } }")
    }

    @Test("one alias for two different fields") func differentFields() {
        expectErrors(OverlappingFieldsCanBeMerged(), "{ dog { fido: name fido: nickname } }", [
            "1:9,1:20 Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
        ])
        expectErrors(OverlappingFieldsCanBeMerged(), "{ dog { name: nickname name } }", [
            "1:9,1:24 Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
        ])
    }

    @Test("the same field with different arguments") func differentArguments() {
        expectErrors(OverlappingFieldsCanBeMerged(), "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) doesKnowCommand } }", [
            "1:9,1:42 Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
            "1:9,1:76 Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
            "1:42,1:76 Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
        ])
    }

    @Test("conflicts brought together by fragments, each pair once") func throughFragments() {
        expectErrors(OverlappingFieldsCanBeMerged(), "{ dog { ...A ...B x: barks } }\nfragment A on Dog { x: name }\nfragment B on Dog { ...C }\nfragment C on Dog { x: nickname }", [
            "1:19,2:21 Fields \"x\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            "2:21,4:21 Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            "1:19,4:21 Fields \"x\" conflict because \"barks\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
        ])
    }

    @Test("conflicts in sub-selections name the sub-fields") func subSelections() {
        expectErrors(OverlappingFieldsCanBeMerged(), "{ field: dog { x: name y: barks } field: dog { x: nickname y: meows } }", [
            "1:3,1:16,1:24,1:35,1:48,1:60 Fields \"field\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"meows\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
        ])
    }

    @Test("parents that can never be the same object may differ, but not in shape") func exclusiveParents() {
        expectValid(OverlappingFieldsCanBeMerged(), "{ catOrDog { ... on Cat { volume: meowsVolume } ... on Dog { volume: barkVolume } } }")
        expectErrors(OverlappingFieldsCanBeMerged(), "{ catOrDog { ... on Cat { x: meows } ... on Dog { x: name } } }", [
            "1:27,1:51 Fields \"x\" conflict because they return conflicting types \"Boolean\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
        ])
        expectErrors(OverlappingFieldsCanBeMerged(), "{ node(id: 1) { ... on Dog { x: id } ... on Cat { x: name } } }", [
            "1:30,1:51 Fields \"x\" conflict because they return conflicting types \"ID!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
        ])
    }

    @Test("an interface field and its implementation must agree on arguments") func interfaces() {
        expectErrors(OverlappingFieldsCanBeMerged(), "{ pet { name(surname: true) ... on Dog { name(surname: false) } } }", [
            "1:9,1:42 Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
        ])
    }

    @Test("fragments in different fields do not meet") func separateFields() {
        expectValid(OverlappingFieldsCanBeMerged(), "{ a: dog { ...A } b: dog { ...B } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: nickname }")
    }

    @Test("cyclic fragments end") func cycles() {
        _ = ValidationHarness.errors("{ dog { ...A } }\nfragment A on Dog { name ...B }\nfragment B on Dog { name: nickname ...A }", rule: OverlappingFieldsCanBeMerged())
    }
}

/// Cases after graphql-js's own suite for this rule, on the shared test schema.
@Suite("Validation: field selection merging, case by case")
struct OverlappingFieldsCanBeMergedCases {
    static let suffix = " Use different aliases on the fields to fetch both if this was intentional."
    static func conflict(_ key: String, _ reason: String) -> String { "Fields \"\(key)\" conflict because \(reason).\(suffix)" }

    static let cases: [RuleCase] = [
        RuleCase("fragment uniqueFields on Dog { name nickname } { dog { ...uniqueFields } }"),
        RuleCase("fragment mergeIdenticalFields on Dog { name name } { dog { ...mergeIdenticalFields } }"),
        RuleCase("fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } { dog { ...mergeIdenticalFieldsWithIdenticalArgs } }"),
        RuleCase("fragment mergeIdenticalFieldsWithIdenticalDirectives on Dog { name @include(if: true) name @include(if: true) } { dog { ...mergeIdenticalFieldsWithIdenticalDirectives } }"),
        RuleCase("fragment differentArgsWithDifferentAliases on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) } { dog { ...differentArgsWithDifferentAliases } }"),
        RuleCase("fragment differentDirectivesWithDifferentAliases on Dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) } { dog { ...differentDirectivesWithDifferentAliases } }"),
        RuleCase("fragment differentSkipIncludeDirectives on Dog { name @include(if: true) name @include(if: false) } { dog { ...differentSkipIncludeDirectives } }"),
        RuleCase("fragment sameAliasesWithDifferentFieldTargets on Dog { fido: name fido: nickname } { dog { ...sameAliasesWithDifferentFieldTargets } }",
                 [conflict("fido", "\"name\" and \"nickname\" are different fields")]),
        RuleCase("fragment sameAliasesAllowedOnNonOverlappingFields on Pet { ... on Dog { name } ... on Cat { name: nickname } } { pet { ...sameAliasesAllowedOnNonOverlappingFields } }"),
        RuleCase("fragment aliasMaskingDirectFieldAccess on Dog { name: nickname name } { dog { ...aliasMaskingDirectFieldAccess } }",
                 [conflict("name", "\"nickname\" and \"name\" are different fields")]),
        RuleCase("fragment conflictingArgs on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) } { dog { ...conflictingArgs } }",
                 [conflict("doesKnowCommand", "they have differing arguments")]),
        RuleCase("fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand } { dog { ...conflictingArgs } }",
                 [conflict("doesKnowCommand", "they have differing arguments")]),
        RuleCase("fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } { dog { ...conflictingArgs } }",
                 [conflict("doesKnowCommand", "they have differing arguments")]),
        RuleCase("fragment conflictingArgs on Dog { isAtLocation(x: 0) isAtLocation(y: 0) } { dog { ...conflictingArgs } }",
                 [conflict("isAtLocation", "they have differing arguments")]),
        RuleCase("query Q($x: Int) { dog { isAtLocation(x: $x) isAtLocation(x: 0) } }",
                 [conflict("isAtLocation", "they have differing arguments")]),
        RuleCase("fragment conflictingArgs on Cat { name(surname: true) } fragment other on Dog { name(surname: false) } { pet { ...conflictingArgs ...other } }"),
        RuleCase("{ ...A ...B } fragment A on Query { x: human { name } } fragment B on Query { x: human { name } }"),
        RuleCase("{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }",
                 [conflict("x", "\"name\" and \"nickname\" are different fields")]),
        RuleCase("{ dog { ...A ...B ...C } } fragment A on Dog { x: name } fragment B on Dog { x: nickname } fragment C on Dog { x: barks }", [
            conflict("x", "\"name\" and \"nickname\" are different fields"),
            conflict("x", "\"name\" and \"barks\" are different fields"),
            conflict("x", "\"nickname\" and \"barks\" are different fields"),
        ]),
        RuleCase("{ dog { x: name } dog { x: nickname } }",
                 [conflict("dog", "subfields \"x\" conflict because \"name\" and \"nickname\" are different fields")]),
        RuleCase("{ dog { x: name y: barks } dog { x: nickname y: barkVolume } }",
                 [conflict("dog", "subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields")]),
        RuleCase("{ human { relatives { x: name } } human { relatives { x: iq } } }",
                 [conflict("human", "subfields \"relatives\" conflict because subfields \"x\" conflict because \"name\" and \"iq\" are different fields")]),
        RuleCase("{ human { relatives { x: name } relatives { x: iq } } }",
                 [conflict("relatives", "subfields \"x\" conflict because \"name\" and \"iq\" are different fields")]),
        RuleCase("{ human { relatives { ...F } relatives { ...G } } } fragment F on Human { x: name } fragment G on Human { x: iq }",
                 [conflict("relatives", "subfields \"x\" conflict because \"name\" and \"iq\" are different fields")]),
        RuleCase("{ catOrDog { ... on Dog { volume: barkVolume } ... on Cat { volume: meowsVolume } } }"),
        RuleCase("{ catOrDog { ... on Dog { x: barks } ... on Cat { x: meowsVolume } } }",
                 [conflict("x", "they return conflicting types \"Boolean\" and \"Int\"")]),
        RuleCase("{ catOrDog { ... on Dog { x: name } ... on Cat { x: furColor } } }",
                 [conflict("x", "they return conflicting types \"String\" and \"FurColor\"")]),
        RuleCase("{ dogOrHuman { ... on Human { x: relatives { name } } ... on Dog { x: owner { name } } } }",
                 [conflict("x", "they return conflicting types \"[Human!]!\" and \"Human\"")]),
        RuleCase("{ dogOrHuman { ... on Human { x: pets { name } } ... on Dog { x: owner { name } } } }",
                 [conflict("x", "they return conflicting types \"[Pet]\" and \"Human\"")]),
        RuleCase("{ dogOrHuman { ... on Human { x: id } ... on Dog { x: id } } }"),
        RuleCase("{ node(id: 1) { ... on Dog { x: id } ... on Human { x: iq } } }",
                 [conflict("x", "they return conflicting types \"ID!\" and \"Int\"")]),
        RuleCase("{ dogOrHuman { ... on Human { x: name } ... on Dog { x: name } } }"),
        RuleCase("{ dogOrHuman { ... on Human { x: name(surname: true) } ... on Dog { x: name(surname: false) } } }"),
        RuleCase("{ dogOrHuman { ... on Human { x: name } ... on Dog { x: nickname } } }"),
        RuleCase("{ dogOrHuman { ... on Human { x: relatives { a: name } } ... on Dog { x: owner { a: iq } } } }",
                 [conflict("x", "they return conflicting types \"[Human!]!\" and \"Human\"")]),
        RuleCase("{ humanOrAlien { ... on Human { x: iq } ... on Alien { x: numEyes } } }"),
        RuleCase("{ pet { ... on Dog { name } ... on Cat { name } } }"),
        RuleCase("{ pet { name ... on Dog { name } } }"),
        RuleCase("{ pet { ... on Canine { x: barkVolume } ... on Dog { x: barkVolume } } }"),
        RuleCase("{ pet { ... on Canine { x: barkVolume } ... on Dog { x: name } } }",
                 [conflict("x", "\"barkVolume\" and \"name\" are different fields")]),
        RuleCase("{ dog { __typename __typename } }"),
        RuleCase("{ dog { name: __typename name } }", [conflict("name", "\"__typename\" and \"name\" are different fields")]),
        RuleCase("{ dog { ...A } } fragment A on Dog { name ...A }"),
        // Each fragment's selection set meets the other: the conflict is seen from both sides.
        RuleCase("{ dog { ...A } } fragment A on Dog { name ...B } fragment B on Dog { name: nickname ...A }", [
            conflict("name", "\"name\" and \"nickname\" are different fields"),
            conflict("name", "\"nickname\" and \"name\" are different fields"),
        ]),
        RuleCase("{ dog { name ...A } } fragment A on Dog { name: barks }",
                 [conflict("name", "\"name\" and \"barks\" are different fields")]),
        RuleCase("{ a: dog { ...A } b: dog { ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }"),
        RuleCase("mutation { a: rename(id: 1, name: \"x\") { name } a: rename(id: 1, name: \"y\") { name } }",
                 [conflict("a", "they have differing arguments")]),
        RuleCase("mutation { a: rename(id: 1, name: \"x\") { name } a: rename(id: 1, name: \"x\") { name } }"),
        RuleCase("query Q($a: Int) { dog { isAtLocation(x: $a) isAtLocation(x: $a) } }"),
        RuleCase("{ complicatedArgs { a: complexArgField(complexArg: {requiredField: true}) a: complexArgField(complexArg: {requiredField: false}) } }",
                 [conflict("a", "they have differing arguments")]),
        RuleCase("{ complicatedArgs { a: complexArgField(complexArg: {requiredField: true, intField: 1}) a: complexArgField(complexArg: {requiredField: true, intField: 1}) } }"),
        RuleCase("{ complicatedArgs { a: stringListArgField(stringListArg: [\"a\"]) a: stringListArgField(stringListArg: [\"a\", \"b\"]) } }",
                 [conflict("a", "they have differing arguments")]),
        RuleCase("{ dog { ... on Dog { ... on Dog { x: name } } ... on Dog { x: name } } }"),
        RuleCase("{ dog { ... { x: name } ... { x: barks } } }", [conflict("x", "\"name\" and \"barks\" are different fields")]),
        RuleCase("{ dog { ...A } dog { ...B } } fragment A on Dog { owner { x: name } } fragment B on Dog { owner { x: iq } }",
                 [conflict("dog", "subfields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"iq\" are different fields")]),
        RuleCase("{ human { pets { name } } human { pets { nickname: name } } }"),
        RuleCase("{ catOrDog { ... on Cat { furColor } ... on Dog { furColor: barks } } }",
                 [conflict("furColor", "they return conflicting types \"FurColor\" and \"Boolean\"")]),
        RuleCase("{ dog { name } ... on Query { dog { name } } }"),
        RuleCase("{ dog { x: name } ... on Query { dog { x: nickname } } }",
                 [conflict("dog", "subfields \"x\" conflict because \"name\" and \"nickname\" are different fields")]),
        RuleCase("{ ...A } fragment A on Query { dog { x: name } ...B } fragment B on Query { dog { x: barks } }",
                 [conflict("dog", "subfields \"x\" conflict because \"name\" and \"barks\" are different fields")]),
        RuleCase("{ dog { isAtLocation(x: 1) } dog { isAtLocation(x: 1) } }"),
        RuleCase("{ dog { isAtLocation(x: 1) } dog { isAtLocation(x: 2) } }",
                 [conflict("dog", "subfields \"isAtLocation\" conflict because they have differing arguments")]),
        RuleCase("{ a: dog { name } a: cat { name } }", [conflict("a", "\"dog\" and \"cat\" are different fields")]),
        RuleCase("{ pet { ... on Dog { x: name } ... on Cat { x: name } } }"),
        RuleCase("{ pet { ... on Dog { x: barkVolume } ... on Cat { x: meows } } }",
                 [conflict("x", "they return conflicting types \"Int\" and \"Boolean\"")]),
        RuleCase("{ human { pets { ... on Dog { x: name } ... on Cat { x: nickname } } } }"),
        RuleCase("{ catOrDog { ... on Dog { owner { x: name } } ... on Cat { owner: furColor } } }",
                 [conflict("owner", "they return conflicting types \"Human\" and \"FurColor\"")]),
        RuleCase("{ dog { name @skip(if: true) name } }"),
        RuleCase("{ dog { x: doesKnowCommand(dogCommand: SIT) ... on Dog { x: doesKnowCommand(dogCommand: SIT) } } }"),
        RuleCase("{ dog { x: doesKnowCommand(dogCommand: SIT) ... on Pet { ... on Dog { x: doesKnowCommand(dogCommand: DOWN) } } } }",
                 [conflict("x", "they have differing arguments")]),
    ]

    @Test("each case reports exactly its conflicts", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(OverlappingFieldsCanBeMerged(), example.source, example.messages)
    }
}
