/// Reads one property of the parents of a level, which reach the executor as `any Sendable`.
///
/// This is the executor's hottest path (one call per leaf value), so the parent is read where
/// it lies: `parent as! Parent` would copy the whole parent (retaining every member) to read
/// one of them. A stored property that `MemoryLayout.offset(of:)` vouches for is loaded from its
/// offset; a function (`{ $0.plan.rawValue }`) or any other key path is applied to the parent
/// in place — a key path through the runtime's generic walk, which is why computed properties
/// are better bound as functions.
@usableFromInline
struct PropertyReader<Parent, Value>: Sendable {
    @usableFromInline
    enum Access: Sendable {
        case stored(offset: Int)
        case keyPath(any KeyPath<Parent, Value> & Sendable)
        case function(@Sendable (Parent) -> Value)
        /// Reads what it needs from the parent's storage itself: a stored property then
        /// transformed, or nothing of the parent at all. A function is handed the parent as a
        /// value, which copies the whole parent (retaining every member) for each field read.
        case fromStorage(@Sendable (UnsafeRawPointer) -> Value)
    }

    @usableFromInline let access: Access

    @inlinable
    init(_ keyPath: any KeyPath<Parent, Value> & Sendable) {
        access = MemoryLayout<Parent>.offset(of: keyPath as PartialKeyPath<Parent>).map { .stored(offset: $0) } ?? .keyPath(keyPath)
    }

    @inlinable
    init(_ function: @escaping @Sendable (Parent) -> Value) {
        access = .function(function)
    }

    /// A stored property, transformed: only the property is read out of the parent.
    @inlinable
    init<Stored>(_ keyPath: any KeyPath<Parent, Stored> & Sendable, then transform: @escaping @Sendable (Stored) -> Value) {
        if let offset = MemoryLayout<Parent>.offset(of: keyPath as PartialKeyPath<Parent>) {
            access = .fromStorage { transform($0.load(fromByteOffset: offset, as: Stored.self)) }
        } else {
            access = .function { transform($0[keyPath: keyPath]) }
        }
    }

    /// A value that does not depend on the parent.
    @inlinable
    init(withoutParent make: @escaping @Sendable () -> Value) {
        access = .fromStorage { _ in make() }
    }

    @inlinable
    func read(_ parent: any Sendable) -> Value {
        read(opened: parent)
    }

    /// `parent` opened in place: its storage is borrowed, not copied.
    @inlinable
    func read<Opened>(opened parent: Opened) -> Value {
        // Another type only for a subclass of a class `Parent`: converted, then read.
        guard Opened.self == Parent.self else { return read(opened: parent as! Parent) }
        return withUnsafePointer(to: parent) { pointer in
            let raw = UnsafeRawPointer(pointer)
            switch access {
            case .stored(let offset): return raw.load(fromByteOffset: offset, as: Value.self)
            case .keyPath(let keyPath): return raw.assumingMemoryBound(to: Parent.self).pointee[keyPath: keyPath]
            case .function(let function): return function(raw.assumingMemoryBound(to: Parent.self).pointee)
            case .fromStorage(let read): return read(raw)
            }
        }
    }
}
