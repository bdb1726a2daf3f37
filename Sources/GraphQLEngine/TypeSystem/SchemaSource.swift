/// One SDL text and the name it is reported under (usually its file path).
public struct SchemaSource: Sendable, Hashable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
