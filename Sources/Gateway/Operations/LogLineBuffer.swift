import Foundation
import Synchronization

/// Log lines on their way out, written in batches rather than one `write` call per line. A
/// line written on its own wakes whatever reads the logs (a container runtime, journald) once
/// per request: with standard output piped to `cat` on 2 cores, the reader spent about 10 µs of
/// CPU a request and the server answered about 15% fewer requests/s than with batches. Access
/// logs are written this way by Envoy (flushed every second) and by nginx's `buffer=`.
///
/// A batch goes out when it passes `capacity` bytes, when a line must not wait (a warning or
/// worse, with every line before it), every `interval` from a background thread (so an idle
/// server's lines are never held back longer), and when the process exits. A process killed
/// outright loses at most its last `interval` of lines below warning.
///
/// Request lines, one per request, are kept as their facts and written when their batch goes
/// out, in their place among the other lines (`DeferredRequestLine`): formatted one after the
/// other, mostly by the background thread, they cost a fraction of what each request paid to
/// format its own line among everything else it runs.
final class LogLineBuffer: Sendable {
    /// Where batches go: bytes of whole lines, in the order they were added.
    typealias Write = @Sendable (UnsafeBufferPointer<UInt8>) -> Void

    /// Lines added since the last batch went out: bytes, and request lines to write at their
    /// offsets in those bytes.
    private struct Batch {
        var bytes: [UInt8]
        var requests: [(offset: Int, line: DeferredRequestLine)] = []

        init(capacity: Int) {
            bytes = []
            bytes.reserveCapacity(capacity + 1_024)
        }
    }

    private let write: Write
    private let capacity: Int
    /// Request lines kept at most before their batch goes out (each keeps a few strings).
    private let requestCapacity: Int
    private let pending: Mutex<Batch>
    /// Held while a batch is taken and written, so that batches leave in order: the batch being
    /// written and the bytes it is written into, kept to be refilled without allocating.
    private let writing: Mutex<(batch: Batch, out: [UInt8])>

    /// Batches to `write`, flushed every `interval` if given (tests flush by hand).
    init(capacity: Int = 32_768, requestCapacity: Int = 4_096, interval: Duration? = .milliseconds(100), write: @escaping Write) {
        self.write = write
        self.capacity = capacity
        self.requestCapacity = requestCapacity
        pending = Mutex(Batch(capacity: capacity))
        var out: [UInt8] = []
        out.reserveCapacity(capacity + 1_024)
        writing = Mutex((Batch(capacity: capacity), out))
        if let interval { startFlushing(every: interval) }
    }

    /// The process's standard output, flushed at exit too.
    static let standardOutput: LogLineBuffer = {
        let buffer = LogLineBuffer(write: writeToStandardOutput)
        atexit { LogLineBuffer.standardOutput.flush() }
        return buffer
    }()

    /// Adds one whole line; `urgent` sends it out at once with everything before it.
    func add(_ line: UnsafeBufferPointer<UInt8>, urgent: Bool = false) {
        let full = pending.withLock { batch in
            batch.bytes.append(contentsOf: line)
            return batch.bytes.count >= capacity
        }
        if urgent || full { flush() }
    }

    /// Adds a request line, written when its batch goes out.
    func add(_ request: DeferredRequestLine) {
        let full = pending.withLock { batch in
            batch.requests.append((batch.bytes.count, request))
            return batch.requests.count >= requestCapacity
        }
        if full { flush() }
    }

    /// Writes out every line added so far.
    func flush() {
        writing.withLock { writing in
            pending.withLock { swap(&$0, &writing.batch) }
            guard !writing.batch.bytes.isEmpty || !writing.batch.requests.isEmpty else { return }
            if writing.batch.requests.isEmpty {
                writing.batch.bytes.withUnsafeBufferPointer(write)
            } else {
                // The request lines formatted in their places among the other lines.
                var start = 0
                for (offset, request) in writing.batch.requests {
                    writing.out.append(contentsOf: writing.batch.bytes[start..<offset])
                    request.write(into: &writing.out)
                    start = offset
                }
                writing.out.append(contentsOf: writing.batch.bytes[start...])
                writing.out.withUnsafeBufferPointer(write)
                writing.out.removeAll(keepingCapacity: true)
            }
            writing.batch.bytes.removeAll(keepingCapacity: true)
            writing.batch.requests.removeAll(keepingCapacity: true)
        }
    }

    /// A thread that flushes every `interval` for as long as the buffer exists.
    private func startFlushing(every interval: Duration) {
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        Thread.detachNewThread { [weak self] in
            while true {
                Thread.sleep(forTimeInterval: seconds)
                guard let buffer = self else { return }
                buffer.flush()
            }
        }
    }

    /// Bytes to standard output in as few `write` calls as it takes (one, almost always).
    static func writeToStandardOutput(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(STDOUT_FILENO, next, left)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            next += written
            left -= written
        }
    }
}

/// POSIX `write`, out of reach of `LogLineBuffer.write`, which shadows it inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
