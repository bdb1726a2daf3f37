import HTTPTypes

extension HTTPFields {
    /// The value of the field named `name`, as the request holds it. `fields[name]` joins the
    /// values of every field of that name into a new string through a generic lazy sequence:
    /// a copy of the whole bearer token, about 1.5 µs of every request. Several fields of that
    /// name are still joined as the subscript joins them.
    public func value(of name: HTTPField.Name) -> String? {
        var found: String? = nil
        for field in self where field.name == name {
            if found != nil { return self[name] }
            found = field.value
        }
        return found
    }

    /// Sets the field named `name` to `value`, appended when there is none (as on almost every
    /// answer): the subscript's setter goes through a generic replacement of every field of
    /// that name, several times the cost of an append.
    mutating func set(_ name: HTTPField.Name, to value: String) {
        if contains(name) {
            self[name] = value
        } else {
            append(HTTPField(name: name, value: value))
        }
    }
}
