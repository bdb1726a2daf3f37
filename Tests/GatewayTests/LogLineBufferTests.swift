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
}
