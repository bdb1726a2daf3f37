import Foundation
@testable import GraphQLEngine
import GraphQLLanguage
import Testing

/// The schema the validation conformance corpus uses, and helpers that state what a document's
/// validation must report: each error as `line:column message` (every location, in order).
enum ValidationHarness {
    static let schema: Schema = {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Conformance/validation/schema/schema.graphql")
        guard let text = try? String(contentsOf: file, encoding: .utf8), let schema = try? Schema.build(sdl: text) else {
            preconditionFailure("the validation test schema does not load")
        }
        return schema
    }()

    static func errors(_ source: String, rule: (any ValidationRule)? = nil) -> [String] {
        guard let document = try? Document.parse(source) else { return ["does not parse"] }
        let found: [GraphQLError]
        if let rule {
            let context = ValidationContext(schema: schema, document: document)
            var walker = DocumentWalker(rules: [rule], context: context)
            walker.walk(document)
            found = context.errors
        } else {
            found = Validator.validate(document, against: schema)
        }
        return found.map { error in
            error.locations.map { "\($0.line):\($0.column)" }.joined(separator: ",") + " " + error.message
        }
    }
}

/// The rule alone accepts the document.
func expectValid(_ rule: any ValidationRule, _ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(ValidationHarness.errors(source, rule: rule) == [], sourceLocation: sourceLocation)
}

/// The rule alone reports exactly these errors (`line:column message`).
func expectErrors(_ rule: any ValidationRule, _ source: String, _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(ValidationHarness.errors(source, rule: rule) == expected, sourceLocation: sourceLocation)
}

/// The rule alone reports exactly these messages, in order (locations are checked elsewhere).
func expectMessages(_ rule: any ValidationRule, _ source: String, _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let messages = ValidationHarness.errors(source, rule: rule).map { String($0.drop(while: { $0 != " " }).dropFirst()) }
    #expect(messages == expected, sourceLocation: sourceLocation)
}

/// A validation case: a document and the messages a rule must report for it (none: valid).
struct RuleCase: Sendable, CustomTestStringConvertible {
    var source: String
    var messages: [String]

    init(_ source: String, _ messages: [String] = []) {
        self.source = source
        self.messages = messages
    }

    var testDescription: String { source }
}
