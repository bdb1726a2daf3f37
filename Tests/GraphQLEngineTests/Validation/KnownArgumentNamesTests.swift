import Testing
@testable import GraphQLEngine

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
