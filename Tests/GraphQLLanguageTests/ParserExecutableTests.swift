import GraphQLLanguage
import Testing

/// Every production of the executable grammar (spec §2) parses to the AST it describes.
@Suite("Parser: executable documents")
struct ParserExecutableTests {
    private func operation(_ source: String) throws -> OperationDefinition {
        try #require(try Document.parse(source).operations.first)
    }

    private func firstField(_ source: String) throws -> Field {
        guard case .field(let field) = try operation(source).selectionSet.selections.first else {
            Issue.record("no field")
            throw SyntaxError("no field", at: SourceLocation(line: 0, column: 0), offset: 0)
        }
        return field
    }

    @Test("the shorthand form is an anonymous query")
    func shorthand() throws {
        let query = try operation("{ a }")
        #expect(query.operation == .query)
        #expect(query.name == nil)
        #expect(query.isShorthand)
    }

    @Test("operation types, names, variables and directives")
    func operations() throws {
        let document = try Document.parse("""
            query Q($id: ID!, $n: Int = 10 @d) @live { a }
            mutation M { b }
            subscription S { c }
            """)
        #expect(document.operations.map(\.operation) == [.query, .mutation, .subscription])
        #expect(document.operations.map { $0.name?.value } == ["Q", "M", "S"])
        let query = document.operations[0]
        #expect(query.variableDefinitions.map(\.variable.value) == ["id", "n"])
        #expect(query.variableDefinitions[0].type == .nonNull(.named("ID"), span: .synthesized))
        #expect(query.variableDefinitions[1].defaultValue?.kind == .int("10"))
        #expect(query.variableDefinitions[1].directives.map(\.name.value) == ["d"])
        #expect(query.directives.map(\.name.value) == ["live"])
    }

    @Test("operations, variables and fragments take descriptions")
    func descriptions() throws {
        let document = try Document.parse("""
            "Who am I" query Me("the id" $id: ID) { a }
            \"\"\"Shared\"\"\" fragment F on T { b }
            """)
        let query = try #require(document.operations.first)
        #expect(query.description == StringLiteral("Who am I"))
        #expect(query.variableDefinitions[0].description?.value == "the id")
        #expect(document.fragments.first?.description == StringLiteral("Shared", isBlock: true))
    }

    @Test("fields with aliases, arguments, directives and selections")
    func fields() throws {
        let field = try firstField("{ me: user(id: 4) @include(if: $x) { name } }")
        #expect(field.alias?.value == "me")
        #expect(field.name.value == "user")
        #expect(field.responseKey == "me")
        #expect(field.arguments == [Argument(name: "id", value: Value(.int("4")))])
        #expect(field.directives == [Directive(name: "include", arguments: [Argument(name: "if", value: Value(.variable("x")))])])
        #expect(field.selectionSet?.selections == [.field(Field(name: "name"))])
    }

    @Test("every kind of value literal")
    func values() throws {
        let field = try firstField(#"{ f(a: 1, b: -2.5e3, c: "s", d: """b""", e: true, f: false, g: null, h: RED, i: $v, j: [1, [2]], k: {x: {y: 1}}, l: [], m: {}) }"#)
        #expect(field.arguments.map(\.value.kind) == [
            .int("1"), .float("-2.5e3"), .string("s", isBlock: false), .string("b", isBlock: true),
            .boolean(true), .boolean(false), .null, .enumValue("RED"), .variable("v"),
            .list([Value(.int("1")), Value(.list([Value(.int("2"))]))]),
            .object([ObjectField(name: "x", value: Value(.object([ObjectField(name: "y", value: Value(.int("1")))])))]),
            .list([]), .object([]),
        ])
        #expect(!field.arguments[8].value.isConstant)
        #expect(field.arguments[9].value.isConstant)
    }

    @Test("fragment spreads, inline fragments with and without type conditions")
    func fragments() throws {
        let query = try operation("{ ...F @d ... on T { a } ... @skip(if: true) { b } }")
        #expect(query.selectionSet.selections == [
            .fragmentSpread(FragmentSpread(name: "F", directives: [Directive(name: "d")])),
            .inlineFragment(InlineFragment(typeCondition: "T", selectionSet: SelectionSet([.field(Field(name: "a"))]))),
            .inlineFragment(InlineFragment(
                directives: [Directive(name: "skip", arguments: [Argument(name: "if", value: Value(.boolean(true)))])],
                selectionSet: SelectionSet([.field(Field(name: "b"))])
            )),
        ])
    }

    @Test("fragment definitions")
    func fragmentDefinition() throws {
        let fragment = try #require(try Document.parse("fragment F on User @d { id }").fragments.first)
        #expect(fragment.name.value == "F")
        #expect(fragment.typeCondition.value == "User")
        #expect(fragment.directives.map(\.name.value) == ["d"])
    }

    @Test("list and non-null type references nest")
    func typeReferences() throws {
        let type = try TypeReference.parse("[[Int!]]!")
        #expect(type.description == "[[Int!]]!")
        #expect(type.namedType.value == "Int")
        #expect(type.isNonNull)
    }

    @Test("keywords are ordinary names where a name is expected")
    func keywordsAsNames() throws {
        let document = try Document.parse("query query { query: mutation(on: fragment) { ...on1 } } fragment on1 on on { type }")
        #expect(document.operations.first?.name?.value == "query")
        #expect(document.fragments.first?.typeCondition.value == "on")
    }

    @Test("nodes know where they were written")
    func spans() throws {
        let document = try Document.parse("query Q {\n  user(id: \"é\") {\n    name\n  }\n}")
        let query = try #require(document.operations.first)
        #expect(query.span.start == SourceLocation(line: 1, column: 1))
        #expect(query.span.endOffset == document.span.endOffset)
        guard case .field(let user) = query.selectionSet.selections[0],
              case .field(let name) = user.selectionSet?.selections[0] else {
            Issue.record("unexpected shape")
            return
        }
        #expect(user.span.start == SourceLocation(line: 2, column: 3))
        #expect(user.arguments[0].value.span.start == SourceLocation(line: 2, column: 12))
        #expect(name.span.start == SourceLocation(line: 3, column: 5))
        #expect(name.name.span.startOffset == 33)
        #expect(name.span.endOffset == 37)
    }

    @Test("a standalone value parses, constant or not")
    func standaloneValue() throws {
        #expect(try Value.parse("{a: [1, $b]}").isConstant == false)
        #expect(throws: SyntaxError.self) { try Value.parse("$b", constant: true) }
        #expect(throws: SyntaxError.self) { try Value.parse("1 2") }
    }
}
