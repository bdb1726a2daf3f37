@testable import GraphQLEngine
import Testing

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

@Suite("Validation: known argument names, case by case")
struct KnownArgumentNamesCases {
    static let cases: [RuleCase] = [
        RuleCase("fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }"),
        RuleCase("fragment multipleArgs on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) }"),
        RuleCase("fragment argOnUnknownField on Dog { unknownField(unknownArg: SIT) }"),
        RuleCase("fragment multipleArgsReverseOrder on ComplicatedArgs { multipleReqs(req2: 2, req1: 1) }"),
        RuleCase("fragment noArgOnOptionalArg on Dog { isHouseTrained }"),
        RuleCase("{ dog { isHouseTrained(atOtherHomes: true) } human { pets { ... on Dog { isHouseTrained(atOtherHomes: true) } } } }"),
        RuleCase("{ dog @skip(if: true) }"),
        RuleCase("{ dog @onField }"),
        RuleCase("{ dog @skip(unless: true) }", ["Unknown argument \"unless\" on directive \"@skip\"."]),
        RuleCase("{ dog @onField(if: true) }", ["Unknown argument \"if\" on directive \"@onField\"."]),
        RuleCase("{ dog @skip(iff: true) }", ["Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?"]),
        RuleCase("fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }", ["Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\"."]),
        RuleCase("fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }", ["Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?"]),
        RuleCase("fragment invalidArgName on Dog { doesKnowCommand(dogcommand: true) }", ["Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?"]),
        RuleCase("fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }", [
            "Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".",
            "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".",
        ]),
        RuleCase("{ dog { doesKnowCommand(unknown: true) } human { pets { ... on Dog { doesKnowCommand(unknown: true) } } } }", [
            "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".",
            "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".",
        ]),
        RuleCase("{ dog { name(surname: true) } __type(name: \"Dog\") { fields(includeDeprecated: true) { name } } }"),
        RuleCase("{ __type(name: \"Dog\") { fields(includeDeprecatedd: true) { name } } }", ["Unknown argument \"includeDeprecatedd\" on field \"__Type.fields\". Did you mean \"includeDeprecated\"?"]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(KnownArgumentNames(), example.source, example.messages)
    }
}
