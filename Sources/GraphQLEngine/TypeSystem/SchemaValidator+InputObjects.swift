import GraphQLLanguage

/// Input objects: their fields take input types, `@oneOf` fields are nullable without
/// defaults, and no chain of non-null fields leads back to where it started.
extension SchemaValidator {
    mutating func checkInputFields(of input: SchemaType) {
        if input.inputFields.isEmpty {
            report("Input Object type \(input.name) must define one or more fields.", input.origin)
        }
        for field in input.inputFields {
            checkName(field.name, field.origin)
            if let kind = kind(field.type), !kind.isInput {
                report("The type of \(input.name).\(field.name) must be Input Type but got: \(field.type).", field.origin)
            }
            if field.isRequired && field.isDeprecated {
                report("Required input field \(input.name).\(field.name) cannot be deprecated.", field.origin)
            }
            if input.isOneOf {
                if field.type.isNonNull {
                    report("OneOf input field \(input.name).\(field.name) must be nullable.", field.origin)
                }
                if field.defaultValue != nil {
                    report("OneOf input field \(input.name).\(field.name) cannot have a default value.", field.origin)
                }
            }
        }
    }

    /// A cycle of non-null input object fields could never be satisfied by a finite value.
    /// Each cycle is reported once, at the type where the search first met it.
    mutating func checkInputObjectCycles() {
        var visited: Set<String> = []
        for type in schema.types where type.kind == .inputObject && !visited.contains(type.name) {
            var path: [(type: String, field: SchemaInputValue)] = []
            var onPath: [String: Int] = [:]
            detectCycles(from: type, visited: &visited, path: &path, onPath: &onPath)
        }
    }

    private mutating func detectCycles(
        from type: SchemaType, visited: inout Set<String>,
        path: inout [(type: String, field: SchemaInputValue)], onPath: inout [String: Int]
    ) {
        guard visited.insert(type.name).inserted else { return }
        onPath[type.name] = path.count
        for field in type.inputFields {
            guard case .nonNull(.named(let name), _) = field.type,
                  let target = schema[typeNamed: name.value], target.kind == .inputObject else { continue }
            path.append((type.name, field))
            if let start = onPath[target.name] {
                let cycle = path[start...]
                let fieldPath = cycle.map(\.field.name).joined(separator: ".")
                problems.append(SchemaProblem(
                    "Cannot reference Input Object \"\(target.name)\" within itself through a series of non-null fields: \"\(fieldPath)\".",
                    at: cycle.map(\.field.origin)
                ))
            } else {
                detectCycles(from: target, visited: &visited, path: &path, onPath: &onPath)
            }
            path.removeLast()
        }
        onPath[type.name] = nil
    }
}
