/// A recursive-descent parser for the whole GraphQL grammar (spec §2 and §3), one token of
/// lookahead (two for descriptions), building the value-type AST.
///
/// Each `parse…` method names its grammar rule in its doc comment. Errors are worded and placed
/// as graphql-js places them, so clients see familiar messages.
///
/// Nodes on the hot path are built with their synthesized memberwise initializers (`span:`
/// first): an initializer written out by hand (the public ones, with defaults) makes Swift 6.3
/// copy the whole node once more, a retain and a release of every member.
struct Parser {
    private(set) var lexer: Lexer
    /// The current, not yet consumed, token.
    private(set) var token: Token
    /// Where the last consumed token ended: the end of the node being built.
    private var lastEndOffset = 0
    private var nestingDepth = 0
    private var tokenCount = 0
    private let options: ParserOptions
    /// `options.maxTokens`, or no limit: one comparison a token.
    private let tokenLimit: Int
    /// The items of the lists still open, by kind of list.
    let selectionStack = NodeStack<Selection>()
    let argumentStack = NodeStack<Argument>()
    let valueStack = NodeStack<Value>()
    let objectFieldStack = NodeStack<ObjectField>()

    init(source: UnsafeBufferPointer<UInt8>, options: ParserOptions) throws(SyntaxError) {
        self.options = options
        self.tokenLimit = options.maxTokens ?? .max
        self.lexer = Lexer(source: source)
        self.token = Token(kind: .startOfFile, startOffset: 0, endOffset: 0, location: SourceLocation(line: 1, column: 1))
        try advance()
    }

    // MARK: - Tokens

    /// Consumes the current token.
    mutating func advance() throws(SyntaxError) {
        lastEndOffset = token.endOffset
        token = try lexer.nextToken()
        tokenCount += 1
        if tokenCount > tokenLimit && token.kind != .endOfFile {
            throw tooManyTokens()
        }
    }

    /// Out of line: the message's interpolation would otherwise widen every token's path.
    @inline(never)
    private func tooManyTokens() -> SyntaxError {
        SyntaxError("Document contains more than \(tokenLimit) tokens. Parsing aborted.", at: token.location, offset: token.startOffset)
    }

    /// The token after the current one, without consuming anything, and the lexer that read it
    /// (which knows its text).
    func lookahead() throws(SyntaxError) -> (token: Token, lexer: Lexer) {
        var copy = lexer
        let next = try copy.nextToken()
        return (next, copy)
    }

    func peek(_ kind: TokenKind) -> Bool {
        token.kind == kind
    }

    /// Whether the current token is the name `keyword`.
    func peekKeyword(_ keyword: StaticString) -> Bool {
        lexer.isName(token, keyword)
    }

    /// Consumes a token of `kind` or fails with `Expected …, found …`.
    @inline(__always)
    mutating func expect(_ kind: TokenKind) throws(SyntaxError) {
        guard token.kind == kind else { throw expected(kind) }
        try advance()
    }

    @inline(never)
    func expected(_ kind: TokenKind) -> SyntaxError {
        error("Expected \(kind), found \(lexer.describe(token)).", at: token)
    }

    /// Consumes the current token and returns its text (see `Lexer.value(of:)`).
    mutating func takeValue() throws(SyntaxError) -> String {
        let value = lexer.value(of: token)
        try advance()
        return value
    }

