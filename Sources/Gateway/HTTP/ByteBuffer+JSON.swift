import GraphQLEngine
import NIOCore

extension ByteBuffer {
    /// A response body of `value` as compact JSON, copied once from where it was written.
    init(json value: ResponseValue) {
        self = value.withJSONBytes { ByteBuffer(bytes: $0) }
    }
}
