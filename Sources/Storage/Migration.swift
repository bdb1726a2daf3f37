/// One step of the schema, applied once and in order. Its SQL uses only what both stores
/// understand (see `SQLValue` for the column types).
public struct Migration: Sendable {
    public var version: Int
    public var name: String
    public var statements: [String]

    public init(version: Int, name: String, statements: [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }
}
