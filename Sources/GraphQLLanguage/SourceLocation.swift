/// A place in a GraphQL source text, as people count it: lines and columns start at 1, and
/// columns count Unicode scalars (so `é` is one column, not two UTF-8 bytes).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Stored narrow: every AST node holds one, and documents are far below 4 GB.
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        self.storedLine = UInt32(clamping: line)
        self.storedColumn = UInt32(clamping: column)
    }

    /// For the lexer, which counts in ranges that fit.
    init(line: UInt32, column: UInt32) {
        self.storedLine = line
        self.storedColumn = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// Where an AST node came from: its first character's location and its UTF-8 byte range.
///
/// Two spans always compare equal and hash alike. The AST is compared for *meaning*
/// (`parse(print(ast)) == ast`), and where a node was written is not part of its meaning;
/// tests that care about positions read `start`, `startOffset` and `endOffset` directly.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    /// Line and column of the node's first character.
    public var start: SourceLocation
    private var storedStartOffset: UInt32
    private var storedEndOffset: UInt32

    /// UTF-8 offset of the node's first byte.
    public var startOffset: Int {
        get { Int(storedStartOffset) }
        set { storedStartOffset = UInt32(clamping: newValue) }
    }

    /// UTF-8 offset just past the node's last byte.
    public var endOffset: Int {
        get { Int(storedEndOffset) }
        set { storedEndOffset = UInt32(clamping: newValue) }
    }

    public init(start: SourceLocation, startOffset: Int, endOffset: Int) {
        self.start = start
        self.storedStartOffset = UInt32(clamping: startOffset)
        self.storedEndOffset = UInt32(clamping: endOffset)
    }

    /// The span of a node built in code rather than parsed.
    public static let synthesized = SourceSpan(start: SourceLocation(line: 0, column: 0), startOffset: 0, endOffset: 0)

    public static func == (lhs: SourceSpan, rhs: SourceSpan) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}

    public var description: String { start.description }
}
