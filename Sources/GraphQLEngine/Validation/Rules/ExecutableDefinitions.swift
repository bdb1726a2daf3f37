import GraphQLLanguage

/// Executable Definitions (spec §5.1.1): a document sent for execution holds only operations and
/// fragments.
struct ExecutableDefinitions: ValidationRule {
    static let events: ValidationEvents = [.enterDocument]

    func enterDocument(_ document: Document, _ context: ValidationContext) {
        for definition in document.definitions where !definition.isExecutable {
            let name: String = switch definition {
            case .schema, .schemaExtension: "schema"
            case .type(let type), .typeExtension(let type): "\"\(type.name.value)\""
            case .directive(let directive): "\"\(directive.name.value)\""
            case .operation, .fragment: ""
            }
            context.report("The \(name) definition is not executable.", at: definition.span)
        }
    }
}
