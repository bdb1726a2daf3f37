/// The limit: what answering (c) and (d) costs with no engine at all — a function per query
/// that walks the same values and writes the same JSON bytes the engines write.
public enum HandWritten {
    /// (c) the three dashboard answers.
    public static func dashboard(_ root: BenchRoot) -> [[UInt8]] {
        var profile = JSONWriter()
        profile.raw(#"{"data":{"me":{"id":"#)
        profile.string(root.me.id)
        profile.raw(#","email":"#)
        profile.string(root.me.email)
        profile.raw(#","username":"#)
        profile.string(root.me.username)
        profile.raw(#","plan":"#)
        profile.string(root.me.plan)
        profile.raw(#","planExpiresAt":"#)
        profile.string(root.me.planExpiresAt)
        profile.raw(#","createdAt":"#)
        profile.string(root.me.createdAt)
        profile.raw("}}}")

        var positions = JSONWriter()
        positions.raw(#"{"data":{"positions":["#)
        for (index, position) in root.positions.enumerated() {
            if index > 0 { positions.raw(",") }
            positions.raw(#"{"id":"#)
            positions.string(position.id)
            positions.raw(#","side":"#)
            positions.string(position.side)
            positions.raw(#","quantity":"#)
            positions.int(position.quantity)
            positions.raw(#","price":"#)
            positions.float(position.price)
            positions.raw(#","margin":"#)
            positions.int(position.margin)
            positions.raw(#","leverage":"#)
            positions.float(position.leverage)
            positions.raw(#","pnl":"#)
            positions.float(position.pnl)
            positions.raw(#","liquidation":"#)
            positions.float(position.liquidation)
            positions.raw(#","takeProfit":"#)
            positions.float(position.takeProfit)
            positions.raw(#","stopLoss":"#)
            positions.float(position.stopLoss)
            positions.raw(#","isOpen":"#)
            positions.raw(position.isOpen ? "true" : "false")
            positions.raw(#","createdAt":"#)
            positions.string(position.createdAt)
            positions.raw("}")
        }
        positions.raw("]}}")

        var payments = JSONWriter()
        payments.raw(#"{"data":{"payments":["#)
        for (index, payment) in root.payments.enumerated() {
            if index > 0 { payments.raw(",") }
            payments.raw(#"{"id":"#)
            payments.string(payment.id)
            payments.raw(#","amount":"#)
            payments.int(payment.amount)
            payments.raw(#","currency":"#)
            payments.string(payment.currency)
            payments.raw(#","status":"#)
            payments.string(payment.status)
            payments.raw(#","createdAt":"#)
            payments.string(payment.createdAt)
            payments.raw(#","invoice":{"paymentRequest":"#)
            payments.string(payment.invoice.paymentRequest)
            payments.raw("}}")
        }
        payments.raw("]}}")
        return [profile.bytes, positions.bytes, payments.bytes]
    }

    /// (d) the admin page.
    public static func admin(_ root: BenchRoot) -> [UInt8] {
        var json = JSONWriter()
        json.raw(#"{"data":{"users":["#)
        for (userIndex, user) in root.users.enumerated() {
            if userIndex > 0 { json.raw(",") }
            json.raw(#"{"id":"#)
            json.string(user.id)
            json.raw(#","email":"#)
            json.string(user.email)
            json.raw(#","plan":"#)
            json.string(user.plan)
            json.raw(#","payments":["#)
            for (index, payment) in user.payments.enumerated() {
                if index > 0 { json.raw(",") }
                json.raw(#"{"id":"#)
                json.string(payment.id)
                json.raw(#","amount":"#)
                json.int(payment.amount)
                json.raw(#","status":"#)
                json.string(payment.status)
                json.raw(#","invoice":{"paymentRequest":"#)
                json.string(payment.invoice.paymentRequest)
                json.raw(#","expiresAt":"#)
                json.string(payment.invoice.expiresAt)
                json.raw("}}")
            }
            json.raw("]}")
        }
        json.raw("]}}")
        return json.bytes
    }
}

/// Appends JSON to a byte array, formatting numbers and escaping strings as the engine does: the
/// one writer of every hand-written limit (here, and the HTTP limit's profile route).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {
        bytes.reserveCapacity(4_096)
    }

    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func float(_ value: Double) {
        if value == value.rounded(.towardZero) && abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    public mutating func boolean(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    /// A string, or null.
    public mutating func string(_ text: String?) {
        guard let text else { return raw("null") }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
