@testable import GraphQLEngine
import GraphQLLanguage
import Testing

@Suite("Objects written as JSON where they are read")
struct WrittenJSONTests {
    typealias Fixture = ExecutionFixture

    /// The same executable schema, writing objects read at once as JSON.
    static func writing(_ executor: Executor) -> Executor {
        Executor(executor.executable, writesObjectsAsJSON: true)
    }

    /// Runs `query` both ways: the answers (bytes, errors and their paths) must not differ.
    static func expectSameAnswer(_ executor: Executor, _ query: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let built = try await Fixture.run(executor, query)
        let written = try await Fixture.run(writing(executor), query)
        #expect(written.response.json == built.response.json, sourceLocation: sourceLocation)
        #expect(written.errors == built.errors, sourceLocation: sourceLocation)
    }

    @Test("one object, objects of a list and objects below them: the bytes the built objects write")
    func sameBytes() async throws {
        let things = try ExecutorTests.thingExecutor(ExecutorTests.Thing(kind: "SMALL", count: 3, inner: ExecutorTests.Detail(size: 4)))
        let items = try ExecutorTests.itemExecutor()
        for query in ["{ thing { __typename kind maybeKind count inner { size } maybeInner { size } } }", "{ things { kind count inner { size } } }"] {
            try await Self.expectSameAnswer(things, query)
        }
        for query in [
            "{ one { __typename id name code detail { size } maybe { size } } many { __typename id name code detail { size } } }",
            "{ a: one { id } b: one { code id } many { name } }",
            "{ one { late maybe { size } detail { size } } many { id late detail { size } } }",
        ] {
            try await Self.expectSameAnswer(items, query)
        }
        let written = try await Fixture.run(Self.writing(items), "{ one { id detail { size } } many { name } }")
        guard case .json(let one)? = written.data?["one"], case .list(let many)? = written.data?["many"] else {
            Issue.record("the objects were not written as JSON: \(String(describing: written.data))")
            return
        }
        #expect(String(decoding: one.bytes, as: UTF8.self) == #"{"id":"i1","detail":{"size":7}}"#)
        // Below a level that resolves (`late` may wait), an object read at once is written too.
        let below = try await Fixture.run(Self.writing(items), "{ one { late maybe { size } } }")
        guard case .object(let level)? = below.data?["one"], case .json(let maybe)? = level["maybe"] else {
            Issue.record("the object below was not written as JSON: \(String(describing: below.data))")
            return
        }
        #expect(String(decoding: maybe.bytes, as: UTF8.self) == #"{"size":7}"#)
        #expect(many == [.json(WrittenJSON(bytes: Array(#"{"name":null}"#.utf8))), .json(WrittenJSON(bytes: Array(#"{"name":"second"}"#.utf8)))])
    }

    @Test("a value not written as read (coerced, refused, null where it may not be) takes the general path, with its errors")
    func generalPathWhenNotPlain() async throws {
        let coerced = try ExecutorTests.thingExecutor(ExecutorTests.Thing(kind: "SMALL", count: 3, inner: nil))
        try await Self.expectSameAnswer(coerced, "{ thing { ratio count } things { ratio } }")
        let unknown = try ExecutorTests.thingExecutor(ExecutorTests.Thing(kind: "HUGE", count: 1 << 40, inner: nil))
        for query in [
            "{ thing { __typename maybeKind } }",
            "{ thing { __typename kind } }",
            "{ thing { maybeInner { size } } again: thing { inner { size } } }",
            "{ things { kind } }",
        ] {
            try await Self.expectSameAnswer(unknown, query)
        }
        let items = try ExecutorTests.itemExecutor()
        try await Self.expectSameAnswer(items, "{ one { id maybe { bad } } two: one { detail { bad } } many { detail { bad } } }")
        // A failing object is built, not written: its null is in the tree.
        let failing = try await Fixture.run(Self.writing(items), "{ two: one { detail { bad } } }")
        #expect(failing.data == ResponseObject(["two": nil]))
    }

    @Test("objects whose fields resolve (arguments, batches, unions) are built as before")
    func resolvedFieldsAreBuilt() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        for query in [
            #"{ user(id: "u0") { id name plan score payments { id amount currency } } }"#,
            "{ users(limit: 2) { id payments(status: \"completed\") { amount } } }",
            #"{ search(text: "u") { __typename ... on User { id } ... on Payment { amount } } }"#,
            #"{ user(id: "u0") { id broken } users(limit: 1) { id } }"#,
        ] {
            try await Self.expectSameAnswer(executor, query)
        }
    }

    @Test("an envelope spreads a written object's members as it spreads a built one's")
    func spreadMembers() {
        func envelope(_ spread: ResponseValue) -> String {
            var object = JSONObjectWriter()
            object.append("success", true)
            switch spread {
            case .json(let written): object.appendMembers(of: written)
            case .object(let built): for index in 0..<built.count { object.append(built.keys[index], built.values[index]) }
            default: Issue.record("not an object")
            }
            return object.withObjectBytes { String(decoding: $0, as: UTF8.self) }
        }
        let built: ResponseValue = ["token": "t", "user": ["id": "u1"]]
        #expect(envelope(.json(WrittenJSON(bytes: built.jsonBytes))) == envelope(built))
        #expect(envelope(.json(WrittenJSON(bytes: Array("{}".utf8)))) == #"{"success":true}"#)
        var alone = JSONObjectWriter()
        alone.appendMembers(of: WrittenJSON(bytes: built.jsonBytes))
        #expect(alone.withObjectBytes { String(decoding: $0, as: UTF8.self) } == built.json)
    }
}
