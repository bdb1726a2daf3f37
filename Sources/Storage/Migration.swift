/// One step of the schema, applied once and in order. Its SQL uses the types both stores know;
/// `postgres` overrides it where PostgreSQL needs other words.
public struct Migration: Sendable {
    public var version: Int
    public var name: String
    public var statements: [String]
    public var postgresStatements: [String]?

    public init(version: Int, name: String, statements: [String], postgresStatements: [String]? = nil) {
        self.version = version
        self.name = name
        self.statements = statements
        self.postgresStatements = postgresStatements
    }

    func statements(for dialect: SQLDialect) -> [String] {
        dialect == .postgres ? postgresStatements ?? statements : statements
    }
}
