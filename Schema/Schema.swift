import Foundation
import GraphQLEngine

/// The public contract the binary carries: the SDL files of this folder, loaded from the
/// module's resources.
public enum AxisorSchema {
    /// Every `.graphql` file of the contract, by name.
    public static func sources() throws -> [SchemaSource] {
        guard let folder = Bundle.module.resourceURL else { return [] }
        let urls = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "graphql" }
        return try urls.sorted { $0.lastPathComponent < $1.lastPathComponent }.map { url in
            SchemaSource(name: "Schema/" + url.lastPathComponent, text: try String(contentsOf: url, encoding: .utf8))
        }
    }

    /// The contract built and checked.
    public static func load() throws -> Schema {
        try Schema.build(from: try sources())
    }

    /// The REST route table's YAML text.
    public static func routeTable() throws -> String {
        guard let url = Bundle.module.url(forResource: "routes", withExtension: "yaml") else { return "routes: []" }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
