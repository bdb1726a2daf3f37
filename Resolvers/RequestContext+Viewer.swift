import Domain
import GraphQLEngine

extension RequestContext {
    /// The signed-in user's id. Fields marked `@auth` are refused before they run without a
    /// viewer, so this failing means a field lacks its `@auth`.
    func signedInUserId() throws -> String {
        guard let viewer = viewer as? Viewer else { throw DomainFailure(.wrongCredentials) }
        return viewer.userId
    }
}
