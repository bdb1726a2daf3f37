/// The lexical tokens of GraphQL (spec §2.1.6). Comments, commas and white space are ignored
/// by the lexer and never become tokens.
public enum TokenKind: UInt8, Sendable, Hashable, CustomStringConvertible {
    case startOfFile
    case endOfFile
    case bang
    case dollar
    case ampersand
    case parenLeft
    case parenRight
    case spread
    case colon
    case equals
    case at
    case bracketLeft
    case bracketRight
    case braceLeft
    case pipe
    case braceRight
    case name
    case int
    case float
    case string
    case blockString

    /// How error messages name the kind: punctuators quoted (`"{"`), the others by class (`Name`).
    public var description: String {
        switch self {
        case .startOfFile: "<SOF>"
        case .endOfFile: "<EOF>"
        case .bang: "\"!\""
        case .dollar: "\"$\""
        case .ampersand: "\"&\""
        case .parenLeft: "\"(\""
        case .parenRight: "\")\""
        case .spread: "\"...\""
        case .colon: "\":\""
        case .equals: "\"=\""
        case .at: "\"@\""
        case .bracketLeft: "\"[\""
        case .bracketRight: "\"]\""
        case .braceLeft: "\"{\""
        case .pipe: "\"|\""
        case .braceRight: "\"}\""
        case .name: "Name"
        case .int: "Int"
        case .float: "Float"
        case .string: "String"
        case .blockString: "BlockString"
        }
    }

    /// Tokens that carry a value (a name, the digits of a number, a string's decoded text).
    var hasValue: Bool {
        switch self {
        case .name, .int, .float, .string, .blockString: true
        default: false
        }
    }
}
