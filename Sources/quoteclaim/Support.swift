import ArgumentParser
import Dispatch
import Foundation
import QuoteClaimKit
import Synchronization

enum RuleLoading {
    /// Loads rules or prints every problem and exits with code 2.
    static func load(_ options: RuleOptions) throws -> RuleSet {
        do {
            return try RuleLoader(includeBuiltIn: !options.noBuiltinRules, directories: options.directories).load()
        } catch {
            Console.error(error.description)
            Console.error("quoteclaim: \(error.errors.count) rule error(s); nothing was processed")
            throw ExitCode(2)
        }
    }
}

enum Console {
    /// The slowest rules first, with their share of all rule time.
    static func ruleProfile(_ timings: [String: RuleTiming]) -> String {
        let seconds = { (timing: RuleTiming) in Double(timing.duration.components.seconds) + Double(timing.duration.components.attoseconds) / 1e18 }
        let total = timings.values.map(seconds).reduce(0, +)
        var lines = ["quoteclaim: time per rule (\(String(format: "%.3f", total)) s in all)"]
        for (id, timing) in timings.sorted(by: { seconds($0.value) > seconds($1.value) }) {
            lines.append(String(format: "  %8.3f s  %5.1f%%  %8d ranges  %@", seconds(timing), total > 0 ? 100 * seconds(timing) / total : 0, timing.ranges, id))
        }
        return lines.joined(separator: "\n")
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func summary(_ summary: BatchSummary, seconds: Double) -> String {
        let megabytes = Double(summary.bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        let classes = ClaimClass.allCases.sorted().map { "\($0.rawValue) \(summary.claims[$0] ?? 0)" }.joined(separator: ", ")
        return String(format: "quoteclaim: %d documents, %d quotes, %d claims (%@), %d skipped, %.2f s, %.1f MB/s",
                      summary.documents, summary.quotes, summary.claims.values.reduce(0, +), classes, summary.skipped, seconds, rate)
    }
}

struct WriteError: Error, LocalizedError {
    let reason: String
    let destination: String
    var errorDescription: String? { "\(reason) (writing to \(destination))" }
}

/// Where records go: stdout, or a file written through a temporary file and
/// renamed into place at the end, so a failed run never leaves a file that
/// looks complete.
final class OutputSink {
    private let handle: FileHandle
    private let temporary: String?
    private let destination: String?
    private var buffer = Data()

    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            temporary = nil
            destination = nil
            return
        }
        // A device or pipe (/dev/stdout, a FIFO) is written in place: it
        // cannot be replaced by renaming, and must not be.
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            guard let file = FileHandle(forWritingAtPath: path) else {
                Console.error("quoteclaim: cannot open \(path) for writing")
                throw ExitCode(3)
            }
            handle = file
            temporary = nil
            destination = path
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        let temp = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).partial"
        guard FileManager.default.createFile(atPath: temp, contents: nil), let file = FileHandle(forWritingAtPath: temp) else {
            Console.error("quoteclaim: cannot create \(temp) next to --output \(path)")
            throw ExitCode(3)
        }
        handle = file
        temporary = temp
        destination = path
    }

    func write(_ line: String) throws {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes with write(2), so a failure carries its errno ("Broken pipe",
    /// "No space left on device") into the message.
    private func flush() throws {
        let descriptor = handle.fileDescriptor
        try buffer.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(reason: String(cString: strerror(errno)), destination: destination ?? "stdout")
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws {
        try flush()
        guard let temporary, let destination else { return }
        try handle.close()
        if rename(temporary, destination) != 0 { throw CocoaError(.fileWriteUnknown) }
    }

    func abandon() {
        if let temporary { unlink(temporary) }
    }

    /// After an interruption: flush, and leave the output under a name that
    /// does not look complete. Returns that name (nil for stdout).
    func keepPartial() throws -> String? {
        try flush()
        guard let temporary, let destination else { return nil }
        try handle.close()
        let partial = destination + ".partial"
        if rename(temporary, partial) != 0 { throw CocoaError(.fileWriteUnknown) }
        return partial
    }
}

/// SIGINT sets a flag that the batch checks before each document; a second
/// SIGINT ends the process at once. The flag is set by a plain signal
/// handler, not a dispatch source: under load the dispatch pool can stay busy
/// with the batch's own workers until the run is over. SIGPIPE is ignored so
/// that a closed pipe becomes a write error with a message instead of a
/// silent death.
final class Interrupt: Sendable {
    /// Signals are process-wide, so is their count.
    private static let received = Atomic<Int>(0)

    var isSet: Bool { Self.received.load(ordering: .relaxed) > 0 }

    static func install() -> Interrupt {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGINT) { _ in
            if Interrupt.received.wrappingAdd(1, ordering: .relaxed).newValue > 1 { _exit(130) }
        }
        // A parent can start us with SIGINT blocked (a program that spawns
        // from a worker thread): unblock it on this thread, which the
        // workers are started from.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        return Interrupt()
    }
}

/// write(2), named apart from OutputSink.write.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// JSONL documents from each input in turn (files, or stdin for "-").
final class JSONLStream {
    private let inputs: InputWalk
    private let fields: JSONLReader.Fields
    private let loader: DocumentLoader
    private var current: JSONLReader?

    init(inputs: InputWalk, fields: JSONLReader.Fields, loader: DocumentLoader) {
        self.inputs = inputs
        self.fields = fields
        self.loader = loader
    }

    func next() -> BatchRunner.WorkItem? {
        while true {
            if let item = current?.next() { return item }
            guard let input = inputs.next() else { return nil }
            switch input.location {
            case .standardInput:
                current = JSONLReader(name: "-", handle: .standardInput, fields: fields, loader: loader)
            case .file(let raw):
                let path = String(decoding: raw, as: UTF8.self)
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    current = nil
                    return .skipped(SkippedInput(name: input.name, reason: "unreadable", message: "cannot open the file"))
                }
                current = JSONLReader(name: input.name, handle: handle, fields: fields, loader: loader)
            }
        }
    }
}

/// A live progress line on stderr when it is a terminal: documents, MB,
/// MB/s and, when the total is known, the time left.
final class Progress {
    private let total: Int?
    private let start: Date
    private var lastDraw = Date.distantPast
    private var drawn = false

    private init(total: Int?, start: Date) {
        self.total = total
        self.start = start
    }

    /// `total` is only worked out when the progress line will be drawn.
    static func onTerminal(total: () -> Int?, start: Date) -> Progress? {
        isatty(STDERR_FILENO) == 1 ? Progress(total: total(), start: start) : nil
    }

    func update(documents: Int, bytes: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let megabytes = Double(bytes) / 1_000_000
        var line = String(format: "quoteclaim: %d", documents)
        if let total { line += "/\(total)" }
        line += String(format: " documents, %.1f MB, %.1f MB/s", megabytes, megabytes / seconds)
        if let total, documents > 0, documents < total {
            line += String(format: ", ETA %.0f s", seconds / Double(documents) * Double(total - documents))
        }
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}

/// How input files are decoded: strictly as UTF-8, or with Windows-1252 for
/// a file that is not UTF-8.
enum TextEncoding: String, ExpressibleByArgument, CaseIterable { case utf8, auto }
