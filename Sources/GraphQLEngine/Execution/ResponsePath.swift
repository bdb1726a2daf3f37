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
