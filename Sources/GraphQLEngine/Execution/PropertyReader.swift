/// Reads one property of the parents of a level, which reach the executor as `any Sendable`.
///
/// This is the executor's hottest path (one call per leaf value), so a stored property is read
/// where it lies: `parent as! Parent` would copy the whole parent (retaining every member) to
/// read one of them, and a key-path application goes through the runtime's generic walk. Only
/// properties `MemoryLayout.offset(of:)` vouches for are read by offset; any other key path
/// (a computed property) is applied to the parent in place.
struct PropertyReader<Parent, Value>: Sendable {
    let keyPath: any KeyPath<Parent, Value> & Sendable
    /// The byte offset of a stored property of a struct `Parent`, nil otherwise.
    let offset: Int?

    init(_ keyPath: any KeyPath<Parent, Value> & Sendable) {
        self.keyPath = keyPath
        self.offset = MemoryLayout<Parent>.offset(of: keyPath as PartialKeyPath<Parent>)
    }

    func read(_ parent: any Sendable) -> Value {
        read(opened: parent)
    }

    /// `parent` opened in place: its storage is borrowed, not copied.
    private func read<Opened>(opened parent: Opened) -> Value {
        guard Opened.self == Parent.self else { return (parent as! Parent)[keyPath: keyPath] }
        return withUnsafePointer(to: parent) { pointer in
            if let offset {
                return UnsafeRawPointer(pointer).load(fromByteOffset: offset, as: Value.self)
            }
            // A computed property (`\.plan.rawValue`): applied to the parent where it lies.
            return UnsafeRawPointer(pointer).assumingMemoryBound(to: Parent.self).pointee[keyPath: keyPath]
        }
    }
}
