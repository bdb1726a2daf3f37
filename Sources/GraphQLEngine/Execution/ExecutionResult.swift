import GraphQLLanguage

/// What executing an operation gives back (spec §7.1): data, and the errors met on the way.
public struct ExecutionResult: Sendable {
    /// nil when the operation could not start (a request error) or its root became null.
    public var data: ResponseObject?
    public var errors: [GraphQLError]
    /// Whether the request failed before execution (syntax, validation, variables): there is
    /// then no `data` key at all in the response.
    public var isRequestError: Bool

    public init(data: ResponseObject?, errors: [GraphQLError], isRequestError: Bool = false) {
        self.data = data
        self.errors = errors
        self.isRequestError = isRequestError
    }

    /// The response map: `{"data": …, "errors": […]}`, keys in the spec's order.
    public var response: ResponseValue {
        var object = ResponseObject()
        forEachMember { object.append($0, $1) }
        return .object(object)
    }

    /// The response map as compact JSON, lent to `body` where it was written (`response`,
    /// written without building it first).
    public func withResponseJSON<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var object = JSONObjectWriter(capacity: 1_000)
        forEachMember { object.append($0, $1) }
        return try object.withObjectBytes(body)
    }

    /// The members of the response map, in order: `errors` when there are any, then `data`
    /// unless the request failed before execution.
    private func forEachMember(_ member: (String, ResponseValue) -> Void) {
        if !errors.isEmpty {
            member("errors", .list(errors.map(\.responseValue)))
        }
        if !isRequestError {
            member("data", data.map { .object($0) } ?? .null)
        }
    }
}

extension GraphQLError {
    /// The error as the response writes it: message, locations, path, extensions.code.
    public var responseValue: ResponseValue {
        var object = ResponseObject()
        object.append("message", .string(message))
        if !locations.isEmpty {
            object.append("locations", .list(locations.map { ["line": .int($0.line), "column": .int($0.column)] }))
        }
        if let path {
            object.append("path", .list(path.map { component in
                switch component {
                case .key(let key): .string(key)
                case .index(let index): .int(index)
                }
            }))
        }
        if code != nil || !details.isEmpty {
            var extensions = ResponseObject()
            if let code { extensions.append("code", .string(code)) }
            if !details.isEmpty {
                extensions.append("details", .list(details.map { ["field": .string($0.field), "message": .string($0.message)] }))
            }
            object.append("extensions", .object(extensions))
        }
        return .object(object)
    }
}
