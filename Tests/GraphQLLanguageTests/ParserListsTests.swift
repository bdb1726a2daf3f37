import GraphQLLanguage
import Testing

/// Lists inside lists (selections, arguments, list and object values) are gathered on shared
/// stacks while they are open and names come from a cache: every list must still get exactly its
/// own items, and every name its own text.
@Suite("Parser: nested lists and repeated names")
struct ParserListsTests {
    private func fields(_ selections: [Selection]) -> [Field] {
        selections.compactMap { if case .field(let field) = $0 { field } else { nil } }
    }

    @Test("lists nested in lists of every kind keep their own items, in order")
    func nestedLists() throws {
        let document = try Document.parse("""
            { a(x: [[1, 2], [], [3, [4, 5]]], y: {p: [{q: 1}, {q: 2, r: {s: []}}]}, z: {}) { b { c d } e } f(k: 1) }
            """)
        let top = fields(try #require(document.operations.first).selectionSet.selections)
        #expect(top.map(\.name.value) == ["a", "f"])
        let a = top[0]
        #expect(a.arguments.map(\.name.value) == ["x", "y", "z"])
        #expect(a.arguments[0].value.kind == .list([
            Value(.list([Value(.int("1")), Value(.int("2"))])),
            Value(.list([])),
            Value(.list([Value(.int("3")), Value(.list([Value(.int("4")), Value(.int("5"))]))])),
        ]))
        #expect(a.arguments[1].value.kind == .object([
            ObjectField(name: "p", value: Value(.list([
                Value(.object([ObjectField(name: "q", value: Value(.int("1")))])),
                Value(.object([
                    ObjectField(name: "q", value: Value(.int("2"))),
                    ObjectField(name: "r", value: Value(.object([ObjectField(name: "s", value: Value(.list([])))]))),
                ])),
            ]))),
        ]))
        #expect(a.arguments[2].value.kind == .object([]))
        let inner = fields(try #require(a.selectionSet).selections)
        #expect(inner.map(\.name.value) == ["b", "e"])
        #expect(fields(try #require(inner[0].selectionSet).selections).map(\.name.value) == ["c", "d"])
        #expect(top[1].arguments.map(\.name.value) == ["k"])
    }

    @Test("a selection set of thousands of fields, deeper than any stack's first capacity")
    func largeLists() throws {
        let names = (0..<3_000).map { "field\($0)" }
        let source = "{ " + names.joined(separator: " ") + " { x(a: [" + (0..<500).map(String.init).joined(separator: ", ") + "]) } }"
        let top = fields(try #require(try Document.parse(source).operations.first).selectionSet.selections)
        #expect(top.map(\.name.value) == names)
        let x = fields(try #require(top.last?.selectionSet).selections)[0]
        #expect(x.arguments[0].value.kind == .list((0..<500).map { Value(.int(String($0))) }))
    }

    @Test("a document that fails inside open lists leaves nothing behind for the next parse")
    func failureInsideOpenLists() throws {
        #expect(throws: SyntaxError.self) { try Document.parse("{ a(x: [1, {y: [2, 3") }
        #expect(throws: SyntaxError.self) { try Document.parse("{ a { b { c(x: 1) d") }
        let field = fields(try Document.parse("{ a(x: [1]) { b } }").operations[0].selectionSet.selections)[0]
        #expect(field.arguments.map(\.name.value) == ["x"])
        #expect(field.selectionSet?.selections.count == 1)
    }

    @Test("long names that agree in their first and last bytes and their length stay apart")
    func longNamesThatLookAlike() throws {
        let first = "abcdefghijklmnop" + "X" + "qrstuvwx"
        let second = "abcdefghijklmnop" + "Y" + "qrstuvwx"
        let source = "{ \(first) \(second) \(first) \(second) ab \(String(repeating: "z", count: 100)) }"
        let names = fields(try Document.parse(source).operations[0].selectionSet.selections).map(\.name.value)
        #expect(names == [first, second, first, second, "ab", String(repeating: "z", count: 100)])
    }

    @Test("many more distinct names than the name cache has slots")
    func manyDistinctNames() throws {
        let names = (0..<20_000).map { "n\(String($0 * 7_919, radix: 36))_\($0 % 13)" }
        let source = "{ " + names.joined(separator: " ") + " " + names.reversed().joined(separator: " ") + " }"
        let parsed = fields(try Document.parse(source).operations[0].selectionSet.selections).map(\.name.value)
        #expect(parsed == names + names.reversed())
    }
}
