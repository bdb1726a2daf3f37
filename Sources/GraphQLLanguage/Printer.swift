/// Prints an AST as canonical GraphQL: the layout graphql-js prints (two-space indentation, one
/// selection per line, long argument lists wrapped), so that `parse(print(ast)) == ast`.
///
///     Printer.print(try Document.parse("query{a(x:1){b}}"))  // "{\n  a(x: 1) {\n    b\n  }\n}"
public struct Printer {
    private var output = ""
    private var indentation = ""

    /// graphql-js wraps a field's arguments one per line beyond this width.
    private static let maxLineLength = 80

    public static func print(_ document: Document) -> String {
        var printer = Printer()
        printer.write(document)
        return printer.output
    }

    public static func print(_ value: Value) -> String {
        var printer = Printer()
        printer.write(value)
        return printer.output
    }

    public static func print(_ type: TypeReference) -> String {
        type.description
    }

    private init() {}

    // MARK: - Building blocks

    private mutating func newLine() {
        output += "\n"
        output += indentation
    }

    private mutating func indented(_ body: (inout Printer) -> Void) {
        let outer = indentation
        indentation += "  "
        body(&self)
        indentation = outer
    }

    /// `{` items one per line `}` at the next indentation.
    mutating func writeBlock<Item>(_ items: [Item], _ writeItem: (inout Printer, Item) -> Void) {
        output += "{"
        indented { printer in
            for item in items {
                printer.newLine()
                writeItem(&printer, item)
            }
        }
        newLine()
        output += "}"
    }

    /// Prints each item on its own, at the indentation it would have on a line of its own.
    func printedItems<Item>(_ items: [Item], _ writeItem: (inout Printer, Item) -> Void) -> [String] {
        items.map { item in
            var printer = Printer()
            printer.indentation = indentation + "  "
            writeItem(&printer, item)
            return printer.output
        }
    }

    /// `(a, b)` on one line, or one item per line when `multiline`.
    mutating func writeParenthesized(_ items: [String], multiline: Bool) {
        guard !items.isEmpty else { return }
        if multiline {
            output += "("
            indented { printer in
                for item in items {
                    printer.newLine()
                    printer.output += item
                }
            }
            newLine()
            output += ")"
        } else {
            output += "(" + items.joined(separator: ", ") + ")"
        }
    }

    mutating func writeDescription(_ description: StringLiteral?) {
        guard let description else { return }
        writeString(description.value, isBlock: description.isBlock)
        newLine()
    }

    mutating func writeDirectives(_ directives: [Directive]) {
        for directive in directives {
            output += " "
            write(directive)
        }
    }

    mutating func writeString(_ value: String, isBlock: Bool) {
        if isBlock, let literal = BlockString.literal(for: value, indentation: indentation) {
            output += literal
        } else {
            output += QuotedString.literal(for: value)
        }
    }

    mutating func append(_ text: String) {
        output += text
    }

    // MARK: - Executable definitions

    mutating func write(_ document: Document) {
        var previous: Definition? = nil
        for definition in document.definitions {
            if previous != nil { output += "\n\n" }
            if case .operation(let operation) = definition, operation.isShorthand, let previous, Self.takesBody(after: previous) {
                // `type T` followed by `{ a }` would read back as `type T { a }`: spell the keyword.
                output += "query "
                write(operation.selectionSet)
            } else {
                write(definition)
            }
            previous = definition
        }
    }

    /// Whether a `{` printed right after `definition` would be read as part of it.
    private static func takesBody(after definition: Definition) -> Bool {
        switch definition {
        case .type(let type), .typeExtension(let type):
            switch type {
            case .object(let node): node.fields.isEmpty
            case .interface(let node): node.fields.isEmpty
            case .enumeration(let node): node.values.isEmpty
            case .inputObject(let node): node.fields.isEmpty
            case .scalar, .union: false
            }
        case .schemaExtension(let schema):
            schema.operationTypes.isEmpty
        default:
            false
        }
    }

