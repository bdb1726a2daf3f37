/// An error a resolver may throw to tell the client what went wrong: its message and code go
/// into the response as they are. Any other error is masked as an internal error, so nothing
/// about the server leaks; the gateway logs the original with the request id.
public protocol ClientFacingError: Error {
    var message: String { get }
    /// `extensions.code`, for example `RESOURCE_NOT_FOUND`.
    var code: String { get }
    /// `extensions.details`: what was wrong with each input field.
    var details: [ErrorDetail] { get }
}

extension ClientFacingError {
    public var details: [ErrorDetail] { [] }
}

/// How an error thrown by a resolver appears in the response.
struct FieldErrorMessage {
    var message: String
    var code: String
    var details: [ErrorDetail] = []

    init(_ error: any Error) {
        if let exposed = error as? any ClientFacingError {
            message = exposed.message
            code = exposed.code
            details = exposed.details
        } else {
            message = "Internal server error."
            code = ErrorCode.internalServerError
        }
    }
}
