import Testing
@testable import GraphQLEngine

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
