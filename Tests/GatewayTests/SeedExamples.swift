import Foundation

/// The JSON examples of `../shared/seed/internal-rest-api.md`, by route: the contract the
/// REST routes are checked against.
struct SeedExamples {
    struct Example {
        var request: Any?
        var response: Any
    }

    /// By `"METHOD /path"`, as the seed writes them (`/api/payments/:id/status`).
    var routes: [String: Example] = [:]
    /// The "Standard Error Response Format".
    var error: Any?

    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed/internal-rest-api.md").path

    static func load() throws -> SeedExamples {
        try SeedExamples(markdown: String(contentsOfFile: path, encoding: .utf8))
    }

    /// Routes are named by `#### METHOD /path` headings or by the request line of an `http`
    /// block (whose body is the request); the json block after `**Request:**` or
    /// `**Response:**` belongs to the route named last.
    init(markdown: String) throws {
        var route: String?
        var expecting: String?
        var requests: [String: Any] = [:]
        var language: String?
        var lines: [String] = []
        for line in markdown.components(separatedBy: "\n") {
            guard let open = language else {
                if line.hasPrefix("```") {
                    language = String(line.dropFirst(3))
                    lines = []
                } else if line.hasPrefix("#### ") {
                    route = Self.routeName(String(line.dropFirst(5)))
                } else if line.hasPrefix("## ") || line.hasPrefix("### ") {
                    route = nil
                    expecting = line.contains("Standard Error Response Format") ? "error" : nil
                } else if line.hasPrefix("**Request:**") {
                    expecting = "request"
                } else if line.hasPrefix("**Response:**") {
                    expecting = "response"
                }
                continue
            }
            guard line.hasPrefix("```") else {
                lines.append(line)
                continue
            }
            language = nil
            if open == "http", let first = lines.first, let named = Self.routeName(first) {
                route = named
                let body = lines.drop(while: { !$0.isEmpty }).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                if !body.isEmpty { requests[named] = try JSONSerialization.jsonObject(with: Data(body.utf8)) }
                continue
            }
            guard open == "json", let wanted = expecting else { continue }
            let value = try JSONSerialization.jsonObject(with: Data(lines.joined(separator: "\n").utf8), options: .fragmentsAllowed)
            expecting = nil
            switch (wanted, route) {
            case ("error", _): error = value
            case ("request", let key?): requests[key] = value
            case ("response", let key?) where routes[key] == nil: routes[key] = Example(request: requests[key], response: value)
            default: break
            }
        }
    }

    static func routeName(_ text: String) -> String? {
        let parts = text.split(separator: " ")
        guard parts.count >= 2, ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(parts[0]), parts[1].hasPrefix("/api/") else { return nil }
        return "\(parts[0]) \(parts[1])"
    }
}

/// Whether a live answer has every key the seed documents, with the same JSON type, all the
/// way down: one line per difference.
enum JSONShape {
    /// `nullable` lists paths (`accounts[].stats.lastActivity`) that may be null where the seed
    /// shows a value, each for a stated reason in the test.
    static func differences(documented: Any, live: Any, path: String = "", nullable: Set<String> = []) -> [String] {
        let here = path.isEmpty ? "(root)" : path
        if documented is NSNull { return [] }
        if live is NSNull { return nullable.contains(path) ? [] : ["\(here) is null; the seed shows a \(kind(documented))"] }
        guard kind(documented) == kind(live) else { return ["\(here) is a \(kind(live)); the seed shows a \(kind(documented))"] }
        if let object = documented as? [String: Any], let liveObject = live as? [String: Any] {
            return object.keys.sorted().flatMap { key -> [String] in
                let inner = path.isEmpty ? key : "\(path).\(key)"
                guard let value = liveObject[key] else { return ["\(inner) is missing"] }
                return differences(documented: object[key]!, live: value, path: inner, nullable: nullable)
            }
        }
        if let array = documented as? [Any], let liveArray = live as? [Any], let first = array.first {
            if liveArray.isEmpty { return ["\(here) is empty: nothing to check against the seed's items"] }
            return liveArray.flatMap { differences(documented: first, live: $0, path: path + "[]", nullable: nullable) }
        }
        return []
    }

    static func kind(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case is String: return "string"
        case is [String: Any]: return "object"
        case is [Any]: return "array"
        case let number as NSNumber: return String(cString: number.objCType) == "c" ? "boolean" : "number"
        default: return "\(type(of: value))"
        }
    }
}
