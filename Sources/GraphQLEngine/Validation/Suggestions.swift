/// "Did you mean …?" for unknown names: the known names close to what was written, by edit
/// distance, as graphql-js suggests them.
enum Suggestions {
    /// The options within an edit distance of about 40% of `input`'s length, closest first
    /// (then alphabetically). Case differences count as nothing.
    static func list(for input: String, among options: [String]) -> [String] {
        let threshold = Int(Double(input.count) * 0.4) + 1
        let lowered = Array(input.lowercased().unicodeScalars)
        var scored: [(name: String, distance: Int)] = []
        for option in options {
            let candidate = Array(option.lowercased().unicodeScalars)
            let distance = input == option ? 0 : (lowered == candidate ? 1 : editDistance(lowered, candidate, limit: threshold))
            if distance <= threshold {
                scored.append((option, distance))
            }
        }
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.map(\.name)
    }

    /// ` Did you mean "a", "b", or "c"?`, at most five names; empty when there are none.
    /// - Parameter subject: words between "Did you mean" and the names, such as
    ///   "to use an inline fragment on".
    static func didYouMean(_ suggestions: [String], subject: String? = nil) -> String {
        guard !suggestions.isEmpty else { return "" }
        let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
        let list: String = switch quoted.count {
        case 1: quoted[0]
        case 2: "\(quoted[0]) or \(quoted[1])"
        default: quoted.dropLast().joined(separator: ", ") + ", or " + quoted[quoted.count - 1]
        }
        return " Did you mean " + (subject.map { $0 + " " } ?? "") + list + "?"
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up
    /// past `limit`.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
