import Testing
@testable import GraphQLEngine

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
