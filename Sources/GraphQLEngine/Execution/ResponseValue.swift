/// A value of the response (spec §7): what a field completes to, serialized as JSON with keys in
/// the order the fields were selected.
public enum ResponseValue: Sendable, Hashable {
    case null
    case boolean(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([ResponseValue])
    case object(ResponseObject)
    /// An object already written as JSON, by an executor that writes objects read at once
    /// straight into bytes (`Executor(_:writesObjectsAsJSON:)`).
    case json(WrittenJSON)
}

/// The JSON bytes of one object of the response, written as `JSONWriter` writes a
/// `ResponseObject`.
public struct WrittenJSON: Sendable, Hashable {
    public let bytes: [UInt8]
}

/// An object of the response: keys in selection order.
public struct ResponseObject: Sendable, Hashable {
    public private(set) var keys: [String]
    public private(set) var values: [ResponseValue]

    public init() {
        keys = []
        values = []
    }

    public init(_ pairs: KeyValuePairs<String, ResponseValue>) {
        keys = pairs.map(\.key)
        values = pairs.map(\.value)
    }

    init(keys: [String], values: [ResponseValue]) {
        self.keys = keys
        self.values = values
    }

    public subscript(key: String) -> ResponseValue? {
        keys.firstIndex(of: key).map { values[$0] }
    }

    public mutating func append(_ key: String, _ value: ResponseValue) {
        keys.append(key)
        values.append(value)
    }

    public var count: Int { keys.count }
}

extension ResponseValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: ResponseValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, ResponseValue)...) {
        self = .object(ResponseObject(keys: elements.map(\.0), values: elements.map(\.1)))
    }
}
