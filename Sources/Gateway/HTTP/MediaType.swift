import HTTPTypes

/// The response media types /graphql can write, and how the `Accept` header chooses one
/// (GraphQL over HTTP §5.2).
enum GraphQLMediaType: String, Sendable {
    case graphQLResponse = "application/graphql-response+json"
    case json = "application/json"

    /// The headers of an answer in this type: its `Content-Type`, made once.
    var headers: HTTPFields {
        switch self {
        case .graphQLResponse: Self.graphQLResponseHeaders
        case .json: .json
        }
    }

    private static let graphQLResponseHeaders = HTTPFields.contentType("application/graphql-response+json; charset=utf-8")

    /// The preferred acceptable type, or nil when the client accepts neither. No header and
    /// wildcards mean `application/json`, which every client (old ones included) can read; a
    /// client that wants `application/graphql-response+json` names it.
    static func negotiate(accept: String?) -> GraphQLMediaType? {
        guard let accept, !accept.trimmingSpaces().isEmpty else { return .json }
        var best: (type: GraphQLMediaType, quality: Double)? = nil
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { String($0).trimmingSpaces().lowercased() }
            guard let mediaRange = parts.first else { continue }
            var quality = 1.0
            var charsetOK = true
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
                guard pair.count == 2 else { continue }
                if pair[0] == "q" { quality = Double(pair[1]) ?? 0 }
                if pair[0] == "charset" && pair[1] != "utf-8" { charsetOK = false }
            }
            guard quality > 0, charsetOK else { continue }
            let candidates: [GraphQLMediaType] = switch mediaRange {
            case "application/graphql-response+json": [.graphQLResponse]
            case "application/json": [.json]
            case "*/*", "application/*": [.json]
            default: []
            }
            for candidate in candidates where best == nil || quality > best!.quality {
                best = (candidate, quality)
                break
            }
        }
        return best?.type
    }

    /// Whether a `Content-Type` names JSON in UTF-8 (the only body /graphql reads).
    static func isJSONBody(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        if contentType == "application/json" { return true }
        let parts = contentType.split(separator: ";").map { String($0).trimmingSpaces().lowercased() }
        guard parts.first == "application/json" else { return false }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
            if pair.count == 2 && pair[0] == "charset" && pair[1] != "utf-8" { return false }
        }
        return true
    }
}