    /// Consumes a token of `kind` if it is next.
    mutating func expectOptional(_ kind: TokenKind) throws(SyntaxError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    mutating func expectKeyword(_ keyword: StaticString) throws(SyntaxError) {
        guard peekKeyword(keyword) else {
            throw error("Expected \"\(keyword)\", found \(lexer.describe(token)).", at: token)
        }
        try advance()
    }

    mutating func expectOptionalKeyword(_ keyword: StaticString) throws(SyntaxError) -> Bool {
        guard peekKeyword(keyword) else { return false }
        try advance()
        return true
    }

    func unexpected(_ at: Token? = nil) -> SyntaxError {
        let offending = at ?? token
        return error("Unexpected \(lexer.describe(offending)).", at: offending)
    }

    /// `Unexpected …` at a token read ahead by another lexer.
    func unexpected(_ lookahead: (token: Token, lexer: Lexer)) -> SyntaxError {
        error("Unexpected \(lookahead.lexer.describe(lookahead.token)).", at: lookahead.token)
    }

    func error(_ reason: String, at token: Token) -> SyntaxError {
        SyntaxError(reason, at: token.location, offset: token.startOffset)
    }

    /// Where the node that starts at the current token begins.
    var nodeStart: NodeStart {
        NodeStart(location: token.location, offset: token.startOffset)
    }

    /// The span from `start` to the end of the last consumed token.
    func span(from start: NodeStart) -> SourceSpan {
        SourceSpan(start: start.location, startOffset: start.offset, endOffset: lastEndOffset)
    }

    // MARK: - Nesting

    /// Counts one more level of nesting and fails past the limit, so that no input can exhaust
    /// the stack.
    mutating func enterNesting() throws(SyntaxError) {
        nestingDepth += 1
        if nestingDepth > options.maxNestingDepth {
            throw error("Document is nested too deeply. Parsing aborted.", at: token)
        }
    }

    mutating func leaveNesting() {
        nestingDepth -= 1
    }

    // MARK: - Repetition

    /// `open item+ close`
    mutating func many<Item>(
        _ open: TokenKind, _ close: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        try expect(open)
        var items: [Item] = []
        items.reserveCapacity(4)
        items.append(try item(&self))
        while try !expectOptional(close) {
            items.append(try item(&self))
        }
        return items
    }

    /// `open item+ close`, the items gathered on `stack` and moved into an array of their count.
    mutating func many<Item>(
        _ open: TokenKind, _ close: TokenKind, on stack: NodeStack<Item>, _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        try expect(open)
        let base = stack.count
        stack.push(try item(&self))
        while try !expectOptional(close) {
            stack.push(try item(&self))
        }
        return stack.popList(from: base)
    }

    /// `(open item+ close)?`: empty when the opening token is absent.
    mutating func optionalMany<Item>(
        _ open: TokenKind, _ close: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        guard peek(open) else { return [] }
        return try many(open, close, item)
    }

    /// `open item* close`, the items gathered on `stack` and moved into an array of their count.
    mutating func any<Item>(
        _ open: TokenKind, _ close: TokenKind, on stack: NodeStack<Item>, _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        try expect(open)
        let base = stack.count
        while try !expectOptional(close) {
            stack.push(try item(&self))
        }
        return stack.popList(from: base)
    }

    /// `delimiter? item (delimiter item)*`
    mutating func delimitedMany<Item>(
        _ delimiter: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        _ = try expectOptional(delimiter)
        var items = [try item(&self)]
        while try expectOptional(delimiter) {
            items.append(try item(&self))
        }
        return items
    }

    // MARK: - Document

    /// Document : Definition+
    mutating func parseDocument() throws(SyntaxError) -> Document {
        let start = nodeStart
        var definitions: [Definition] = []
        repeat {
            definitions.append(try parseDefinition())
        } while !peek(.endOfFile)
        return Document(definitions: definitions, span: span(from: start))
    }

    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    ///
    /// Looks past a description to the keyword that decides which definition follows.
    mutating func parseDefinition() throws(SyntaxError) -> Definition {
        if peek(.braceLeft) {
            return .operation(try parseOperationDefinition())
        }
        let hasDescription = peek(.string) || peek(.blockString)
        // Only a description needs the token after it, read by a copy of the lexer (names are
        // read from the source, so either lexer reads the keyword's text).
        let keyword = hasDescription ? try lookahead().token : token
        if hasDescription && keyword.kind == .braceLeft {
            throw error("Unexpected description, descriptions are not supported on shorthand queries.", at: token)
        }
        if keyword.kind == .name {
            // Executable definitions, the commonest, are told apart without making a string.
            if lexer.operationType(of: keyword) != nil {
                return .operation(try parseOperationDefinition())
            }
            if lexer.isName(keyword, "fragment") {
                return .fragment(try parseFragmentDefinition())
            }
            switch lexer.value(of: keyword) {
            case "schema": return .schema(try parseSchemaDefinition())
            case "scalar", "type", "interface", "union", "enum", "input": return .type(try parseTypeDefinition())
            case "directive": return .directive(try parseDirectiveDefinition())
            default: break
            }
            if hasDescription {
                throw error("Unexpected description, only GraphQL definitions support descriptions.", at: token)
            }
            if lexer.isName(keyword, "extend") {
                return try parseTypeSystemExtension()
            }
        }
        // Read ahead again, on this failing path only: keeping the lookahead's lexer from above
        // would cost every definition its copy and its release (0.35% of a parse).
        throw unexpected(hasDescription ? try lookahead() : (token: token, lexer: lexer))
    }

    /// Name :: NameStart NameContinue*
    mutating func parseName() throws(SyntaxError) -> Name {
        guard token.kind == .name else {
            throw expected(.name)
        }
        let span = SourceSpan(start: token.location, startOffset: token.startOffset, endOffset: token.endOffset)
        let value = lexer.name(of: token)
        try advance()
        return Name(span: span, value: value)
    }

    /// Description : StringValue
    mutating func parseDescription() throws(SyntaxError) -> StringLiteral? {
        guard peek(.string) || peek(.blockString) else { return nil }
        let start = nodeStart
        let isBlock = token.kind == .blockString
        let value = try takeValue()
        return StringLiteral(span: span(from: start), value: value, isBlock: isBlock)
    }
}

/// Where a node begins: enough of its first token to make its span later.
struct NodeStart {
    var location: SourceLocation
    var offset: Int
}

extension Document {
    /// Parses a GraphQL document: executable definitions, type-system definitions, or both.
    ///
    ///     let document = try Document.parse("query Me { viewer { id } }")
    ///
    /// - Throws: `SyntaxError` at the first lexical or grammatical error, or past a limit.
    public static func parse(_ source: String, options: ParserOptions = ParserOptions()) throws(SyntaxError) -> Document {
        try withParser(source, options) { parser throws(SyntaxError) in try parser.parseDocument() }
    }
}

extension Value {
    /// Parses one input value literal, such as a default value from a configuration file.
    public static func parse(_ source: String, constant: Bool = false) throws(SyntaxError) -> Value {
        try withParser(source, ParserOptions()) { parser throws(SyntaxError) in
            let value = try parser.parseValue(constant: constant)
            try parser.expect(.endOfFile)
            return value
        }
    }
}

extension TypeReference {
    /// Parses a type reference such as `[String!]!`.
    public static func parse(_ source: String) throws(SyntaxError) -> TypeReference {
        try withParser(source, ParserOptions()) { parser throws(SyntaxError) in
            let type = try parser.parseTypeReference()
            try parser.expect(.endOfFile)
            return type
        }
    }
}

/// Runs `body` with a parser over the UTF-8 bytes of `source`.
private func withParser<Output>(
    _ source: String, _ options: ParserOptions, _ body: (inout Parser) throws(SyntaxError) -> Output
) throws(SyntaxError) -> Output {
    var text = source
    // `withUTF8` only rethrows untyped errors, so the typed error travels out in a `Result`.
    let result = text.withUTF8 { bytes in
        Result { () throws(SyntaxError) -> Output in
            var parser = try Parser(source: bytes, options: options)
            return try body(&parser)
        }
    }
    return try result.get()
}
