@testable import GraphQLEngine
import Testing

@Suite("Validation: operation name uniqueness")
struct UniqueOperationNamesTests {
    @Test("different names, anonymous operations and fragments of the same name") func valid() {
        expectValid(UniqueOperationNames(), "query A { dog { name } } query B { dog { name } }")
        expectValid(UniqueOperationNames(), "query Foo { dog { ...Foo } } fragment Foo on Dog { name }")
        expectValid(UniqueOperationNames(), "{ dog { name } }")
    }

    @Test("a repeated name, whatever the operation kinds") func invalid() {
        expectErrors(UniqueOperationNames(), "query A { dog { name } }\nmutation A { adoptDog(name: \"x\") { name } }", [
            "1:7,2:10 There can be only one operation named \"A\".",
        ])
        expectErrors(UniqueOperationNames(), "query A { a: dog { name } } query A { b: dog { name } } subscription A { newDog { name } }", [
            "1:7,1:35 There can be only one operation named \"A\".",
            "1:7,1:70 There can be only one operation named \"A\".",
        ])
    }
}

@Suite("Validation: operation name uniqueness, case by case")
struct UniqueOperationNamesCases {
    static let cases: [RuleCase] = [
        RuleCase("fragment fragA on Type { field }"),
        RuleCase("{ field }"),
        RuleCase("query Foo { field }"),
        RuleCase("query Foo { field } query Bar { field }"),
        RuleCase("query Foo { field } mutation Bar { field } subscription Baz { field }"),
        RuleCase("query Foo { ...Foo } fragment Foo on Type { field }"),
        RuleCase("query Foo { fieldA } query Foo { fieldB }", ["There can be only one operation named \"Foo\"."]),
        RuleCase("query Foo { fieldA } mutation Foo { fieldB }", ["There can be only one operation named \"Foo\"."]),
        RuleCase("query Foo { fieldA } subscription Foo { fieldB }", ["There can be only one operation named \"Foo\"."]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(UniqueOperationNames(), example.source, example.messages)
    }
}
