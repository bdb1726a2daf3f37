@testable import GraphQLEngine
import Testing

@Suite("Validation: leaf field selections")
struct ScalarLeafsTests {
    @Test("leaves without selections, composites with them") func valid() {
        expectValid(ScalarLeafs(), "{ dog { name owner { name } } catOrDog { __typename } }")
    }

    @Test("a composite field without a selection") func missingSelection() {
        expectErrors(ScalarLeafs(), "{ human\n dog { owner } }", [
            "1:3 Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?",
            "2:8 Field \"owner\" of type \"Human\" must have a selection of subfields. Did you mean \"owner { ... }\"?",
        ])
    }

    @Test("a leaf field with a selection") func leafSelection() {
        expectErrors(ScalarLeafs(), "{ dog { barks { since } } cat { furColor { hex } } }", [
            "1:15 Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.",
            "1:42 Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.",
        ])
    }
}

@Suite("Validation: leaf field selections, case by case")
struct ScalarLeafsCases {
    static let cases: [RuleCase] = [
        RuleCase("fragment scalarSelection on Dog { barks }"),
        RuleCase("query directQueryOnObjectWithoutSubFields { human }", ["Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?"]),
        RuleCase("query directQueryOnInterfaceWithoutSubFields { pet }", ["Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?"]),
        RuleCase("query directQueryOnUnionWithoutSubFields { catOrDog }", ["Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?"]),
        RuleCase("fragment scalarSelectionWithArgs on Dog { doesKnowCommand(dogCommand: SIT) }"),
        RuleCase("fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }", ["Field \"barks\" must not have a selection since type \"Boolean\" has no subfields."]),
        RuleCase("fragment scalarSelectionsNotAllowedOnEnum on Cat { furColor { inHexDec } }", ["Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields."]),
        RuleCase("fragment scalarSelectionsNotAllowedWithArgs on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }", ["Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields."]),
        RuleCase("fragment scalarSelectionsNotAllowedWithDirectives on Dog { name @include(if: true) { isAlsoHumanName } }", ["Field \"name\" must not have a selection since type \"String\" has no subfields."]),
        RuleCase("fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog { doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen } }", ["Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields."]),
        RuleCase("{ human { relatives } }", ["Field \"relatives\" of type \"[Human!]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?"]),
        RuleCase("{ __schema }", ["Field \"__schema\" of type \"__Schema!\" must have a selection of subfields. Did you mean \"__schema { ... }\"?"]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(ScalarLeafs(), example.source, example.messages)
    }
}
