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
    /// UTF-8 continuation bytes seen so far on the current line. Columns count Unicode scalars,
    /// and outside strings and comments any non-ASCII character is an error, so the column of
    /// a token is its byte distance from the line start less these bytes: no rescanning.
    var continuationBytesOnLine = 0

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
                continue
            case ASCII.lineFeed:
                position += 1
                startLine(at: position)
                continue
            case ASCII.carriageReturn:
                position += byte(at: position + 1) == ASCII.lineFeed ? 2 : 1
                startLine(at: position)
                continue
            case ASCII.hash:
                skipComment()
                continue
            case 0xEF where byte(at: position + 1) == 0xBB && byte(at: position + 2) == 0xBF:
                position += 3  // U+FEFF, the byte order mark, is ignored anywhere.
                continuationBytesOnLine += 2
                continue
            default:
                break
            }
            let start = location(of: position)
            switch current {
            case ASCII.quote:
                if byte(at: position + 1) == ASCII.quote && byte(at: position + 2) == ASCII.quote {
                    return try readBlockString(at: start)
                }
                return try readString(at: start)
            case ASCII.minus, ASCII.zero...ASCII.nine:
                return try readNumber(at: start)
            case _ where ASCII.isNameStart(current):
                return readName(at: start)
            default:
                if let kind = Self.punctuators[Int(current)] {
                    return punctuator(kind, length: 1, at: start)
                }
                if current == ASCII.dot {
                    return try readDots(at: start)
                }
                throw unexpectedCharacter()
            }
        }
        return Token(kind: .endOfFile, startOffset: count, endOffset: count, location: location(of: count))
    }

    // MARK: - Small tokens

    private mutating func punctuator(_ kind: TokenKind, length: Int, at location: SourceLocation) -> Token {
        let start = position
        position += length
        return Token(kind: kind, startOffset: start, endOffset: position, location: location)
    }

    /// `...`, or the friendly errors for `..` and `.5`.
    private mutating func readDots(at location: SourceLocation) throws(SyntaxError) -> Token {
        if byte(at: position + 1) == ASCII.dot {
            if byte(at: position + 2) == ASCII.dot {
                return punctuator(.spread, length: 3, at: location)
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
    private mutating func readName(at location: SourceLocation) -> Token {
        let start = position
        position += 1
        while position < source.count && ASCII.isNameContinue(source[position]) {
            position += 1
        }
        return Token(kind: .name, startOffset: start, endOffset: position, location: location, value: text(start..<position))
    }

    /// Comment :: `#` CommentChar* [lookahead != CommentChar]
    private mutating func skipComment() {
        position += 1
        while position < source.count {
            let byte = source[position]
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn { return }
            if byte & 0xC0 == 0x80 { continuationBytesOnLine += 1 }
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
        continuationBytesOnLine = 0
    }

    /// Moves to the last line of a multi-line token (a block string), holding `continuationBytes`
    /// before the token's end.
    mutating func moveToLine(_ newLine: Int, startingAt offset: Int, continuationBytes: Int) {
        line = newLine
        lineStart = offset
        continuationBytesOnLine = continuationBytes
    }

    var currentLine: Int { line }

    /// The location of `offset`, a token start on the current line.
    @inline(__always)
    func location(of offset: Int) -> SourceLocation {
        SourceLocation(line: line, column: offset - lineStart - continuationBytesOnLine + 1)
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
