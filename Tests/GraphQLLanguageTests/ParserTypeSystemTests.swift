import GraphQLLanguage
import Testing

/// Every type-system definition and extension (spec §3) parses to the AST it describes.
@Suite("Parser: type-system documents")
struct ParserTypeSystemTests {
    private func definition(_ source: String) throws -> Definition {
        try #require(try Document.parse(source).definitions.first)
    }

    @Test("schema definition with description, directives and root types")
    func schema() throws {
        guard case .schema(let schema) = try definition(#""The API" schema @d { query: Q mutation: M }"#) else {
            Issue.record("not a schema definition")
            return
        }
        #expect(schema.description?.value == "The API")
        #expect(schema.directives.map(\.name.value) == ["d"])
        #expect(schema.operationTypes.map(\.operation) == [.query, .mutation])
        #expect(schema.operationTypes.map(\.type.value) == ["Q", "M"])
    }

    @Test("object types implement interfaces, with or without a leading ampersand")
    func objectType() throws {
        guard case .type(.object(let object)) = try definition("type User implements & Node & Entity @key { id: ID! friends(first: Int = 10): [User] }") else {
            Issue.record("not an object type")
            return
        }
        #expect(object.interfaces.map(\.value) == ["Node", "Entity"])
        #expect(object.fields.map(\.name.value) == ["id", "friends"])
        #expect(object.fields[1].arguments == [InputValueDefinition(name: "first", type: .named("Int"), defaultValue: Value(.int("10")))])
        #expect(object.fields[1].type.description == "[User]")
    }

    @Test("interfaces implement interfaces")
    func interfaceType() throws {
        guard case .type(.interface(let interface)) = try definition("interface Resource implements Node { id: ID! }") else {
            Issue.record("not an interface")
            return
        }
        #expect(interface.interfaces.map(\.value) == ["Node"])
    }

    @Test("unions accept a leading pipe")
    func unionType() throws {
        guard case .type(.union(let union)) = try definition("union R = | A | B") else {
            Issue.record("not a union")
            return
        }
        #expect(union.members.map(\.value) == ["A", "B"])
    }

    @Test("enums, input objects with @oneOf, scalars")
    func otherTypes() throws {
        let document = try Document.parse("""
            enum Plan { FREE "paid" PRO @deprecated }
            input Selector @oneOf { id: ID name: String = "x" }
            scalar DateTime @specifiedBy(url: "https://example.com")
            """)
        guard case .type(.enumeration(let plan)) = document.definitions[0],
              case .type(.inputObject(let selector)) = document.definitions[1],
              case .type(.scalar(let dateTime)) = document.definitions[2] else {
            Issue.record("unexpected definitions")
            return
        }
        #expect(plan.values.map(\.name.value) == ["FREE", "PRO"])
        #expect(plan.values[1].description?.value == "paid")
        #expect(selector.directives.map(\.name.value) == ["oneOf"])
        #expect(selector.fields.map(\.name.value) == ["id", "name"])
        #expect(dateTime.directives.first?.arguments.first?.value.kind == .string("https://example.com", isBlock: false))
    }

    @Test("directive definitions with arguments, repeatable and locations")
    func directiveDefinition() throws {
        guard case .directive(let directive) = try definition("directive @tag(name: String!) repeatable on | OBJECT | FIELD_DEFINITION") else {
            Issue.record("not a directive definition")
            return
        }
        #expect(directive.name.value == "tag")
        #expect(directive.isRepeatable)
        #expect(directive.locations.map(\.location) == [.object, .fieldDefinition])
        #expect(directive.arguments.map(\.name.value) == ["name"])
    }

    @Test("every extension form", arguments: [
        "extend schema @d", "extend schema { subscription: S }", "extend scalar S @d",
        "extend type T implements I", "extend type T @d", "extend type T { f: Int }",
        "extend interface I implements J", "extend interface I { f: Int }", "extend union U = A | B",
        "extend union U @d", "extend enum E { X }", "extend enum E @d", "extend input I { f: Int }", "extend input I @d",
    ])
    func extensions(source: String) throws {
        let parsed = try definition(source)
        switch parsed {
        case .schemaExtension, .typeExtension: break
        default: Issue.record("\(source) did not parse as an extension")
        }
        let document = try Document.parse(source)
        #expect(try Document.parse(Printer.print(document)) == document)
    }

    @Test("an extension must add something", arguments: [
        "extend schema", "extend scalar S", "extend type T", "extend interface I", "extend union U",
        "extend enum E", "extend input I",
    ])
    func emptyExtensions(source: String) throws {
        let error = try #require(throws: SyntaxError.self) { try Document.parse(source) }
        #expect(error.message == "Syntax Error: Unexpected <EOF>.")
    }
}
