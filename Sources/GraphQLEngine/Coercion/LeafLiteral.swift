import GraphQLLanguage

/// Whether a literal is a valid value of a scalar or enum type (spec §3.5 and §3.9, input
/// coercion), and if not, why, in the words graphql-js uses.
enum LeafLiteral {
    /// The reason `value` cannot be an input of the leaf type `type`, or nil when it can.
    /// Variables are not judged here: their use is checked against their declared type.
    static func problem(with value: Value, for type: SchemaType) -> String? {
        let printed = Printer.print(value)
        if case .enumeration = type.kind {
            let names = type.enumValues.map(\.name)
            guard case .enumValue(let name) = value.kind else {
                return "Enum \"\(type.name)\" cannot represent non-enum value: \(printed)."
                    + Suggestions.didYouMean(Suggestions.list(for: printed, among: names), subject: "the enum value")
            }
            guard type.enumValue(named: name) != nil else {
                return "Value \"\(name)\" does not exist in \"\(type.name)\" enum."
                    + Suggestions.didYouMean(Suggestions.list(for: name, among: names), subject: "the enum value")
            }
            return nil
        }
        switch (type.name, value.kind) {
        case ("Int", .int(let digits)):
            return Int32(digits) == nil ? "Int cannot represent non 32-bit signed integer value: \(digits)" : nil
        case ("Int", _):
            return "Int cannot represent non-integer value: \(printed)"
        case ("Float", .int(let digits)), ("Float", .float(let digits)):
            return Double(digits).map { $0.isFinite } == true ? nil : "Float cannot represent non numeric value: \(printed)"
        case ("Float", _):
            return "Float cannot represent non numeric value: \(printed)"
        case ("String", .string):
            return nil
        case ("String", _):
            return "String cannot represent a non string value: \(printed)"
        case ("Boolean", .boolean):
            return nil
        case ("Boolean", _):
            return "Boolean cannot represent a non boolean value: \(printed)"
        case ("ID", .string), ("ID", .int):
            return nil
        case ("ID", _):
            return "ID cannot represent a non-string and non-integer value: \(printed)"
        case ("DateTime", .string(let text, _)):
            return DateTimeLiteral.isValid(text) ? nil : "DateTime cannot represent an invalid date-time string: \(printed)"
        case ("DateTime", _):
            return "DateTime cannot represent a non string value: \(printed)"
        default:
            // Other custom scalars take any literal here; their resolvers judge the value.
            return nil
        }
    }
}

/// ISO-8601 date-times in UTC, as the API writes them: `2025-01-06T10:30:00Z`, optionally with
/// fractional seconds (`2025-01-06T10:30:00.123Z`).
enum DateTimeLiteral {
    static func isValid(_ text: String) -> Bool {
        // Read in place: this runs for every date of every answer.
        var text = text
        return text.withUTF8(isValid(utf8:))
    }

    private static func isValid(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return false }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard bytes[index] >= 0x30 && bytes[index] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        guard let year = digits(0..<4), bytes[4] == UInt8(ascii: "-"), let month = digits(5..<7), bytes[7] == UInt8(ascii: "-"),
              let day = digits(8..<10), bytes[10] == UInt8(ascii: "T"), let hour = digits(11..<13), bytes[13] == UInt8(ascii: ":"),
              let minute = digits(14..<16), bytes[16] == UInt8(ascii: ":"), let second = digits(17..<19) else { return false }
        let fraction = bytes[19..<(bytes.count - 1)]
        if !fraction.isEmpty {
            guard fraction.first == UInt8(ascii: "."), fraction.count >= 2,
                  fraction.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let daysInMonth = switch month {
        case 2: isLeap ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
        return (1...12).contains(month) && day >= 1 && day <= daysInMonth
            && hour < 24 && minute < 60 && second < 60
    }
}
