import GraphQLLanguage

/// Input coercion (spec §3.5–§3.10): runtime values (variables, from JSON) and literals with
/// variables (arguments) become `InputValue`s of the expected type, or errors saying why not.
struct InputCoercion {
    let schema: Schema

    struct Failure: Error {
        var message: String
    }

    // MARK: - Runtime values (variables)

    /// Coerces a runtime value to `type`; `path` names where it stands for messages (`$input.tags[1]`).
    func coerce(_ value: InputValue, to type: TypeReference, path: String) throws(Failure) -> InputValue {
        switch type {
        case .nonNull(let inner, _):
            if value.isNull { throw Failure(message: "\(path): Expected non-nullable type \"\(type)\" not to be null.") }
            return try coerce(value, to: inner, path: path)
        case .list(let inner, _):
            if value.isNull { return .null }
            guard case .list(let items) = value else {
                // A single value stands for a list of one (spec §3.11).
                return .list([try coerce(value, to: inner, path: path)])
            }
            var coerced: [InputValue] = []
            coerced.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                coerced.append(try coerce(item, to: inner, path: "\(path)[\(index)]"))
            }
            return .list(coerced)
        case .named(let name):
            if value.isNull { return .null }
            guard let named = schema[typeNamed: name.value] else {
                throw Failure(message: "\(path): Unknown type \"\(name.value)\".")
            }
            switch named.kind {
            case .inputObject: return try coerceObject(value, to: named, path: path)
            case .enumeration: return try coerceEnum(value, to: named, path: path)
            default: return try coerceScalar(value, to: named, path: path)
            }
        }
    }

    private func coerceScalar(_ value: InputValue, to type: SchemaType, path: String) throws(Failure) -> InputValue {
        func fail(_ reason: String) -> Failure { Failure(message: "\(path): \(reason)") }
        switch (type.name, value) {
        case ("Int", .int(let number)):
            guard Int32(exactly: number) != nil else { throw fail("Int cannot represent non 32-bit signed integer value: \(number)") }
            return .int(number)
        case ("Int", .float(let number)):
            guard number.isFinite, number.rounded() == number, let exact = Int32(exactly: number) else {
                throw fail("Int cannot represent non-integer value: \(number)")
            }
            return .int(Int(exact))
        case ("Int", _):
            throw fail("Int cannot represent non-integer value: \(describe(value))")
        case ("Float", .int(let number)):
            return .float(Double(number))
        case ("Float", .float(let number)):
            guard number.isFinite else { throw fail("Float cannot represent non numeric value: \(number)") }
            return .float(number)
        case ("Float", _):
            throw fail("Float cannot represent non numeric value: \(describe(value))")
        case ("String", .string):
            return value
        case ("String", _):
            throw fail("String cannot represent a non string value: \(describe(value))")
        case ("Boolean", .boolean):
            return value
        case ("Boolean", _):
            throw fail("Boolean cannot represent a non boolean value: \(describe(value))")
        case ("ID", .string):
            return value
        case ("ID", .int(let number)):
            return .string(String(number))
        case ("ID", _):
            throw fail("ID cannot represent value: \(describe(value))")
        case ("DateTime", .string(let text)):
            guard DateTimeLiteral.isValid(text) else { throw fail("DateTime cannot represent an invalid date-time string: \"\(text)\"") }
            return value
        case ("DateTime", _):
            throw fail("DateTime cannot represent a non string value: \(describe(value))")
        default:
            return value
        }
    }

    private func coerceEnum(_ value: InputValue, to type: SchemaType, path: String) throws(Failure) -> InputValue {
        // From JSON, enum values arrive as strings.
        guard let name = value.string, type.enumValue(named: name) != nil else {
            throw Failure(message: "\(path): Value \(describe(value)) does not exist in \"\(type.name)\" enum.")
        }
        return .enumValue(name)
    }

    private func coerceObject(_ value: InputValue, to type: SchemaType, path: String) throws(Failure) -> InputValue {
        guard case .object(let fields) = value else {
            throw Failure(message: "\(path): Expected type \"\(type.name)\" to be an object.")
        }
        for name in fields.keys.sorted() where type.inputField(named: name) == nil {
            throw Failure(message: "\(path): Field \"\(name)\" is not defined by type \"\(type.name)\".")
        }
        var coerced: [String: InputValue] = [:]
        for field in type.inputFields {
            if let given = fields[field.name] {
                coerced[field.name] = try coerce(given, to: field.type, path: "\(path).\(field.name)")
            } else if let defaultValue = field.defaultValue {
                coerced[field.name] = try coerce(literal: defaultValue, to: field.type, variables: [:], path: "\(path).\(field.name)")
            } else if field.type.isNonNull {
                throw Failure(message: "\(path): Field \"\(field.name)\" of required type \"\(field.type)\" was not provided.")
            }
        }
        if type.isOneOf {
            guard coerced.count == 1, let only = coerced.first, !only.value.isNull else {
                throw Failure(message: "\(path): Exactly one key must be specified for OneOf type \"\(type.name)\".")
            }
        }
        return .object(coerced)
    }

    private func describe(_ value: InputValue) -> String {
        ResponseValue(value).json
    }

    // MARK: - Literals (arguments and defaults)

    /// Coerces a literal, whose variables take their coerced values; validation has already
    /// checked the literal, so failures here come from variables (or unvalidated documents).
    func coerce(literal: Value, to type: TypeReference, variables: [String: InputValue], path: String) throws(Failure) -> InputValue {
        if case .variable(let name) = literal.kind {
            guard let value = variables[name] else {
                if type.isNonNull { throw Failure(message: "\(path): Variable \"$\(name)\" of required type was not provided.") }
                return .null
            }
            if value.isNull && type.isNonNull {
                throw Failure(message: "\(path): Expected non-nullable type \"\(type)\" not to be null.")
            }
            return value
        }
        switch type {
        case .nonNull(let inner, _):
            if case .null = literal.kind { throw Failure(message: "\(path): Expected non-nullable type \"\(type)\" not to be null.") }
            return try coerce(literal: literal, to: inner, variables: variables, path: path)
        case .list(let inner, _):
            switch literal.kind {
            case .null: return .null
            case .list(let items):
                var coerced: [InputValue] = []
                for (index, item) in items.enumerated() {
                    coerced.append(try coerce(literal: item, to: inner, variables: variables, path: "\(path)[\(index)]"))
                }
                return .list(coerced)
            default:
                return .list([try coerce(literal: literal, to: inner, variables: variables, path: path)])
            }
        case .named(let name):
            if case .null = literal.kind { return .null }
            guard let named = schema[typeNamed: name.value] else { throw Failure(message: "\(path): Unknown type \"\(name.value)\".") }
            if named.kind == .inputObject, case .object(let fields) = literal.kind {
                var coerced: [String: InputValue] = [:]
                for field in named.inputFields {
                    if let given = fields.first(where: { $0.name.value == field.name }) {
                        if case .variable(let variable) = given.value.kind, variables[variable] == nil {
                            if let defaultValue = field.defaultValue {
                                coerced[field.name] = try coerce(literal: defaultValue, to: field.type, variables: [:], path: "\(path).\(field.name)")
                            } else if field.type.isNonNull {
                                throw Failure(message: "\(path).\(field.name): Variable \"$\(variable)\" of required type was not provided.")
                            }
                            continue
                        }
                        coerced[field.name] = try coerce(literal: given.value, to: field.type, variables: variables, path: "\(path).\(field.name)")
                    } else if let defaultValue = field.defaultValue {
                        coerced[field.name] = try coerce(literal: defaultValue, to: field.type, variables: [:], path: "\(path).\(field.name)")
                    } else if field.type.isNonNull {
                        throw Failure(message: "\(path): Field \"\(field.name)\" of required type \"\(field.type)\" was not provided.")
                    }
                }
                return .object(coerced)
            }
            if (named.kind == .scalar || named.kind == .enumeration), let problem = LeafLiteral.problem(with: literal, for: named) {
                throw Failure(message: "\(path): \(problem)")
            }
            return try coerce(InputValue(constant: literal), to: .named(name), path: path)
        }
    }
}

extension ResponseValue {
    /// An input value as it would be echoed in a response or message.
    init(_ input: InputValue) {
        switch input {
        case .null: self = .null
        case .boolean(let flag): self = .boolean(flag)
        case .int(let number): self = .int(number)
        case .float(let number): self = .float(number)
        case .string(let text), .enumValue(let text): self = .string(text)
        case .list(let items): self = .list(items.map(ResponseValue.init))
        case .object(let fields):
            var object = ResponseObject()
            for key in fields.keys.sorted() { object.append(key, ResponseValue(fields[key]!)) }
            self = .object(object)
        }
    }
}
