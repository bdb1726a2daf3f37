import Domain
import GraphQLEngine

/// A domain service's refusal with the seed's code and message.
struct DomainFailure: ClientFacingError {
    let message: String
    let code: String
    private(set) var details: [ErrorDetail] = []

    init(_ error: IdentityError) {
        switch error {
        case .invalid(let problems):
            message = "Invalid request parameters"
            code = "VALIDATION_ERROR"
            details = problems.map { ErrorDetail(field: $0.field, message: $0.message) }
        case .taken(let field):
            message = "That \(field) is already registered."
            code = "CONFLICT"
        case .wrongCredentials:
            message = "Wrong email or password."
            code = "AUTHENTICATION_FAILED"
        case .invalidRefreshToken:
            message = "The refresh token is not valid (unknown, expired, or already used)."
            code = "AUTHENTICATION_FAILED"
        case .deactivated:
            message = "This account is deactivated."
            code = "PERMISSION_DENIED"
        case .unknownUser:
            message = "No such user."
            code = "RESOURCE_NOT_FOUND"
        }
    }

    init(_ error: ExchangeAccountError) {
        switch error {
        case .invalid(let problems):
            message = "Invalid request parameters"
            code = "VALIDATION_ERROR"
            details = problems.map { ErrorDetail(field: $0.field, message: $0.message) }
        case .limitReached(let plan, let maxAccounts):
            message = "The \(plan.rawValue) plan allows \(maxAccounts) exchange account\(maxAccounts == 1 ? "" : "s"); upgrade the plan to add more."
            code = "PERMISSION_DENIED"
        case .nameTaken:
            message = "You already have an exchange account of that name."
            code = "CONFLICT"
        case .notFound:
            message = "No such exchange account."
            code = "RESOURCE_NOT_FOUND"
        }
    }

    /// Runs `body`, turning domain refusals into what clients see: their code and, for bad
    /// input, each field.
    static func exposing<Value>(_ body: () async throws -> Value) async throws -> Value {
        do {
            return try await body()
        } catch let error as IdentityError {
            throw DomainFailure(error)
        } catch let error as ExchangeAccountError {
            throw DomainFailure(error)
        }
    }
}
