import GraphQLEngine
import HTTPTypes
import Hummingbird
import NIOCore

extension Response {
    /// A JSON answer: `body` as written, with `headers` (UTF-8 JSON unless they say which JSON).
    static func json(_ status: HTTPResponse.Status, _ body: ByteBuffer, headers: HTTPFields = .json) -> Response {
        Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}

extension HTTPFields {
    /// `Content-Type: application/json; charset=utf-8`, made once: setting a field checks its
    /// name and value, which every answer would otherwise repeat.
    static let json = contentType("application/json; charset=utf-8")

    static func contentType(_ value: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = value
        return fields
    }
}

extension ByteBuffer {
    /// A response body of `value` as compact JSON, copied once from where it was written.
    init(json value: ResponseValue) {
        self = value.withJSONBytes { ByteBuffer(bytes: $0) }
    }

    /// A GraphQL response body (`{"data": …, "errors": […]}`), copied once from where it was written.
    init(response result: ExecutionResult) {
        self = result.withResponseJSON { ByteBuffer(bytes: $0) }
    }
}
