/// Turns GraphQL source text into tokens (spec §2.1), reading UTF-8 bytes directly.
///
/// The lexer skips what the spec calls ignored tokens (white space, line terminators, commas,
/// comments and the byte order mark) and stops at the first lexical error with a `SyntaxError`
/// worded as the reference implementations word it.
///
/// It reads memory it does not own: use it only inside `withUTF8` (see `Lexer.tokens(of:)`).
struct Lexer {
    let source: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    var position = 0
    private var line = 1
    private var lineStart = 0
    /// The last offset whose column was computed on the current line, so that columns (counted in
    /// Unicode scalars) cost one pass over each line even on a one-line megabyte document.
    private var knownColumnOffset = 0
    private var knownColumn = 1

    init(source: UnsafeBufferPointer<UInt8>) {
        self.source = source
    }

    /// Reads the next token; `.endOfFile` once the source is exhausted (and every time after).
    mutating func nextToken() throws(SyntaxError) -> Token {
        let count = source.count
        while position < count {
            let current = source[position]
            switch current {
            case ASCII.space, ASCII.tab, ASCII.comma:
                position += 1
            case ASCII.lineFeed:
                position += 1
                startLine(at: position)
            case ASCII.carriageReturn:
                position += byte(at: position + 1) == ASCII.lineFeed ? 2 : 1
                startLine(at: position)
            case ASCII.hash:
                skipComment()
            case 0xEF where byte(at: position + 1) == 0xBB && byte(at: position + 2) == 0xBF:
                position += 3  // U+FEFF, the byte order mark, is ignored anywhere.
            case ASCII.quote:
                if byte(at: position + 1) == ASCII.quote && byte(at: position + 2) == ASCII.quote {
                    return try readBlockString()
                }
                return try readString()
            case ASCII.minus, ASCII.zero...ASCII.nine:
                return try readNumber()
            case _ where ASCII.isNameStart(current):
                return readName()
            default:
                if let kind = Self.punctuators[Int(current)] {
                    return punctuator(kind, length: 1)
                }
                if current == ASCII.dot {
                    return try readDots()
                }
                throw unexpectedCharacter()
            }
        }
        return Token(kind: .endOfFile, startOffset: count, endOffset: count, location: location(of: count))
    }

    // MARK: - Small tokens

    private mutating func punctuator(_ kind: TokenKind, length: Int) -> Token {
        let start = position
        position += length
        return Token(kind: kind, startOffset: start, endOffset: position, location: location(of: start))
    }

    /// `...`, or the friendly errors for `..` and `.5`.
    private mutating func readDots() throws(SyntaxError) -> Token {
        if byte(at: position + 1) == ASCII.dot {
            if byte(at: position + 2) == ASCII.dot {
                return punctuator(.spread, length: 3)
            }
            throw error("Unexpected \"..\", did you mean \"...\"?", at: position)
        }
        if ASCII.isDigit(byte(at: position + 1)) {
            var end = position + 1
            while ASCII.isDigit(byte(at: end)) { end += 1 }
            let digits = text(position + 1..<end)
            throw error("Invalid number, expected digit before \".\", did you mean \"0.\(digits)\"?", at: position)
        }
        throw unexpectedCharacter()
    }

    /// Name :: NameStart NameContinue* [lookahead != NameContinue]
    private mutating func readName() -> Token {
        let start = position
        position += 1
        while position < source.count && ASCII.isNameContinue(source[position]) {
            position += 1
        }
        return Token(kind: .name, startOffset: start, endOffset: position, location: location(of: start), value: text(start..<position))
    }

    /// Comment :: `#` CommentChar* [lookahead != CommentChar]
    private mutating func skipComment() {
        position += 1
        while position < source.count {
            let byte = source[position]
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn { return }
            position += 1
        }
    }

    private func unexpectedCharacter() -> SyntaxError {
        if byte(at: position) == ASCII.apostrophe {
            return error("Unexpected single quote character ('), did you mean to use a double quote (\")?", at: position)
        }
        return error("Unexpected character: \(describeCharacter(at: position)).", at: position)
    }

    // MARK: - Positions

    mutating func startLine(at offset: Int) {
        line += 1
        lineStart = offset
    }

    /// Moves to a line that a multi-line token (a block string) ended on.
    mutating func moveToLine(_ newLine: Int, startingAt offset: Int) {
        line = newLine
        lineStart = offset
    }

    var currentLine: Int { line }

    /// The location of `offset`, which lies on the current line at or after the last one asked.
    mutating func location(of offset: Int) -> SourceLocation {
        if knownColumnOffset < lineStart || knownColumnOffset > offset {
            knownColumnOffset = lineStart
            knownColumn = 1
        }
        var column = knownColumn
        var index = knownColumnOffset
        while index < offset {
            if source[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        knownColumnOffset = offset
        knownColumn = column
        return SourceLocation(line: line, column: column)
    }

    /// The byte at `offset`, or 0 past the end (0 is never a digit, name character or punctuator,
    /// so callers that look ahead need no bounds check).
    @inline(__always)
    func byte(at offset: Int) -> UInt8 {
        offset < source.count ? source[offset] : 0
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: source[range]), as: UTF8.self)
    }

    /// An error at any offset; its location is found by counting from the start, which is fine
    /// because an error ends the lexing.
    func error(_ reason: String, at offset: Int) -> SyntaxError {
        SyntaxError(reason, at: SourceText.location(of: offset, in: source), offset: offset)
    }

    /// How messages name a character: printable ASCII quoted (`"?"`, or `'"'` for the quote),
    /// anything else as a code point (`U+00E9`), and `<EOF>` past the end.
    func describeCharacter(at offset: Int) -> String {
        guard offset < source.count else { return "<EOF>" }
        let byte = source[offset]
        if byte == ASCII.quote { return "'\"'" }
        if byte >= 0x20 && byte <= 0x7E { return "\"\(Character(Unicode.Scalar(byte)))\"" }
        let scalar = SourceText.scalar(at: offset, in: source)
        return SourceText.codePointName(scalar.value)
    }

    private static let punctuators: [TokenKind?] = {
        var table = [TokenKind?](repeating: nil, count: 256)
        for (character, kind) in [
            ("!", TokenKind.bang), ("$", .dollar), ("&", .ampersand), ("(", .parenLeft), (")", .parenRight),
            (":", .colon), ("=", .equals), ("@", .at), ("[", .bracketLeft), ("]", .bracketRight),
            ("{", .braceLeft), ("|", .pipe), ("}", .braceRight),
        ] {
            table[Int(Character(character).asciiValue!)] = kind
        }
        return table
    }()
}

extension Lexer {
    /// Every token of `source`, ending with `.endOfFile`.
    ///
    ///     try Lexer.tokens(of: "{ id }").map(\.kind)  // [.braceLeft, .name, .braceRight, .endOfFile]
    static func tokens(of source: String) throws(SyntaxError) -> [Token] {
        var text = source
        let result = text.withUTF8 { bytes in
            Result { () throws(SyntaxError) -> [Token] in
                var lexer = Lexer(source: bytes)
                var tokens: [Token] = []
                repeat {
                    tokens.append(try lexer.nextToken())
                } while tokens.last?.kind != .endOfFile
                return tokens
            }
        }
        return try result.get()
    }
}
