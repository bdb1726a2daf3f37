/// The lexical tokens of GraphQL (spec §2.1.6). Comments, commas and white space are ignored
/// by the lexer and never become tokens.
enum TokenKind: UInt8, Sendable, Hashable, CustomStringConvertible {
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

    /// The one-character punctuator `byte` stands for, if any (`...` is read apart).
    @inline(__always)
    init?(punctuator byte: UInt8) {
        switch byte {
        case 0x21: self = .bang
        case 0x24: self = .dollar
        case 0x26: self = .ampersand
        case 0x28: self = .parenLeft
        case 0x29: self = .parenRight
        case 0x3A: self = .colon
        case 0x3D: self = .equals
        case 0x40: self = .at
        case 0x5B: self = .bracketLeft
        case 0x5D: self = .bracketRight
        case 0x7B: self = .braceLeft
        case 0x7C: self = .pipe
        case 0x7D: self = .braceRight
        default: return nil
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
