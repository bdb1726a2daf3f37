/// Bech32 (BIP 173), as BOLT11 uses it: 5-bit words, a human-readable part, and a six-word
/// checksum — without BIP 173's 90-character limit, which invoices exceed.
enum Bech32 {
    static let alphabet = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)

    /// `hrp` + "1" + the words and their checksum, in the alphabet.
    static func encode(hrp: String, words: [UInt8]) -> String {
        let checksum = Self.checksum(hrp: hrp, words: words)
        var text = hrp + "1"
        text.unicodeScalars.append(contentsOf: (words + checksum).map { Unicode.Scalar(alphabet[Int($0)]) })
        return text
    }

    /// The human-readable part and the words of a valid string, or nil.
    static func decode(_ text: String) -> (hrp: String, words: [UInt8])? {
        let lower = text.lowercased()
        guard let separator = lower.lastIndex(of: "1") else { return nil }
        let hrp = String(lower[..<separator])
        var words: [UInt8] = []
        for byte in lower[lower.index(after: separator)...].utf8 {
            guard let index = alphabet.firstIndex(of: byte) else { return nil }
            words.append(UInt8(index))
        }
        guard words.count >= 6, polymod(expanded(hrp) + words) == 1 else { return nil }
        return (hrp, Array(words.dropLast(6)))
    }

    static func checksum(hrp: String, words: [UInt8]) -> [UInt8] {
        let value = polymod(expanded(hrp) + words + [0, 0, 0, 0, 0, 0]) ^ 1
        return (0..<6).map { UInt8((value >> (5 * (5 - $0))) & 31) }
    }

    private static func expanded(_ hrp: String) -> [UInt8] {
        let bytes = Array(hrp.utf8)
        return bytes.map { $0 >> 5 } + [0] + bytes.map { $0 & 31 }
    }

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]
        var check: UInt32 = 1
        for value in values {
            let top = check >> 25
            check = (check & 0x1ff_ffff) << 5 ^ UInt32(value)
            for bit in 0..<5 where (top >> bit) & 1 == 1 { check ^= generator[bit] }
        }
        return check
    }

    /// Bytes regrouped from `from` bits to `to` bits; the last group padded with zeros.
    static func regroup(_ values: [UInt8], from: Int, to: Int, pad: Bool = true) -> [UInt8] {
        var accumulator = 0
        var bits = 0
        var result: [UInt8] = []
        let mask = (1 << to) - 1
        for value in values {
            accumulator = (accumulator << from) | Int(value)
            bits += from
            while bits >= to {
                bits -= to
                result.append(UInt8((accumulator >> bits) & mask))
            }
        }
        if pad && bits > 0 { result.append(UInt8((accumulator << (to - bits)) & mask)) }
        return result
    }
}
