/// Recently made name strings, so that a document's repeated names (`id`, `name`, the fields of
/// a fragment used twice) become `String`s once rather than each time they appear.
///
/// A name of up to 16 bytes is its own key: its bytes, read as two words, cannot collide with
/// another name's (names hold no NUL bytes). One probe into a direct-mapped table decides; a
/// miss makes the string and takes the slot. Longer names are made each time.
///
/// A class so that the lexer's lookahead copy shares it; it lives within one parse.
final class NameCache {
    /// A name's two words and its string side by side: a probe reads one cache line.
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var string = ""
    }

    private static let slotCount = 512
    private let slots: UnsafeMutablePointer<Slot>

    init() {
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: Slot(), count: Self.slotCount)
    }

    deinit {
        slots.deinitialize(count: Self.slotCount)
        slots.deallocate()
    }

    /// The string of the name at `start..<start + length` in `source`.
    @inline(__always)
    func string(in source: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> String {
        // Whole-word reads must stay inside the buffer; names near its end take the slow way.
        guard length <= 16, start + 16 <= source.count, let base = source.baseAddress else {
            return make(source, start, length)
        }
        let raw = UnsafeRawPointer(base + start)
        var first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        if length < 8 {
            first &= (1 << UInt64(length &* 8)) &- 1
            second = 0
        } else if length < 16 {
            second &= (1 << UInt64((length &- 8) &* 8)) &- 1
        }
        let mixed = (first ^ (second &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        let slot = slots + Int(truncatingIfNeeded: mixed >> 55)  // 9 bits: 512 slots
        if slot.pointee.low == first && slot.pointee.high == second && first != 0 {
            return slot.pointee.string
        }
        let made = make(source, start, length)
        slot.pointee = Slot(low: first, high: second, string: made)
        return made
    }

    private func make(_ source: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: source[start..<start + length]), as: UTF8.self)
    }
}
