import Foundation
import Testing

/// The `axisor` tool as a user runs it: output, messages and exit status.
@Suite("axisor command line")
struct CommandLineTests {
    private func run(_ arguments: [String]) throws -> AxisorProcess.Run {
        try AxisorProcess.run(arguments)
    }

    private func temporaryDirectory(files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test("parse prints the canonical document and exits 0")
    func parsePrints() throws {
        let directory = try temporaryDirectory(files: ["q.graphql": "query Q{a(x:1){b}}"])
        let result = try run(["parse", directory.appendingPathComponent("q.graphql").path])
        #expect(result.status == 0)
        #expect(result.output == "query Q {\n  a(x: 1) {\n    b\n  }\n}\n")
    }

    @Test("parse reports FILE:LINE:COLUMN and exits 1 on a syntax error")
    func parseFails() throws {
        let directory = try temporaryDirectory(files: ["bad.graphql": "{\n  a(x: 01)\n}"])
        let path = directory.appendingPathComponent("bad.graphql").path
        let result = try run(["parse", path])
        #expect(result.status == 1)
        #expect(result.errors == "\(path):2:9: Syntax Error: Invalid number, unexpected digit after 0: \"1\".\n")
    }

    @Test("parse of a missing file says so")
    func parseMissingFile() throws {
        let result = try run(["parse", "/nonexistent/file.graphql"])
        #expect(result.status != 0)
        #expect(result.errors.contains("cannot read /nonexistent/file.graphql"))
    }

    @Test("schema check accepts a valid folder and reports every problem of an invalid one")
    func schemaCheck() throws {
        let valid = try temporaryDirectory(files: [
            "a.graphql": "type Query { me: User }",
            "b.graphql": "type User { id: ID! }",
        ])
        let ok = try run(["schema", "check", valid.path])
        #expect(ok.status == 0)
        #expect(ok.output.contains("schema is valid (2 types)"))

        let invalid = try temporaryDirectory(files: [
            "a.graphql": "type Query { me: Missing }",
            "b.graphql": "union U = Query | Query",
        ])
        let bad = try run(["schema", "check", invalid.path])
        #expect(bad.status == 1)
        #expect(bad.errors == """
            \(invalid.path)/a.graphql:1:18: Unknown type "Missing".
            \(invalid.path)/b.graphql:1:1: Union type U can only include type Query once.
            2 problems in \(invalid.path)

            """)
    }

    @Test("schema print merges the files of a folder into one SDL document")
    func schemaPrint() throws {
        let directory = try temporaryDirectory(files: [
            "a.graphql": "type Query { me: User }",
            "b.graphql": "type User { id: ID! }\nextend type Query { version: String }",
        ])
        let result = try run(["schema", "print", directory.path])
        #expect(result.status == 0)
        #expect(result.output == "type Query {\n  me: User\n  version: String\n}\n\ntype User {\n  id: ID!\n}\n")
    }
}
