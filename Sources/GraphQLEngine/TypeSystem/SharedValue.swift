/// A value kept in one immutable box that every copy shares: copying it is one retain, however
/// many members the value has. Schema definitions are copied wherever validation, execution and
/// introspection read the schema; they change only while a schema is assembled, and a change
/// makes a new box.
struct SharedValue<Value: Hashable & Sendable>: Hashable, Sendable {
    private final class Box: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    var value: Value { box.value }

    mutating func update(_ change: (inout Value) -> Void) {
        var value = box.value
        change(&value)
        box = Box(value)
    }

    static func == (lhs: SharedValue, rhs: SharedValue) -> Bool {
        lhs.box === rhs.box || lhs.box.value == rhs.box.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(box.value)
    }
}
