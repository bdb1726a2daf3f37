extension Parser {
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue
    ///   | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    mutating func parseValue(constant: Bool) throws(SyntaxError) -> Value {
        let start = nodeStart
        switch token.kind {
        case .bracketLeft:
            return try parseList(constant: constant)
        case .braceLeft:
            return try parseObject(constant: constant)
        case .int:
            let digits = try takeValue()
            return Value(span: span(from: start), kind: .int(digits))
        case .float:
            let digits = try takeValue()
            return Value(span: span(from: start), kind: .float(digits))
        case .string, .blockString:
            let isBlock = token.kind == .blockString
            let text = try takeValue()
            return Value(span: span(from: start), kind: .string(text, isBlock: isBlock))
        case .name:
            let kind: Value.Kind = if lexer.isName(token, "true") {
                .boolean(true)
            } else if lexer.isName(token, "false") {
                .boolean(false)
            } else if lexer.isName(token, "null") {
                .null
            } else {
                .enumValue(lexer.value(of: token))
            }
            try advance()
            return Value(span: span(from: start), kind: kind)
        case .dollar:
            if constant {
                let dollar = token
                try advance()
                if token.kind == .name {
                    throw error("Unexpected variable \"$\(lexer.value(of: token))\" in constant value.", at: dollar)
                }
                throw unexpected(dollar)
            }
            let variable = try parseVariable()
            return Value(span: variable.span, kind: .variable(variable.value))
        default:
            throw unexpected()
        }
    }

    /// ListValue[Const] : `[` Value[?Const]* `]`
    mutating func parseList(constant: Bool) throws(SyntaxError) -> Value {
        try enterNesting()
        defer { leaveNesting() }
        let start = nodeStart
        let values = try any(.bracketLeft, .bracketRight, on: valueStack) { parser throws(SyntaxError) in
            try parser.parseValue(constant: constant)
        }
        return Value(span: span(from: start), kind: .list(values))
    }

    /// ObjectValue[Const] : `{` ObjectField[?Const]* `}`
    mutating func parseObject(constant: Bool) throws(SyntaxError) -> Value {
        try enterNesting()
        defer { leaveNesting() }
        let start = nodeStart
        let fields = try any(.braceLeft, .braceRight, on: objectFieldStack) { parser throws(SyntaxError) in
            try parser.parseObjectField(constant: constant)
        }
        return Value(span: span(from: start), kind: .object(fields))
    }

    /// ObjectField[Const] : Name `:` Value[?Const]
    mutating func parseObjectField(constant: Bool) throws(SyntaxError) -> ObjectField {
        let start = nodeStart
        let name = try parseName()
        try expect(.colon)
        let value = try parseValue(constant: constant)
        return ObjectField(span: span(from: start), name: name, value: value)
    }
}
