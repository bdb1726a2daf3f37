import Foundation
@testable import Gateway
import Logging
import Synchronization
import Testing

/// Log lines leave in batches, in order, whole, and never later than a failure or the flusher's
/// interval: what operators reading the JSON logs rely on.
@Suite("Log line buffer")
struct LogLineBufferTests {
    /// What a buffer wrote: each batch as text.
    final class Batches: Sendable {
        let written = Mutex<[String]>([])
        var all: [String] { written.withLock { $0 } }
        var text: String { all.joined() }

        func buffer(capacity: Int = 32_768, interval: Duration? = nil) -> LogLineBuffer {
            LogLineBuffer(capacity: capacity, interval: interval) { bytes in
                let batch = String(decoding: bytes, as: UTF8.self)
                self.written.withLock { $0.append(batch) }
            }
        }
    }

    private func add(_ line: String, to buffer: LogLineBuffer, urgent: Bool = false) {
        Array(line.utf8).withUnsafeBufferPointer { buffer.add($0, urgent: urgent) }
    }

    @Test("lines wait for a batch; a flush writes them once, in order")
    func flush() {
        let batches = Batches()
        let buffer = batches.buffer()
        add("one\n", to: buffer)
        add("two\n", to: buffer)
        #expect(batches.all.isEmpty)
        buffer.flush()
        buffer.flush()
        #expect(batches.all == ["one\ntwo\n"])
        add("three\n", to: buffer)
        buffer.flush()
        #expect(batches.all == ["one\ntwo\n", "three\n"])
    }

    @Test("a batch that reaches its capacity goes out by itself, in whole lines")
    func capacity() {
        let batches = Batches()
        let buffer = batches.buffer(capacity: 64)
        let line = String(repeating: "x", count: 29) + "\n"
        add(line, to: buffer)
        add(line, to: buffer)
        #expect(batches.all.isEmpty)
        add(line, to: buffer)
        #expect(batches.all == [line + line + line])
    }

    @Test("an urgent line goes out at once, after every line added before it")
    func urgent() {
        let batches = Batches()
        let buffer = batches.buffer()
        add("info\n", to: buffer)
        add("error\n", to: buffer, urgent: true)
        #expect(batches.all == ["info\nerror\n"])
    }

