/// What writing one object of a level read at once as JSON needs (`ExecutionRun.objectJSON`),
/// laid out side by side: the members' opening bytes in one block, each field's facts in one
/// array of values. The request reaches this code with it out of the caches; read from the
/// level's planned fields, each field was a separate object with its key in another, each a
/// cache miss of its own.
struct WrittenLevel: Sendable {
    /// Per field, in selection order.
    struct Field: Sendable {
        /// Its member's opening (`"key":`, after a comma but for the first) in `openings`.
        var opening: Range<Int>
        var atOnce: PlannedField.AtOnce
        var isNonNull: Bool
        var scalar: BuiltInScalar?
        var read: (@Sendable (any Sendable) -> Resolved)?
        var enumNames: Set<String>?
        var objectPlan: SelectionPlan?
    }

    let fields: [Field]
    let openings: [UInt8]
    /// For `__typename`, as written.
    let typeNameJSON: [UInt8]

    /// nil unless every field is read at once.
    init?(type: SchemaType, fields planned: [PlannedField]) {
        var openings = JSONBuffer(capacity: 256)
        var fields: [Field] = []
        fields.reserveCapacity(planned.count)
        for field in planned {
            guard let atOnce = field.atOnce else { return nil }
            let start = openings.count
            if !fields.isEmpty { openings.append(UInt8(ascii: ",")) }
            JSONWriter.writeString(field.key, into: &openings)
            openings.append(UInt8(ascii: ":"))
            fields.append(Field(
                opening: start..<openings.count, atOnce: atOnce, isNonNull: field.isNonNull, scalar: field.scalar, read: field.read,
                enumNames: field.enumNames, objectPlan: field.objectPlan
            ))
        }
        self.fields = fields
        self.openings = openings.bytes()
        var typeName = JSONBuffer(capacity: type.name.utf8.count + 2)
        JSONWriter.writeString(type.name, into: &typeName)
        typeNameJSON = typeName.bytes()
    }
}
