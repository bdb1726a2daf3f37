extension Parser {
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue
    ///   | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    mutating func parseValue(constant: Bool) throws(SyntaxError) -> Value {
        let start = token
        switch token.kind {
        case .bracketLeft:
            return try parseList(constant: constant)
        case .braceLeft:
            return try parseObject(constant: constant)
        case .int:
            try advance()
            return Value(.int(start.value), span: span(from: start))
        case .float:
            try advance()
            return Value(.float(start.value), span: span(from: start))
        case .string, .blockString:
            try advance()
            return Value(.string(start.value, isBlock: start.kind == .blockString), span: span(from: start))
        case .name:
            try advance()
            let kind: Value.Kind = switch start.value {
            case "true": .boolean(true)
            case "false": .boolean(false)
            case "null": .null
            default: .enumValue(start.value)
            }
            return Value(kind, span: span(from: start))
        case .dollar:
            if constant {
                try advance()
                if token.kind == .name {
                    throw error("Unexpected variable \"$\(token.value)\" in constant value.", at: start)
                }
                throw unexpected(start)
            }
            let variable = try parseVariable()
            return Value(.variable(variable.value), span: variable.span)
        default:
            throw unexpected()
        }
    }

    /// ListValue[Const] : `[` Value[?Const]* `]`
    mutating func parseList(constant: Bool) throws(SyntaxError) -> Value {
        try enterNesting()
        defer { leaveNesting() }
        let start = token
        let values = try any(.bracketLeft, .bracketRight) { parser throws(SyntaxError) in
            try parser.parseValue(constant: constant)
        }
        return Value(.list(values), span: span(from: start))
    }

    /// ObjectValue[Const] : `{` ObjectField[?Const]* `}`
    mutating func parseObject(constant: Bool) throws(SyntaxError) -> Value {
        try enterNesting()
        defer { leaveNesting() }
        let start = token
        let fields = try any(.braceLeft, .braceRight) { parser throws(SyntaxError) in
            try parser.parseObjectField(constant: constant)
        }
        return Value(.object(fields), span: span(from: start))
    }

    /// ObjectField[Const] : Name `:` Value[?Const]
    mutating func parseObjectField(constant: Bool) throws(SyntaxError) -> ObjectField {
        let start = token
        let name = try parseName()
        try expect(.colon)
        let value = try parseValue(constant: constant)
        return ObjectField(name: name, value: value, span: span(from: start))
    }
}
