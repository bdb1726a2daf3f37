extension Printer {
    mutating func write(_ schema: SchemaDefinition, isExtension: Bool) {
        writeDescription(schema.description)
        append(isExtension ? "extend schema" : "schema")
        writeDirectives(schema.directives)
        guard !schema.operationTypes.isEmpty else { return }
        append(" ")
        writeBlock(schema.operationTypes) { printer, operationType in
            printer.append(operationType.operation.rawValue + ": " + operationType.type.value)
        }
    }

    mutating func write(_ type: TypeDefinition, isExtension: Bool) {
        writeDescription(type.description)
        append((isExtension ? "extend " : "") + type.keyword + " " + type.name.value)
        switch type {
        case .scalar(let scalar):
            writeDirectives(scalar.directives)
        case .object(let object):
            writeFieldsType(interfaces: object.interfaces, directives: object.directives, fields: object.fields)
        case .interface(let interface):
            writeFieldsType(interfaces: interface.interfaces, directives: interface.directives, fields: interface.fields)
        case .union(let union):
            writeDirectives(union.directives)
            if !union.members.isEmpty {
                append(" = " + union.members.map(\.value).joined(separator: " | "))
            }
        case .enumeration(let enumeration):
            writeDirectives(enumeration.directives)
            if !enumeration.values.isEmpty {
                append(" ")
                writeBlock(enumeration.values) { printer, value in
                    printer.writeDescription(value.description)
                    printer.append(value.name.value)
                    printer.writeDirectives(value.directives)
                }
            }
        case .inputObject(let input):
            writeDirectives(input.directives)
            if !input.fields.isEmpty {
                append(" ")
                writeBlock(input.fields) { printer, field in printer.write(field) }
            }
        }
    }

    private mutating func writeFieldsType(interfaces: [Name], directives: [Directive], fields: [FieldDefinition]) {
        if !interfaces.isEmpty {
            append(" implements " + interfaces.map(\.value).joined(separator: " & "))
        }
        writeDirectives(directives)
        if !fields.isEmpty {
            append(" ")
            writeBlock(fields) { printer, field in printer.write(field) }
        }
    }

    mutating func write(_ field: FieldDefinition) {
        writeDescription(field.description)
        append(field.name.value)
        writeArgumentDefinitions(field.arguments)
        append(": " + field.type.description)
        writeDirectives(field.directives)
    }

    mutating func write(_ input: InputValueDefinition) {
        writeDescription(input.description)
        append(input.name.value + ": " + input.type.description)
        if let defaultValue = input.defaultValue {
            append(" = ")
            write(defaultValue)
        }
        writeDirectives(input.directives)
    }

    /// Argument definitions on one line, or one per line when any has a description.
    private mutating func writeArgumentDefinitions(_ arguments: [InputValueDefinition]) {
        let items = printedItems(arguments) { printer, argument in printer.write(argument) }
        writeParenthesized(items, multiline: items.contains { $0.contains("\n") })
    }

    mutating func write(_ directive: DirectiveDefinition) {
        writeDescription(directive.description)
        append("directive @" + directive.name.value)
        writeArgumentDefinitions(directive.arguments)
        if directive.isRepeatable { append(" repeatable") }
        append(" on " + directive.locations.map(\.location.rawValue).joined(separator: " | "))
    }
}
