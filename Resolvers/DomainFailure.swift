import Domain
import GraphQLEngine

/// A domain service's refusal with the seed's code and message.
struct DomainFailure: ClientFacingError {
    let message: String
    let code: String
    private(set) var details: [ErrorDetail] = []

    private init(message: String, code: String) {
        self.message = message
        self.code = code
    }

    /// Bad input: `VALIDATION_ERROR` with one detail per field.
    private init(invalid problems: [FieldProblem]) {
        self.init(message: "Invalid request parameters", code: "VALIDATION_ERROR")
        details = problems.map { ErrorDetail(field: $0.field, message: $0.message) }
    }

    init(_ error: IdentityError) {
        switch error {
        case .invalid(let problems):
            self.init(invalid: problems)
        case .taken(let field):
            self.init(message: "That \(field) is already registered.", code: "CONFLICT")
        case .wrongCredentials:
            self.init(message: "Wrong email or password.", code: "AUTHENTICATION_FAILED")
        case .invalidRefreshToken:
            self.init(message: "The refresh token is not valid (unknown, expired, or already used).", code: "AUTHENTICATION_FAILED")
        case .deactivated:
            self.init(message: "This account is deactivated.", code: "PERMISSION_DENIED")
        case .unknownUser:
            self.init(message: "No such user.", code: "RESOURCE_NOT_FOUND")
        }
    }

    init(_ error: ExchangeAccountError) {
        switch error {
        case .invalid(let problems):
            self.init(invalid: problems)
        case .limitReached(let plan, let maxAccounts):
            self.init(message: "The \(plan.rawValue) plan allows \(maxAccounts) exchange account\(maxAccounts == 1 ? "" : "s"); upgrade the plan to add more.", code: "PERMISSION_DENIED")
        case .nameTaken:
            self.init(message: "You already have an exchange account of that name.", code: "CONFLICT")
        case .notFound:
            self.init(message: "No such exchange account.", code: "RESOURCE_NOT_FOUND")
        }
    }

    init(_ error: PaymentError) {
        switch error {
        case .invalid(let problems): self.init(invalid: problems)
        case .notFound: self.init(message: "No such payment.", code: "RESOURCE_NOT_FOUND")
        }
    }

    init(_ error: InvoiceSimulationError) {
        switch error {
        case .unknownInvoice: self.init(message: "The node has no such invoice.", code: "RESOURCE_NOT_FOUND")
        case .notPayable: self.init(invalid: [FieldProblem(field: "paymentRequest", message: "the invoice is expired or canceled")])
        }
    }

    /// The Lightning node could not be reached or refused: the service is unavailable, not broken.
    init(_ error: LightningError) {
        self.init(message: "The Lightning node is unavailable; try again shortly.", code: "SERVICE_UNAVAILABLE")
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
        } catch let error as PaymentError {
            throw DomainFailure(error)
        } catch let error as InvoiceSimulationError {
            throw DomainFailure(error)
        } catch let error as LightningError {
            throw DomainFailure(error)
        } catch let error as InvalidInput {
            throw DomainFailure(invalid: error.problems)
        }
    }
}
