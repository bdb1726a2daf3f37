/// The nodes of the lists being parsed, at every level of nesting at once: a list's items are
/// pushed as they are parsed and moved out, when the list closes, into an array of exactly their
/// count. One allocation a list, rather than a growing array's two or three and their copies.
///
/// A class so that the parser, a value, can lend it to every level; it lives within one parse,
/// and a parse that fails leaves its partial lists here to be freed with it.
final class NodeStack<Node> {
    private var storage: UnsafeMutablePointer<Node>
    private var capacity: Int
    /// How many nodes are on the stack: where the list being opened begins.
    private(set) var count = 0

    init() {
        capacity = 16
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    @inline(__always)
    func push(_ node: consuming Node) {
        if count == capacity { grow() }
        (storage + count).initialize(to: node)
        count += 1
    }

    /// The nodes above `base`, moved (not copied) into an array, and off the stack.
    @inline(__always)
    func popList(from base: Int) -> [Node] {
        // `reserveCapacity` and `append` rather than `Array(unsafeUninitializedCapacity:)`:
        // Swift 6.3 does not specialise the latter, which then looks up the array's storage
        // type at run time, list after list.
        guard count > base else { return [] }
        var nodes: [Node] = []
        nodes.reserveCapacity(count - base)
        for index in base..<count {
            nodes.append((storage + index).move())
        }
        count = base
        return nodes
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
