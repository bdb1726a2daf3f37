/// Recently made name strings, so that a document's repeated names (`id`, `name`, the fields of
/// a fragment used twice) become `String`s once rather than each time they appear.
///
/// A name of up to 16 bytes is its own key: its bytes, read as two words, cannot collide with
/// another name's (names hold no NUL bytes). One probe into a direct-mapped table decides; a
/// miss makes the string and takes the slot. Longer names (`distanceToLiquidation`) have a
/// table of their own, keyed by a hash and checked byte for byte on a hit: Swift keeps strings
/// of up to 15 bytes inline, so these are the names whose strings cost an allocation.
///
/// A class so that the lexer's lookahead copy shares it; it lives within one parse.
final class NameCache {
    /// A name's two words and its string side by side: a probe reads one cache line.
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var string = ""
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let longSlots: UnsafeMutablePointer<String>
    private let slotCount: Int
    private let longSlotCount: Int
    /// How far a hash is shifted right to leave a slot number (the tables' sizes are powers of 2).
    private let slotShift: UInt64
    private let longSlotShift: UInt64

    /// A table sized to the document, a slot for every 64 bytes (from 64 to 4,096 slots): a
    /// large document's many names seldom share a slot, and a small one's table is cheap to make.
    init(sourceLength: Int) {
        let wanted = sourceLength / 64
        let significantBits = Int.bitWidth - wanted.leadingZeroBitCount
        let bits = min(max(significantBits, 6), 12)
        slotCount = 1 << bits
        longSlotCount = slotCount / 4
        slotShift = UInt64(64 - bits)
        longSlotShift = UInt64(64 - bits + 2)
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: Slot(), count: slotCount)
        longSlots = .allocate(capacity: longSlotCount)
        longSlots.initialize(repeating: "", count: longSlotCount)
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
        longSlots.deinitialize(count: longSlotCount)
        longSlots.deallocate()
    }

    /// The string of the name at `start..<start + length` in `source`.
    @inline(__always)
    func string(in source: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> String {
        let name = UnsafeBufferPointer(rebasing: source[start..<start + length])
        // Whole-word reads must stay inside the buffer; names near its end take the slow way.
        guard start + 16 <= source.count, let base = name.baseAddress else {
            return String(decoding: name, as: UTF8.self)
        }
        guard length <= 16 else { return longName(name) }
        let raw = UnsafeRawPointer(base)
        var first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        if length < 8 {
            first &= (1 << UInt64(length &* 8)) &- 1
            second = 0
        } else if length < 16 {
            second &= (1 << UInt64((length &- 8) &* 8)) &- 1
        }
        let slot = slots + Int(truncatingIfNeeded: Self.mix(first, second) >> slotShift)
        if slot.pointee.low == first && slot.pointee.high == second && first != 0 {
            return slot.pointee.string
        }
        let made = String(decoding: name, as: UTF8.self)
        slot.pointee = Slot(low: first, high: second, string: made)
        return made
    }

    /// A name of more than 16 bytes, found by its first and last eight bytes and its length,
    /// and compared in full.
    private func longName(_ name: UnsafeBufferPointer<UInt8>) -> String {
        let raw = UnsafeRawPointer(name.baseAddress.unsafelyUnwrapped)
        let first = raw.loadUnaligned(as: UInt64.self)
        let last = raw.loadUnaligned(fromByteOffset: name.count - 8, as: UInt64.self)
        let slot = longSlots + Int(truncatingIfNeeded: Self.mix(first, last ^ UInt64(name.count)) >> longSlotShift)
        let cached = slot.pointee.utf8.withContiguousStorageIfAvailable { stored in
            stored.count == name.count && (0..<name.count).allSatisfy { stored[$0] == name[$0] }
        }
        if cached == true {
            return slot.pointee
        }
        let made = String(decoding: name, as: UTF8.self)
        slot.pointee = made
        return made
    }

    @inline(__always)
    private static func mix(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first ^ (second &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    }
}
