import Foundation

/// Where the data lives: an SQLite file (the embedded default) or a PostgreSQL server, from
/// `database.url` or `DATABASE_URL`:
///
///     sqlite:./data/axisor.sqlite
///     postgres://axisor:secret@db.internal:5432/axisor
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(URLComponents)

    public static let embeddedDefault = DatabaseLocation.sqlite(path: "./data/axisor.sqlite")

    /// The location a URL names, or why it names none.
    static func parse(_ text: String) -> Result<DatabaseLocation, Problem> {
        if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            guard !path.isEmpty else { return .failure(Problem(message: "names no file after sqlite:")) }
            return .success(.sqlite(path: path))
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme, ["postgres", "postgresql"].contains(scheme) else {
            return .failure(Problem(message: "must be sqlite:PATH or postgres://USER:PASSWORD@HOST:PORT/DATABASE"))
        }
        guard let host = components.host, !host.isEmpty else { return .failure(Problem(message: "names no host")) }
        guard components.path.count > 1 else { return .failure(Problem(message: "names no database (…/DATABASE)")) }
        return .success(.postgres(components))
    }

    /// Where files that live beside the data go (the development credentials key, the fake
    /// Lightning node): the SQLite file's folder, or ./data with PostgreSQL.
    public var dataFolder: String {
        guard case .sqlite(let path) = self else { return "./data" }
        return path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    }

    struct Problem: Error {
        var message: String
    }

    /// For logs: the password is never shown.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(var components):
            if components.password != nil { components.password = "***" }
            return components.string ?? "postgres://"
        }
    }
}
