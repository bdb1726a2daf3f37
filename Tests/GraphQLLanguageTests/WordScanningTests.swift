@testable import GraphQLLanguage
import Testing

/// The lexer reads names and indentation eight bytes a step; every byte value, at every place in
/// the word, must count exactly as the byte-by-byte definitions do.
@Suite("Lexer: word-at-a-time scanning")
struct WordScanningTests {
    /// `bytes` as a little-endian load reads them: the first byte lowest.
    private func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    @Test("a name stops at the first byte that is not NameContinue, wherever it stands")
    func nameContinueCountMatchesTheByteDefinition() {
        for byte in UInt8.min...UInt8.max {
            for place in 0..<8 {
                var bytes = Array("aZ_09zQb".utf8)
                bytes[place] = byte
                let expected = ASCII.isNameContinue(byte) ? 8 : place
                #expect(ASCII.nameContinueCount(in: word(bytes)) == expected, "byte \(byte) at \(place)")
            }
        }
    }

    @Test("every name character passes, whatever its neighbours")
    func everyNameCharacterPasses() {
        let nameBytes = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_".utf8)
        for start in 0..<nameBytes.count {
            let bytes = (0..<8).map { nameBytes[(start + $0 * 7) % nameBytes.count] }
            #expect(ASCII.nameContinueCount(in: word(bytes)) == 8)
        }
        // The bytes just outside each range, and the non-ASCII ones, stop the name.
        for stop in [0x00, 0x2F, 0x3A, 0x40, 0x5B, 0x5E, 0x60, 0x7B, 0x7F, 0x80, 0xC3, 0xDF, 0xE1, 0xFF] as [UInt8] {
            #expect(ASCII.nameContinueCount(in: word([0x61, 0x61, 0x61, stop, 0x61, 0x61, 0x61, 0x61])) == 3, "byte \(stop)")
        }
    }

    @Test("indentation is counted up to the first byte that is not a space")
    func spaceCount() {
        for byte in UInt8.min...UInt8.max {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: ASCII.space, count: 8)
                bytes[place] = byte
                #expect(ASCII.spaceCount(in: word(bytes)) == (byte == ASCII.space ? 8 : place))
            }
        }
    }

    @Test("names of every length end where they should, at the end of the source or not")
    func namesOfEveryLength() throws {
        for length in 1...40 {
            let name = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x61 + $0 % 26))) })
            for tail in ["", " ", "(", "\n  x", "!", "\"é\"", "                 { y }"] {
                let tokens = try Lexer.tokens(of: "  " + name + tail)
                #expect(tokens[0].kind == .name)
                #expect(tokens[0].value == name, "\(name) followed by \(tail.debugDescription)")
                #expect(tokens[0].location == SourceLocation(line: 1, column: 3))
            }
            // A non-ASCII character ends the name, and is an error of its own.
            let error = #expect(throws: SyntaxError.self) { try Lexer.tokens(of: name + "é") }
            #expect(error?.message == "Syntax Error: Unexpected character: U+00E9.")
            #expect(error?.location == SourceLocation(line: 1, column: length + 1))
        }
    }

    @Test("long runs of indentation keep lines and columns right")
    func indentation() throws {
        for width in 0...40 {
            let indent = String(repeating: " ", count: width)
            let tokens = try Lexer.tokens(of: "a\n" + indent + "b\n" + indent + "\tc")
            #expect(tokens.map(\.value) == ["a", "b", "c", ""])
            #expect(tokens[1].location == SourceLocation(line: 2, column: width + 1))
            #expect(tokens[2].location == SourceLocation(line: 3, column: width + 2))
        }
    }
}
