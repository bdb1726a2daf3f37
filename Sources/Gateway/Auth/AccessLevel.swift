import Domain
import GraphQLEngine
import GraphQLLanguage

/// Who may ask for something: anyone, a signed-in user, or an admin. Routes declare it in the
/// route table (`auth:`); GraphQL types and fields declare it in the SDL with
///
///     directive @auth(requires: Access! = USER) on OBJECT | FIELD_DEFINITION
///
/// so both doors share one rule: a route may not be looser than the fields its document reads.
public enum AccessLevel: String, Sendable, CaseIterable, Comparable {
    case none
    case user
    case admin

    public static func < (lhs: AccessLevel, rhs: AccessLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether `viewer` may ask for what needs this level.
    func admits(_ viewer: Viewer?) -> Bool {
        switch self {
        case .none: true
        case .user: viewer != nil
        case .admin: viewer?.isAdmin == true
        }
    }

    /// Why `viewer` may not: 401 without a user, 403 for a user without the role.
    func refusal(for viewer: Viewer?) -> (code: String, message: String)? {
        if admits(viewer) { return nil }
        return viewer == nil
            ? ("AUTHENTICATION_REQUIRED", "This operation needs a bearer token.")
            : ("PERMISSION_DENIED", "This operation is for admins.")
    }

    /// The level an `@auth` directive among `directives` asks for; `.none` without one.
    static func declared(by directives: [Directive]) -> AccessLevel {
        guard let directive = directives.first(where: { $0.name.value == "auth" }) else { return .none }
        guard let argument = directive.arguments.first(where: { $0.name.value == "requires" }) else { return .user }
        if case .enumValue(let name) = argument.value.kind, let level = AccessLevel(rawValue: name.lowercased()) {
            return level
        }
        return .user
    }

    /// The highest level any field `operation` selects asks for, through fragments: a field
    /// needs its own `@auth` and that of the type it is selected on.
    public static func required(by operation: OperationDefinition, in document: Document, schema: Schema) -> AccessLevel {
        var fragments: [String: FragmentDefinition] = [:]
        for fragment in document.fragments where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        var visited: Set<String> = []
        func level(of selectionSet: SelectionSet, on parent: SchemaType?) -> AccessLevel {
            var highest = AccessLevel.none
            for selection in selectionSet.selections {
                switch selection {
                case .field(let field):
                    guard let parent, !field.name.value.hasPrefix("__"),
                          let definition = schema.fieldDefinition(named: field.name.value, on: parent) else { continue }
                    highest = max(highest, declared(by: parent.directives), declared(by: definition.directives))
                    if let inner = field.selectionSet {
                        highest = max(highest, level(of: inner, on: schema[typeNamed: definition.type.namedType.value]))
                    }
                case .inlineFragment(let fragment):
                    let type = fragment.typeCondition.flatMap { schema[typeNamed: $0.value] } ?? parent
                    highest = max(highest, level(of: fragment.selectionSet, on: type))
                case .fragmentSpread(let spread):
                    guard visited.insert(spread.name.value).inserted, let fragment = fragments[spread.name.value] else { continue }
                    highest = max(highest, level(of: fragment.selectionSet, on: schema[typeNamed: fragment.typeCondition.value]))
                }
            }
            return highest
        }
        return level(of: operation.selectionSet, on: schema.rootType(for: operation.operation))
    }
}