    @Test("lines added from many tasks at once all arrive once, whole, each task's in its order")
    func concurrent() async {
        let batches = Batches()
        let buffer = batches.buffer(capacity: 1_000)
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for number in 0..<500 {
                        self.add("task \(task) line \(number)\n", to: buffer, urgent: number % 97 == 0)
                    }
                }
            }
        }
        buffer.flush()
        let lines = batches.text.split(separator: "\n")
        #expect(lines.count == 8 * 500)
        #expect(batches.all.allSatisfy { $0.hasSuffix("\n") })
        for task in 0..<8 {
            let numbers = lines.filter { $0.hasPrefix("task \(task) line ") }.map { Int($0.split(separator: " ")[3])! }
            #expect(numbers == Array(0..<500))
        }
    }

    @Test("an idle buffer's lines go out within the flusher's interval, without a flush")
    func background() async throws {
        let batches = Batches()
        let buffer = batches.buffer(interval: .milliseconds(20))
        add("idle\n", to: buffer)
        for _ in 0..<500 where batches.all.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(batches.all == ["idle\n"])
    }

    @Test("JSON lines below warning wait for their batch; a warning or worse takes them out at once")
    func jsonHandler() throws {
        let batches = Batches()
        let logger = Logger(label: "axisor") { label in JSONLogHandler(label: label, buffer: batches.buffer()) }
        logger.info("first")
        logger.debug("below the level")
        #expect(batches.all.isEmpty)
        logger.warning("second")
        let lines = try #require(batches.all.first).split(separator: "\n")
        #expect(batches.all.count == 1)
        #expect(lines.count == 2)
        #expect(lines[0].contains(#""level":"info","message":"first""#))
        #expect(lines[1].contains(#""level":"warning","message":"second""#))
    }

    @Test("request lines wait for their batch and are written in their places, as the handler writes them at once; a server error's goes out at once")
    func deferredRequestLines() throws {
        let batches = Batches()
        let buffer = batches.buffer()
        let handler = JSONLogHandler(label: "axisor", buffer: buffer)
        let logger = Logger(label: "axisor") { _ in handler }
        logger.info("before")
        handler.log(RequestLine(method: "GET", route: "/api/user/profile", status: 200, microseconds: 1_234, requestId: "req_1"))
        logger.info("between")
        handler.log(RequestLine(method: "POST", route: "/graphql", status: 404, microseconds: 7, requestId: "req_2"))
        #expect(batches.all.isEmpty)
        buffer.flush()
        handler.log(RequestLine(method: "GET", route: "/health", status: 503, microseconds: 10, requestId: "req_3"))
        #expect(batches.all.count == 2)

        let immediate = Mutex<[String]>([])
        let direct = JSONLogHandler(label: "axisor") { line in immediate.withLock { $0.append(line) } }
        direct.log(RequestLine(method: "GET", route: "/api/user/profile", status: 200, microseconds: 1_234, requestId: "req_1"))
        direct.log(RequestLine(method: "POST", route: "/graphql", status: 404, microseconds: 7, requestId: "req_2"))
        func withoutTime<Line: StringProtocol>(_ line: Line) -> String { String(line).replacing(/"timestamp":"[^"]*"/, with: "") }
        let lines = batches.all[0].split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5)
        #expect(lines[0].contains(#""message":"before""#))
        #expect(withoutTime(lines[1]) + "\n" == withoutTime(immediate.withLock { $0[0] }))
        #expect(lines[2].contains(#""message":"between""#))
        #expect(withoutTime(lines[3]) + "\n" == withoutTime(immediate.withLock { $0[1] }))
        #expect(lines[4].isEmpty)
        #expect(batches.all[1].contains(#""level":"error","message":"request""#) && batches.all[1].contains(#""request_id":"req_3""#))
        // Logged at 12:00:00.000, written later: the line keeps the time it was logged.
        var kept: [UInt8] = []
        DeferredRequestLine(time: Date(timeIntervalSince1970: 1_736_164_800), label: "axisor", request: RequestLine(method: "GET", route: "/", status: 200, microseconds: 1, requestId: "r"))
            .write(into: &kept)
        #expect(String(decoding: kept, as: UTF8.self).hasPrefix(#"{"timestamp":"2025-01-06T12:00:00.000Z","level":"info""#))
    }

    @Test("request lines kept up to their capacity go out by themselves")
    func deferredCapacity() {
        let batches = Batches()
        let buffer = LogLineBuffer(requestCapacity: 3, interval: nil) { bytes in
            batches.written.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) }
        }
        let request = DeferredRequestLine(time: Date(), label: "axisor", request: RequestLine(method: "GET", route: "/", status: 200, microseconds: 1, requestId: "r"))
        buffer.add(request)
        buffer.add(request)
        #expect(batches.all.isEmpty)
        buffer.add(request)
        #expect(batches.all.count == 1)
        #expect(batches.all[0].split(separator: "\n").count == 3)
    }

    @Test("a kept request line is written with the bytes the JSON handler's general writer gives it, strings to escape included")
    func deferredBytes() {
        let time = Date(timeIntervalSince1970: 1_736_164_800.042)
        let lines = [
            RequestLine(method: "GET", route: "/api/user/profile", status: 200, microseconds: 1_234, requestId: "req_0123456789abcdef"),
            RequestLine(method: "POST", route: "/graphql", status: 503, microseconds: 0, requestId: "caller-id.1_2"),
            RequestLine(method: "DELETE", route: "unmatched", status: 404, microseconds: 12_345_678, requestId: "r"),
            RequestLine(method: "GET", route: "/api/\"quoted\"\\path", status: 200, microseconds: 7, requestId: "req_1"),
            RequestLine(method: "GET", route: "/", status: 200, microseconds: 7, requestId: "tab\there"),
        ]
        for label in ["axisor", "la\"bel"] {
            for line in lines {
                var kept: [UInt8] = Array("earlier line\n".utf8)
                DeferredRequestLine(time: time, label: label, request: line).write(into: &kept)
                let general = JSONLogHandler.format(
                    time: time, level: line.level, message: "request", label: label, metadata: [:], requestId: nil, fields: line.forEachField
                ) { String(decoding: $0, as: UTF8.self) }
                #expect(String(decoding: kept, as: UTF8.self) == "earlier line\n" + general)
            }
        }
    }

    @Test("durations are written in milliseconds with three decimals")
    func durations() {
        #expect(RequestLine.milliseconds(0) == "0.000")
        #expect(RequestLine.milliseconds(7) == "0.007")
        #expect(RequestLine.milliseconds(1_234) == "1.234")
        #expect(RequestLine.milliseconds(12_345_678) == "12345.678")
    }
}
