/// Where a value stands in the response, as a chain back to the root: appending is one small
/// allocation, and the full path is only spelled out for errors.
final class ResponsePath: Sendable {
    let parent: ResponsePath?
    let component: PathComponent

    init(parent: ResponsePath?, component: PathComponent) {
        self.parent = parent
        self.component = component
    }

    func appending(_ key: String) -> ResponsePath {
        ResponsePath(parent: self, component: .key(key))
    }

    func appending(_ index: Int) -> ResponsePath {
        ResponsePath(parent: self, component: .index(index))
    }

    var components: [PathComponent] {
        var components: [PathComponent] = []
        var node: ResponsePath? = self
        while let current = node {
            components.append(current.component)
            node = current.parent
        }
        return components.reversed()
    }
}

/// The paths of a column of values (one field at every parent of a level, or the items of
/// lists), spelled out only when one is needed: for an error. Executing a thousand objects
/// without errors allocates no path at all.
struct PathColumn: Sendable {
    private let path: @Sendable (Int) -> ResponsePath?
    /// The last key appended, not yet folded into `path`: a key under a column with none
    /// pending (the root field's, a REST route's `me`) costs nothing until another follows.
    private let pendingKey: String?

    private init(_ path: @escaping @Sendable (Int) -> ResponsePath?, pendingKey: String? = nil) {
        self.path = path
        self.pendingKey = pendingKey
    }

    /// The root object's: no path.
    static let root = PathColumn { _ in nil }

    /// The components of row `index`, for an error.
    func components(_ index: Int) -> [PathComponent] {
        folded(index)?.components ?? []
    }

    /// The field `key` under each row.
    func appending(_ key: String) -> PathColumn {
        guard let pendingKey else { return PathColumn(path, pendingKey: key) }
        let parent = path
        return PathColumn({ ResponsePath(parent: parent($0), component: .key(pendingKey)) }, pendingKey: key)
    }

    /// Some rows, in a new order: row `index` is the old row `rows[index]`.
    func rows(_ rows: [Int]) -> PathColumn {
        PathColumn { [self] in folded(rows[$0]) }
    }

    /// List items flattened: item `index` is at `positions[index]` of the list of row `owners[index]`.
    func items(owners: [Int], positions: [Int]) -> PathColumn {
        PathColumn { [self] in ResponsePath(parent: folded(owners[$0]), component: .index(positions[$0])) }
    }

    /// The path of row `index`, the pending key included.
    private func folded(_ index: Int) -> ResponsePath? {
        guard let pendingKey else { return path(index) }
        return ResponsePath(parent: path(index), component: .key(pendingKey))
    }
}
