import GraphQLEngine
import GraphQLLanguage

/// Turns one YAML entry of the route table into a checked `Route`.
enum RouteParser {
    struct Problems: Error {
        var problems: [String]
    }

    static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE"]

    static func route(from entry: [String: Any], schema: Schema, limits: QueryLimits) -> Result<RouteTable.Route, Problems> {
        var problems: [String] = []
        let method = (entry["method"] as? String)?.uppercased() ?? ""
        if !methods.contains(method) { problems.append("method must be one of \(methods.sorted().joined(separator: ", "))") }
        let path = entry["path"] as? String ?? ""
        if !path.hasPrefix("/api/") { problems.append("path must start with /api/") }
        let authName = entry["auth"] as? String ?? "user"
        let auth = RouteTable.Route.Auth(rawValue: authName)
        if auth == nil { problems.append("auth must be one of none, user, admin, not \"\(authName)\"") }
        let rateClass = entry["rate"] as? String ?? "default"
        let notFoundKey = entry["notFound"] as? String
        let spreadKey = entry["spread"] as? String
        let successStatus = (entry["status"] as? Int) ?? 200
        if !(200...299).contains(successStatus) { problems.append("status must be a 2xx code, not \(successStatus)") }

        var variables: [String: RouteTable.Route.Source] = [:]
        for (name, value) in (entry["variables"] as? [String: Any]) ?? [:] {
            let text = "\(value)"
            switch text {
            case "path": variables[name] = .path
            case "query": variables[name] = .query
            case "body": variables[name] = .body
            case _ where text.hasPrefix("body.") && text.count > 5: variables[name] = .bodyProperty(String(text.dropFirst(5)))
            default: problems.append("variable \"\(name)\" comes from \"\(text)\"; use path, query, body or body.<property>")
            }
        }
        let pathParameters = Set(path.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) })
        for (name, source) in variables where source == .path && !pathParameters.contains(name) {
            problems.append("variable \"\(name)\" comes from the path, which has no :\(name)")
        }

        guard let text = entry["document"] as? String else {
            problems.append("document is missing")
            return .failure(Problems(problems: problems))
        }
        let document: Document
        do {
            document = try Document.parse(text)
        } catch {
            problems.append("document: \(error.location): \(error.message)")
            return .failure(Problems(problems: problems))
        }
        let errors = Validator.validate(document, against: schema, limits: limits)
        problems += errors.map { "document: \($0)" }
        guard document.operations.count == 1, let operation = document.operations.first else {
            problems.append("document must hold exactly one operation")
            return .failure(Problems(problems: problems))
        }
        if errors.isEmpty, let auth {
            let required = AccessLevel.required(by: operation, in: document, schema: schema)
            if required > auth {
                problems.append("auth is \(auth.rawValue), but the document reads fields that need \(required.rawValue) (@auth in the SDL)")
            }
        }
        let declared = Set(operation.variableDefinitions.map(\.variable.value))
        for name in variables.keys.sorted() where !declared.contains(name) {
            problems.append("variable \"\(name)\" is bound but the document does not declare $\(name)")
        }
        for definition in operation.variableDefinitions where variables[definition.variable.value] == nil {
            if definition.type.isNonNull && definition.defaultValue == nil {
                problems.append("variable $\(definition.variable.value) is required but comes from nowhere")
            }
        }
        if let notFoundKey, rootField(notFoundKey, of: operation) == nil {
            problems.append("notFound names \"\(notFoundKey)\", which is not a root field of the document")
        }
        if let spreadKey, rootField(spreadKey, of: operation)?.selectionSet == nil {
            problems.append("spread names \"\(spreadKey)\", which is not a root field of the document with fields of its own")
        }
        guard problems.isEmpty, let auth else { return .failure(Problems(problems: problems)) }
        return .success(RouteTable.Route(
            method: method, path: path, auth: auth, rateClass: rateClass, document: document, operation: operation,
            variables: variables, notFoundKey: notFoundKey, spreadKey: spreadKey, successStatus: successStatus
        ))
    }

    /// The root field answering under `key`, if the operation has one.
    private static func rootField(_ key: String, of operation: OperationDefinition) -> Field? {
        for case .field(let field) in operation.selectionSet.selections where field.responseKey == key {
            return field
        }
        return nil
    }
}
