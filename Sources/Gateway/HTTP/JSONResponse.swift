import GraphQLEngine
import HTTPTypes
import Hummingbird
import NIOCore

extension Response {
    /// A JSON answer: `body` as written, UTF-8 JSON unless `contentType` says which JSON.
    static func json(_ status: HTTPResponse.Status, _ body: ByteBuffer, contentType: String = "application/json; charset=utf-8") -> Response {
        var headers = HTTPFields()
        // Room for the request id too, which the observation middleware adds to every answer.
        headers.reserveCapacity(2)
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
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
