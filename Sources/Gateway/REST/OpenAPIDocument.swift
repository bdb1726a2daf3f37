import GraphQLEngine
import GraphQLLanguage

/// The OpenAPI 3.1 description of the REST routes, generated from the route table: parameters
/// and bodies from the types of each document's variables, responses from the GraphQL types of
/// each document's selection. Served at `/api/openapi.json` and printed by `axisor openapi`.
public enum OpenAPIDocument {
    public static func build(_ table: RouteTable, schema: Schema, version: String) -> ResponseValue {
        var paths = ResponseObject()
        let byPath = Dictionary(grouping: table.routes, by: { openAPIPath($0.path) })
        for path in byPath.keys.sorted() {
            var operations = ResponseObject()
            for route in byPath[path]!.sorted(by: { $0.method < $1.method }) {
                operations.append(route.method.lowercased(), operation(route, schema: schema))
            }
            paths.append(path, .object(operations))
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Axisor Gateway internal API",
                "version": .string(version),
                "description": "The REST routes of Axisor Gateway. Each route runs a stored GraphQL document; the same data is available at /graphql.",
            ],
            "paths": .object(paths),
            "components": [
                "securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer", "bearerFormat": "JWT"]],
                "schemas": ["Error": errorSchema],
                "responses": .object(errorResponses),
            ],
        ]
    }

    /// `/api/payments/:id` → `/api/payments/{id}`.
    static func openAPIPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
        }.joined(separator: "/")
    }

    private static func operation(_ route: RouteTable.Route, schema: Schema) -> ResponseValue {
        var operation = ResponseObject()
        let name = route.operation.name?.value
        operation.append("operationId", .string(name ?? operationId(route)))
        operation.append("summary", .string(route.operation.description?.value ?? name ?? route.name))
        operation.append("tags", [.string(tag(route.path))])

        var parameters: [ResponseValue] = []
        var bodyProperties = ResponseObject()
        var bodyRequired: [ResponseValue] = []
        var wholeBody: ResponseValue? = nil
        for definition in route.operation.variableDefinitions {
            let variable = definition.variable.value
            guard let source = route.variables[variable] else { continue }
            let isRequired = isNonNull(definition.type) && definition.defaultValue == nil
            let schemaValue = inputSchema(definition.type, schema: schema)
            // A path or query string is present or absent, never null.
            var parameterSchema = nonNullInputSchema(definition.type, schema: schema)
            if let defaultValue = definition.defaultValue.flatMap(literal), case .object(var object) = parameterSchema {
                object.append("default", defaultValue)
                parameterSchema = .object(object)
            }
            switch source {
            case .path:
                parameters.append(["name": .string(variable), "in": "path", "required": true, "schema": parameterSchema])
            case .query:
                parameters.append(["name": .string(variable), "in": "query", "required": .boolean(isRequired), "schema": parameterSchema])
            case .body:
                wholeBody = schemaValue
            case .bodyProperty(let property):
                bodyProperties.append(property, schemaValue)
                if isRequired { bodyRequired.append(.string(property)) }
            }
        }
        if !parameters.isEmpty { operation.append("parameters", .list(parameters)) }
        if wholeBody != nil || bodyProperties.count > 0 {
            var body: ResponseValue = wholeBody ?? ["type": "object", "properties": .object(bodyProperties)]
            if wholeBody == nil, !bodyRequired.isEmpty, case .object(var object) = body {
                object.append("required", .list(bodyRequired))
                body = .object(object)
            }
            operation.append("requestBody", ["required": true, "content": ["application/json": ["schema": body]]])
        }

        var responses = ResponseObject()
        var success = ResponseObject()
        success.append("success", ["type": "boolean", "const": true])
        var required: [ResponseValue] = ["success"]
        let root = schema.rootType(for: route.operation.operation)
        let selected = selectionSchema(route.operation.selectionSet, on: root, schema: schema, document: route.document)
        for index in 0..<selected.properties.count {
            let key = selected.properties.keys[index]
            var value = selected.properties.values[index]
            // A null there is answered 404, so a success always has it.
            if key == route.notFoundKey, case .object(let wrapper) = value, case .list(let choices)? = wrapper["anyOf"], let present = choices.first {
                value = present
            }
            if key == route.spreadKey, case .object(let object) = value, case .object(let properties)? = object["properties"] {
                for inner in 0..<properties.count {
                    success.append(properties.keys[inner], properties.values[inner])
                    required.append(.string(properties.keys[inner]))
                }
                continue
            }
            success.append(key, value)
            required.append(.string(key))
        }
        responses.append(String(route.successStatus), [
            "description": "The route's data beside `success: true`.",
            "content": ["application/json": ["schema": ["type": "object", "properties": .object(success), "required": .list(required)]]],
        ])
        var errors = ["400", "404", "429", "500"]
        if route.auth != .none { errors.insert("401", at: 1) }
        if route.auth == .admin { errors.insert("403", at: 2) }
        for status in errors {
            responses.append(status, ["$ref": .string("#/components/responses/\(status)")])
        }
        operation.append("responses", .object(responses))
        if route.auth != .none {
            operation.append("security", [["bearerAuth": []]])
        }
        return .object(operation)
    }

    private static func operationId(_ route: RouteTable.Route) -> String {
        route.method.lowercased() + route.path.split(separator: "/").map { segment in
            let word = segment.hasPrefix(":") ? "By" + capitalized(segment.dropFirst()) : capitalized(segment)
            return word.filter { $0.isLetter || $0.isNumber }
        }.joined()
    }

    private static func capitalized(_ word: Substring) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The first segment after /api groups routes in documentation.
    private static func tag(_ path: String) -> String {
        path.split(separator: "/").dropFirst().first.map(String.init) ?? "api"
    }

    /// A scalar default as JSON; nil for lists, objects and null.
    private static func literal(_ value: Value) -> ResponseValue? {
        switch InputValue(constant: value) {
        case .int(let number): .int(number)
        case .float(let number): .float(number)
        case .string(let text), .enumValue(let text): .string(text)
        case .boolean(let flag): .boolean(flag)
        case .null, .list, .object: nil
        }
    }

    private static func isNonNull(_ type: TypeReference) -> Bool {
        if case .nonNull = type { true } else { false }
    }

    // MARK: - Schemas

    /// A value of a nullable type may be null: `anyOf` with `{"type": "null"}`.
    private static func nullable(_ schema: ResponseValue) -> ResponseValue {
        ["anyOf": [schema, ["type": "null"]]]
    }

    private static func inputSchema(_ type: TypeReference, schema: Schema) -> ResponseValue {
        switch type {
        case .nonNull(let inner, _):
            return nonNullInputSchema(inner, schema: schema)
        default:
            return nullable(nonNullInputSchema(type, schema: schema))
        }
    }

    private static func nonNullInputSchema(_ type: TypeReference, schema: Schema) -> ResponseValue {
        switch type {
        case .nonNull(let inner, _): return nonNullInputSchema(inner, schema: schema)
        case .list(let inner, _): return ["type": "array", "items": inputSchema(inner, schema: schema)]
        case .named(let name):
            guard let named = schema[typeNamed: name.value] else { return [:] }
            if named.kind == .inputObject {
                var properties = ResponseObject()
                var required: [ResponseValue] = []
                for field in named.inputFields {
                    properties.append(field.name, described(inputSchema(field.type, schema: schema), field.description))
                    if isNonNull(field.type) && field.defaultValue == nil { required.append(.string(field.name)) }
                }
                var object = ResponseObject(["type": "object", "properties": .object(properties)])
                if !required.isEmpty { object.append("required", .list(required)) }
                return described(.object(object), named.description)
            }
            return leafSchema(named)
        }
    }

    private static func leafSchema(_ type: SchemaType) -> ResponseValue {
        switch (type.kind, type.name) {
        case (.enumeration, _):
            return described(["type": "string", "enum": .list(type.enumValues.map { .string($0.name) })], type.description)
        case (_, "Int"): return ["type": "integer", "format": "int32"]
        case (_, "Float"): return ["type": "number", "format": "double"]
        case (_, "Boolean"): return ["type": "boolean"]
        case (_, "String"), (_, "ID"): return ["type": "string"]
        case (_, "DateTime"): return ["type": "string", "format": "date-time"]
        default: return described([:], type.description)
        }
    }

    private static func described(_ value: ResponseValue, _ description: String?) -> ResponseValue {
        guard let description, case .object(var object) = value else { return value }
        object.append("description", .string(description))
        return .object(object)
    }

    private struct Selected {
        var properties = ResponseObject()
    }

    /// The JSON a selection set answers on `parent`: one property per response key, through
    /// fragments. Every key selected is present (perhaps null), so all are required.
    private static func selectionSchema(_ selectionSet: SelectionSet, on parent: SchemaType?, schema: Schema, document: Document) -> Selected {
        var selected = Selected()
        func collect(_ selectionSet: SelectionSet, on parent: SchemaType?, visited: Set<String>) {
            for selection in selectionSet.selections {
                switch selection {
                case .field(let field):
                    guard selected.properties[field.responseKey] == nil else { continue }
                    if field.name.value == "__typename" {
                        selected.properties.append(field.responseKey, ["type": "string"])
                        continue
                    }
                    guard let parent, let definition = schema.fieldDefinition(named: field.name.value, on: parent) else { continue }
                    selected.properties.append(field.responseKey, described(outputSchema(definition.type, field, schema: schema, document: document), definition.description))
                case .inlineFragment(let fragment):
                    collect(fragment.selectionSet, on: fragment.typeCondition.flatMap { schema[typeNamed: $0.value] } ?? parent, visited: visited)
                case .fragmentSpread(let spread):
                    guard !visited.contains(spread.name.value),
                          let fragment = document.fragments.first(where: { $0.name.value == spread.name.value }) else { continue }
                    collect(fragment.selectionSet, on: schema[typeNamed: fragment.typeCondition.value], visited: visited.union([spread.name.value]))
                }
            }
        }
        collect(selectionSet, on: parent, visited: [])
        return selected
    }

    private static func outputSchema(_ type: TypeReference, _ field: Field, schema: Schema, document: Document) -> ResponseValue {
        switch type {
        case .nonNull(let inner, _): return nonNullOutputSchema(inner, field, schema: schema, document: document)
        default: return nullable(nonNullOutputSchema(type, field, schema: schema, document: document))
        }
    }

    private static func nonNullOutputSchema(_ type: TypeReference, _ field: Field, schema: Schema, document: Document) -> ResponseValue {
        switch type {
        case .nonNull(let inner, _): return nonNullOutputSchema(inner, field, schema: schema, document: document)
        case .list(let inner, _): return ["type": "array", "items": outputSchema(inner, field, schema: schema, document: document)]
        case .named(let name):
            guard let named = schema[typeNamed: name.value] else { return [:] }
            guard named.kind.isComposite, let selectionSet = field.selectionSet else { return leafSchema(named) }
            let selected = selectionSchema(selectionSet, on: named, schema: schema, document: document)
            return [
                "type": "object", "properties": .object(selected.properties),
                "required": .list(selected.properties.keys.map { .string($0) }),
            ]
        }
    }

    // MARK: - Errors

    private static let errorSchema: ResponseValue = [
        "type": "object",
        "description": "The error envelope of every /api failure.",
        "properties": [
            "success": ["type": "boolean", "const": false],
            "error": [
                "type": "object",
                "properties": [
                    "code": ["type": "string", "examples": ["VALIDATION_ERROR"]],
                    "message": ["type": "string"],
                    "details": [
                        "type": "array",
                        "items": ["type": "object", "properties": ["field": ["type": "string"], "message": ["type": "string"]], "required": ["field", "message"]],
                    ],
                ],
                "required": ["code", "message"],
            ],
            "timestamp": ["type": "string", "format": "date-time"],
            "requestId": ["type": "string"],
        ],
        "required": ["success", "error", "timestamp", "requestId"],
    ]

    private static var errorResponses: ResponseObject {
        var responses = ResponseObject()
        for (status, description) in [
            ("400", "VALIDATION_ERROR: a parameter or the body is not valid; `details` names each field."),
            ("401", "AUTHENTICATION_REQUIRED (no bearer token) or AUTHENTICATION_FAILED (invalid or expired)."),
            ("403", "PERMISSION_DENIED: the route is for admins."),
            ("404", "RESOURCE_NOT_FOUND."),
            ("429", "RATE_LIMIT_EXCEEDED: retry after `Retry-After` seconds."),
            ("500", "INTERNAL_SERVER_ERROR."),
        ] {
            var response = ResponseObject([
                "description": .string(description),
                "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
            ])
            if status == "429" {
                response.append("headers", ["Retry-After": ["description": "Seconds until the request would be allowed.", "schema": ["type": "integer"]]])
            }
            responses.append(status, .object(response))
        }
        return responses
    }
}
