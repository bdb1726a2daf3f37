/// Turns GraphQL source text into tokens (spec §2.1), reading UTF-8 bytes directly.
///
/// The lexer skips what the spec calls ignored tokens (white space, line terminators, commas,
/// comments and the byte order mark) and stops at the first lexical error with a `SyntaxError`
/// worded as the reference implementations word it.
///
/// It reads memory it does not own: use it only inside `withUTF8` (see `Lexer.tokens(of:)`).
struct Lexer {
    let source: UnsafeBufferPointer<UInt8>
    private let names: NameCache
    /// The next byte to read.
    var position = 0
    private var line = 1
    private var lineStart = 0
    /// UTF-8 continuation bytes seen so far on the current line. Columns count Unicode scalars,
    /// and outside strings and comments any non-ASCII character is an error, so the column of
    /// a token is its byte distance from the line start less these bytes: no rescanning.
    var continuationBytesOnLine = 0
    /// The decoded value of the last string or block string read: a string's value is not its
    /// source text, so it cannot be read back from the token's range like a name's.
    var stringValue = ""

    init(source: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.names = NameCache(sourceLength: source.count)
    }

    /// Reads the next token; `.endOfFile` once the source is exhausted (and every time after).
    /// Inlined, with the white space skipping and the name scanner, into the parser's `advance`:
    /// one call a token rather than four.
    @inline(__always)
    mutating func nextToken() throws(SyntaxError) -> Token {
        skipIgnored()
        guard position < source.count else {
            return Token(kind: .endOfFile, startOffset: source.count, endOffset: source.count, location: location(of: source.count))
        }
        let current = source[position]
        let start = location(of: position)
        // Names and punctuators, the commonest tokens, are tried first.
        if ASCII.isNameStart(current) {
            return readName(at: start)
        }
        if let kind = TokenKind(punctuator: current) {
            return punctuator(kind, length: 1, at: start)
        }
        switch current {
        case ASCII.quote:
            if byte(at: position + 1) == ASCII.quote && byte(at: position + 2) == ASCII.quote {
                return try readBlockString(at: start)
            }
            return try readString(at: start)
        case ASCII.minus, ASCII.zero...ASCII.nine:
            return try readNumber(at: start)
        case ASCII.dot:
            return try readDots(at: start)
        default:
            throw unexpectedCharacter()
        }
    }

    /// Skips white space, line terminators, commas, comments and byte order marks.
    @inline(__always)
    private mutating func skipIgnored() {
        // A local copy of the position keeps this loop in registers.
        var offset = position
        let count = source.count
        while offset < count {
            let current = source[offset]
            if current == ASCII.space {
                // Wrapping: offsets are far from overflowing.
                offset &+= offset &+ 8 <= count ? ASCII.spaceCount(in: word(at: offset)) : 1
                continue
            }
            // Every ignored byte is a comma or below, but for the byte order mark's first.
            if current > ASCII.comma && current != 0xEF { break }
            // Line feeds, after spaces the commonest, before the table of the rest.
            if current == ASCII.lineFeed {
                offset &+= 1
                startLine(at: offset)
                continue
            }
            switch current {
            case ASCII.tab, ASCII.comma:
                offset += 1
            case ASCII.carriageReturn:
                offset += byte(at: offset + 1) == ASCII.lineFeed ? 2 : 1
                startLine(at: offset)
            case ASCII.hash:
                position = offset
                skipComment()
                offset = position
            case 0xEF where byte(at: offset + 1) == 0xBB && byte(at: offset + 2) == 0xBF:
                offset += 3  // U+FEFF, the byte order mark, is ignored anywhere.
                continuationBytesOnLine += 2
            default:
                position = offset
                return
            }
        }
        position = offset
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
    @inline(__always)
    private mutating func readName(at location: SourceLocation) -> Token {
        let start = position
        var end = start + 1
        let count = source.count
        // A word a step while eight bytes remain; the last few bytes one by one.
        var continuing = 8
        while continuing == 8 && end + 8 <= count {
            continuing = ASCII.nameContinueCount(in: word(at: end))
            end += continuing
        }
        if continuing == 8 {
            while end < count && ASCII.isNameContinue(source[end]) {
                end += 1
            }
        }
        position = end
        return Token(kind: .name, startOffset: start, endOffset: end, location: location)
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

    @inline(never)
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
        // Wrapping arithmetic: the operands are offsets into the source, far from overflowing.
        SourceLocation(line: UInt32(truncatingIfNeeded: line), column: UInt32(truncatingIfNeeded: offset &- lineStart &- continuationBytesOnLine &+ 1))
    }

    /// The eight bytes from `offset` (which must leave eight in the source), the first lowest.
    @inline(__always)
    func word(at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(source.baseAddress.unsafelyUnwrapped).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
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
}

extension Lexer {
    /// The text of `token`: a name's, the digits of a number, the decoded value of a string
    /// (only for the last string read), or empty for punctuators.
    func value(of token: Token) -> String {
        switch token.kind {
        case .name: name(of: token)
        case .int, .float: text(token.startOffset..<token.endOffset)
        case .string, .blockString: stringValue
        default: ""
        }
    }

    /// The text of `token`, a name.
    @inline(__always)
    func name(of token: Token) -> String {
        names.string(in: source, start: token.startOffset, length: token.endOffset - token.startOffset)
    }

    /// Whether `token` is the name `keyword`, without making a `String`.
    @inline(__always)
    func isName(_ token: Token, _ keyword: StaticString) -> Bool {
        guard token.kind == .name, token.endOffset - token.startOffset == keyword.utf8CodeUnitCount else { return false }
        let expected = keyword.utf8Start
        for index in 0..<keyword.utf8CodeUnitCount where source[token.startOffset + index] != expected[index] {
            return false
        }
        return true
    }

    /// The operation type `token` names, if it is `query`, `mutation` or `subscription`.
    func operationType(of token: Token) -> OperationType? {
        if isName(token, "query") { return .query }
        if isName(token, "mutation") { return .mutation }
        if isName(token, "subscription") { return .subscription }
        return nil
    }

    /// How error messages name a token: `Name "id"`, `"}"`, `<EOF>`.
    func describe(_ token: Token) -> String {
        guard token.kind.hasValue else { return token.kind.description }
        return "\(token.kind) \"\(value(of: token))\""
    }

    /// Every token of `source` with its text, ending with `.endOfFile`.
    ///
    ///     try Lexer.tokens(of: "{ id }").map(\.kind)  // [.braceLeft, .name, .braceRight, .endOfFile]
    static func tokens(of source: String) throws(SyntaxError) -> [Lexeme] {
        var text = source
        let result = text.withUTF8 { bytes in
            Result { () throws(SyntaxError) -> [Lexeme] in
                var lexer = Lexer(source: bytes)
                var lexemes: [Lexeme] = []
                repeat {
                    let token = try lexer.nextToken()
                    lexemes.append(Lexeme(kind: token.kind, value: lexer.value(of: token), location: token.location, startOffset: token.startOffset))
                } while lexemes.last?.kind != .endOfFile
                return lexemes
            }
        }
        return try result.get()
    }
}
