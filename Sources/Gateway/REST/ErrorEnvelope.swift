import Domain
import Foundation
import GraphQLEngine
import HTTPTypes
import Hummingbird
import NIOCore

/// The internal API's error envelope and its status codes (seed "Error Handling"):
/// `{"success": false, "error": {code, message, details?}, "timestamp", "requestId"}`.
enum ErrorEnvelope {
    /// One offending input, for `VALIDATION_ERROR`.
    typealias Detail = ErrorDetail

    /// The HTTP status of each error code; unknown codes are internal errors.
    static func status(for code: String) -> HTTPResponse.Status {
        switch code {
        case "VALIDATION_ERROR", ErrorCode.badUserInput, ErrorCode.badRequest, ErrorCode.validationFailed, ErrorCode.syntaxError: .badRequest
        case "AUTHENTICATION_REQUIRED", "AUTHENTICATION_FAILED": .unauthorized
        case "PERMISSION_DENIED": .forbidden
        case "RESOURCE_NOT_FOUND": .notFound
        case "METHOD_NOT_ALLOWED": .methodNotAllowed
        case "CONFLICT": .conflict
        case "RATE_LIMIT_EXCEEDED": .tooManyRequests
        case "SERVICE_UNAVAILABLE": .serviceUnavailable
        default: .internalServerError
        }
    }

    /// The codes the seed documents, and the ones the gateway adds; anything else is masked.
    static let publicCodes: Set<String> = [
        "VALIDATION_ERROR", "AUTHENTICATION_REQUIRED", "AUTHENTICATION_FAILED", "PERMISSION_DENIED",
        "RESOURCE_NOT_FOUND", "METHOD_NOT_ALLOWED", "CONFLICT", "RATE_LIMIT_EXCEEDED", "SERVICE_UNAVAILABLE",
    ]

    static func response(code: String, message: String, details: [Detail] = [], requestId: String) -> Response {
        var error = ResponseObject()
        error.append("code", .string(code))
        error.append("message", .string(message))
        if !details.isEmpty {
            error.append("details", .list(details.map { ["field": .string($0.field), "message": .string($0.message)] }))
        }
        var body = ResponseObject()
        body.append("success", false)
        body.append("error", .object(error))
        body.append("timestamp", .string(Self.timestamp()))
        body.append("requestId", .string(requestId))
        return .json(status(for: code), ByteBuffer(json: .object(body)))
    }

    /// The envelope for a GraphQL error from the engine: its code if public, else masked.
    static func response(for error: GraphQLError, requestId: String) -> Response {
        let code = error.code ?? ErrorCode.internalServerError
        switch code {
        case ErrorCode.badUserInput, ErrorCode.validationFailed, ErrorCode.badRequest:
            return response(code: "VALIDATION_ERROR", message: error.message, details: error.details, requestId: requestId)
        case _ where publicCodes.contains(code):
            return response(code: code, message: error.message, details: error.details, requestId: requestId)
        default:
            return response(code: "INTERNAL_SERVER_ERROR", message: "Internal server error", requestId: requestId)
        }
    }

    /// ISO-8601 UTC with whole seconds, as the seed writes dates.
    static func timestamp() -> String {
        UTCTimestamp.string(Date())
    }
}
