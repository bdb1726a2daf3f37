import Testing
@testable import GraphQLEngine

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
