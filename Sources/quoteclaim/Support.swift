import ArgumentParser
import Foundation
import QuoteClaimKit

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

    private func flush() throws {
        try handle.write(contentsOf: buffer)
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
}
