import Foundation
@testable import GraphQLEngine
import GraphQLLanguage
import Testing

/// The walker calls a rule only for the events it lists: a method left off the list would
/// silently never run. This reads each rule's source and holds the list to its methods.
@Suite("Validation: rule events")
struct RuleEventsTests {
    @Test("every rule lists exactly the walk events it implements")
    func eventsMatchMethods() throws {
        let repository = URL(filePath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        for folder in ["Sources/GraphQLEngine/Validation/Rules", "Sources/GraphQLEngine/Validation/Limits"] {
            let directory = repository.appending(path: folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path()) where name.hasSuffix(".swift") {
                let text = try String(contentsOf: directory.appending(path: name), encoding: .utf8)
                guard text.contains(": ValidationRule {") else { continue }
                let declared = try #require(text.firstMatch(of: /static let events: ValidationEvents = \[([^\]]*)\]/), "\(name) lists no events")
                let listed = Set(declared.1.split(separator: ",").map { String($0.trimmingCharacters(in: .whitespaces).dropFirst()) })
                let implemented = Set(text.matches(of: /\n    (?:mutating )?func ((?:enter|leave)\w+)\(/).map { String($0.1) })
                #expect(listed == implemented, "\(name): listed \(listed.sorted()), implemented \(implemented.sorted())")
                checked += 1
            }
        }
        #expect(checked == ValidationRules.specified().count + ValidationRules.limits().count)
    }

    @Test("the walker tells a rule only the events it lists")
    func onlyListedEvents() throws {
        final class Log: @unchecked Sendable {  // one test, one thread
            var calls: [String] = []
        }
        struct FieldsOnly: ValidationRule {
            static let events: ValidationEvents = [.enterField]
            let log: Log
            func enterField(_ field: Field, _ context: ValidationContext) { log.calls.append("field \(field.name.value)") }
            func enterSelectionSet(_ selectionSet: SelectionSet, _ context: ValidationContext) { log.calls.append("selection set") }
        }
        let log = Log()
        let document = try Document.parse("{ dog { name } }")
        var walker = DocumentWalker(rules: [FieldsOnly(log: log)], context: ValidationContext(schema: ValidationHarness.schema, document: document))
        walker.walk(document)
        #expect(log.calls == ["field dog", "field name"])
    }
}
