/// The spec's block string algorithms: BlockStringValue() for the lexer, and the reverse for the
/// printer.
public enum BlockString {
    /// BlockStringValue(rawValue) (spec §2.9.4): removes the common indentation of every line but
    /// the first, then leading and trailing blank lines, and joins the rest with `\n`.
    static func value(ofRawLines lines: [[UInt8]]) -> String {
        var commonIndent = Int.max
        var firstNonBlank: Int? = nil
        var lastNonBlank = -1
        for (index, line) in lines.enumerated() {
            let indent = leadingWhiteSpace(line)
            if indent == line.count { continue }
            if firstNonBlank == nil { firstNonBlank = index }
            lastNonBlank = index
            if index > 0 && indent < commonIndent { commonIndent = indent }
        }
        guard let first = firstNonBlank else { return "" }
        var bytes: [UInt8] = []
        for index in first...lastNonBlank {
            if index > first { bytes.append(ASCII.lineFeed) }
            let line = lines[index]
            if index == 0 || commonIndent == Int.max {
                bytes.append(contentsOf: line)
            } else {
                bytes.append(contentsOf: line.dropFirst(min(commonIndent, line.count)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func leadingWhiteSpace(_ line: [UInt8]) -> Int {
        var count = 0
        while count < line.count && (line[count] == ASCII.space || line[count] == ASCII.tab) { count += 1 }
        return count
    }

    /// Prints `value` as a block string literal (the layout graphql-js uses), each line after the
    /// first preceded by `indentation`; nil when no block string reads back as exactly `value`
    /// (a carriage return, or indentation the lexer would strip), so the printer quotes instead.
    public static func literal(for value: String, indentation: String = "") -> String? {
        let escaped = value.replacingAll("\"\"\"", with: "\\\"\"\"")
        let lines = escaped.split(separator: "\n", omittingEmptySubsequences: false)
        let isSingleLine = lines.count == 1
        let isIndented: (Substring) -> Bool = { $0.first == " " || $0.first == "\t" }
        let forceLeadingNewLine = lines.count > 1 && lines.dropFirst().allSatisfy { $0.isEmpty || isIndented($0) }
        let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
        let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuotes
        let forceTrailingNewLine = hasTrailingQuote || value.hasSuffix("\\")
        let printAsMultipleLines = !isSingleLine || value.count > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes
        let skipLeadingNewLine = isSingleLine && lines[0].first.map { $0 == " " || $0 == "\t" } == true
        let newLine = "\n" + indentation
        var literal = "\"\"\""
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { literal += newLine }
        // The first line follows the quotes (or the new line above); the others are indented.
        literal += lines[0]
        for line in lines.dropFirst() {
            literal += line.isEmpty ? "\n" : newLine + line
        }
        if printAsMultipleLines || forceTrailingNewLine { literal += newLine }
        literal += "\"\"\""
        // Read it back: a layout rule of thumb is not a proof, the lexer is.
        guard let tokens = try? Lexer.tokens(of: literal), tokens.count == 2,
              tokens[0].kind == .blockString, tokens[0].value == value else { return nil }
        return literal
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
