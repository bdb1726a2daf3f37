extension ExecutionRun {
    /// `objectAtOnce` written as JSON where it is read, for an executor that
    /// `writesObjectsAsJSON`: the bytes `JSONWriter` writes for the object `objectAtOnce`
    /// builds, without building it (no array of values per object, no second walk to write
    /// them). nil in the same cases, and for an executor that builds its objects or a level not
    /// read at once: the caller then builds the object.
    ///
    /// A second pass beside `objectAtOnce` rather than one pass over a choice of sinks: the
    /// sinks' indirection cost more than the tree saved when the request's code runs cold
    /// (in process with SQLite: 7.2 µs against 5.9 for a REST route).
    func objectJSON(_ plan: SelectionPlan, parent: any Sendable) -> WrittenJSON? {
        guard writesObjectsAsJSON, plan.written != nil else { return nil }
        var json = JSONBuffer(capacity: 512)
        guard writeObjectAtOnce(plan, parent: parent, into: &json) else { return nil }
        return WrittenJSON(bytes: json.bytes())
    }

    /// `objectJSON` for every parent of a level, or nil when one of them is not written so
    /// (the level is then executed, which says what is wrong).
    func objectsJSON(_ plan: SelectionPlan, parents: [any Sendable]) -> [WrittenJSON]? {
        var written: [WrittenJSON] = []
        written.reserveCapacity(parents.count)
        for parent in parents {
            guard let object = objectJSON(plan, parent: parent) else { return nil }
            written.append(object)
        }
        return written
    }

    private func writeObjectAtOnce(_ plan: SelectionPlan, parent: any Sendable, into json: inout JSONBuffer) -> Bool {
        guard let level = plan.written else { return false }
        json.append(UInt8(ascii: "{"))
        // Read in place: copying a field out of the array would retain each of its references.
        let written = level.fields.withUnsafeBufferPointer { fields in
            level.openings.withUnsafeBufferPointer { openings in
                for index in fields.indices {
                    json.append(UnsafeBufferPointer(rebasing: openings[fields[index].opening]))
                    let atOnce = fields[index].atOnce
                    if atOnce == .typename {
                        level.typeNameJSON.withUnsafeBufferPointer { json.append($0) }
                        continue
                    }
                    guard let read = fields[index].read else { return false }
                    switch read(parent) {
                    case .null:
                        guard !fields[index].isNonNull else { return false }
                        json.append("null")
                    case .leaf(let value):
                        guard atOnce.isPlain(value, scalar: fields[index].scalar, enumNames: fields[index].enumNames) else { return false }
                        JSONWriter.write(value, into: &json)
                    case .object(let object):
                        guard atOnce == .object, let objectPlan = fields[index].objectPlan,
                              writeObjectAtOnce(objectPlan, parent: object, into: &json) else { return false }
                    case .list:
                        return false
                    }
                }
                return true
            }
        }
        guard written else { return false }
        json.append(UInt8(ascii: "}"))
        return true
    }
}
