import GraphQLLanguage

/// Where a schema element was defined: the SDL file and the location in it. Built-in types
/// and directives have none.
public struct SourceOrigin: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var location: SourceLocation

    public init(file: String, location: SourceLocation) {
        self.file = file
        self.location = location
    }

    public var description: String { "\(file):\(location.line):\(location.column)" }
}