    mutating func write(_ definition: Definition) {
        switch definition {
        case .operation(let operation): write(operation)
        case .fragment(let fragment): write(fragment)
        case .schema(let schema): write(schema, isExtension: false)
        case .schemaExtension(let schema): write(schema, isExtension: true)
        case .type(let type): write(type, isExtension: false)
        case .typeExtension(let type): write(type, isExtension: true)
        case .directive(let directive): write(directive)
        }
    }

    mutating func write(_ operation: OperationDefinition) {
        if operation.isShorthand {
            write(operation.selectionSet)
            return
        }
        writeDescription(operation.description)
        output += operation.operation.rawValue
        if let name = operation.name {
            output += " " + name.value
        } else if !operation.variableDefinitions.isEmpty {
            output += " "
        }
        let variables = printedItems(operation.variableDefinitions) { printer, variable in printer.write(variable) }
        writeParenthesized(variables, multiline: variables.contains { $0.contains("\n") })
        writeDirectives(operation.directives)
        output += " "
        write(operation.selectionSet)
    }

    mutating func write(_ variable: VariableDefinition) {
        writeDescription(variable.description)
        output += "$" + variable.variable.value + ": " + variable.type.description
        if let defaultValue = variable.defaultValue {
            output += " = "
            write(defaultValue)
        }
        writeDirectives(variable.directives)
    }

    mutating func write(_ fragment: FragmentDefinition) {
        writeDescription(fragment.description)
        output += "fragment " + fragment.name.value + " on " + fragment.typeCondition.value
        writeDirectives(fragment.directives)
        output += " "
        write(fragment.selectionSet)
    }

    mutating func write(_ selectionSet: SelectionSet) {
        writeBlock(selectionSet.selections) { printer, selection in printer.write(selection) }
    }

    mutating func write(_ selection: Selection) {
        switch selection {
        case .field(let field):
            let prefix = (field.alias.map { $0.value + ": " } ?? "") + field.name.value
            output += prefix
            writeArguments(field.arguments, after: prefix)
            writeDirectives(field.directives)
            if let selectionSet = field.selectionSet {
                output += " "
                write(selectionSet)
            }
        case .fragmentSpread(let spread):
            output += "..." + spread.name.value
            writeDirectives(spread.directives)
        case .inlineFragment(let fragment):
            output += "..."
            if let typeCondition = fragment.typeCondition {
                output += " on " + typeCondition.value
            }
            writeDirectives(fragment.directives)
            output += " "
            write(fragment.selectionSet)
        }
    }

    /// A field's arguments, wrapped one per line when the line would grow past 80 characters.
    mutating func writeArguments(_ arguments: [Argument], after prefix: String) {
        let items = printedItems(arguments) { printer, argument in printer.write(argument) }
        let length = prefix.count + items.reduce(0) { $0 + $1.count } + 2 * items.count
        writeParenthesized(items, multiline: length > Self.maxLineLength || items.contains { $0.contains("\n") })
    }

    mutating func write(_ argument: Argument) {
        output += argument.name.value + ": "
        write(argument.value)
    }

    mutating func write(_ directive: Directive) {
        output += "@" + directive.name.value
        let items = printedItems(directive.arguments) { printer, argument in printer.write(argument) }
        writeParenthesized(items, multiline: false)
    }

    // MARK: - Values

    mutating func write(_ value: Value) {
        switch value.kind {
        case .variable(let name): output += "$" + name
        case .int(let digits), .float(let digits): output += digits
        case .string(let text, let isBlock): writeString(text, isBlock: isBlock)
        case .boolean(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .enumValue(let name): output += name
        case .list(let values):
            output += "["
            for (index, element) in values.enumerated() {
                if index > 0 { output += ", " }
                write(element)
            }
            output += "]"
        case .object(let fields):
            output += "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { output += ", " }
                output += field.name.value + ": "
                write(field.value)
            }
            output += "}"
        }
    }
}
