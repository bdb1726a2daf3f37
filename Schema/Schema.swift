import Foundation
import GraphQLEngine

/// The public contract the binary carries: the SDL files of this folder, loaded from the
/// module's resources.
public enum AxisorSchema {
    /// The embedded simulations whose fields join the contract when they are the backend
    /// (`simulations/*.graphql`): a field to pay fake invoices exists only with the fake node.
    public struct Simulations: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let fakeLightning = Simulations(rawValue: 1)

        var files: [String] {
            contains(.fakeLightning) ? ["fake-lightning.graphql"] : []
        }
    }

    /// Every `.graphql` file of the contract, by name, with those of `simulations`.
    public static func sources(simulations: Simulations = []) throws -> [SchemaSource] {
        guard let folder = Bundle.module.resourceURL else { return [] }
        let urls = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "graphql" }
        let simulated = simulations.files.map { folder.appendingPathComponent("simulations").appendingPathComponent($0) }
        return try (urls.sorted { $0.lastPathComponent < $1.lastPathComponent } + simulated).map { url in
            let name = simulated.contains(url) ? "Schema/simulations/" : "Schema/"
            return SchemaSource(name: name + url.lastPathComponent, text: try String(contentsOf: url, encoding: .utf8))
        }
    }

    /// The contract built and checked.
    public static func load(simulations: Simulations = []) throws -> Schema {
        try Schema.build(from: try sources(simulations: simulations))
    }

    /// The REST route table's YAML text.
    public static func routeTable() throws -> String {
        guard let url = Bundle.module.url(forResource: "routes", withExtension: "yaml") else { return "routes: []" }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
