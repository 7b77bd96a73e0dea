import Foundation
import PCRE2Kit

/// Runs golden cases: runs `extract` twice, checks the output's invariants,
/// and compares it with `expected.jsonl`, or rewrites that file on `--update`.
public struct GoldenRunner {
    /// Runs `quoteclaim` with these arguments in this folder.
    public typealias Extract = (_ arguments: [String], _ directory: URL) throws -> (stdout: Data, stderr: String, status: Int32)

    public struct Outcome: Sendable {
        public let name: String
        public let passed: Bool
        public let updated: Bool
        public let messages: [String]
    }

    let extract: Extract
    /// Where a failing case's actual output is saved.
    let artifacts: URL
    /// The folder shown in the ready-to-paste diff command (relative, when possible).
    let shownRoot: String

    public init(extract: @escaping Extract, artifacts: URL, shownRoot: String) {
        self.extract = extract
        self.artifacts = artifacts
        self.shownRoot = shownRoot
    }

    public func run(_ golden: GoldenCase, update: Bool) -> Outcome {
        let first: (stdout: Data, stderr: String, status: Int32)
        let second: (stdout: Data, stderr: String, status: Int32)
        do {
            first = try extract(golden.arguments, golden.directory)
            second = try extract(golden.arguments, golden.directory)
        } catch {
            return fail(golden, ["could not run quoteclaim: \(error)"])
        }
        guard first.status <= 1 else {
            return fail(golden, ["quoteclaim exited with \(first.status):", first.stderr])
        }
        let actual = String(decoding: first.stdout, as: UTF8.self)
        var problems = GoldenInvariants.check(actual, caseDirectory: golden.directory)
        if first.stdout != second.stdout { problems.append("a second run gave different bytes: the output is not deterministic") }
        guard problems.isEmpty else { return fail(golden, problems, actual: actual) }

        if update {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                return fail(golden, ["refusing to update golden files while CI is set"])
            }
            do {
                try first.stdout.write(to: golden.expectedURL, options: .atomic)
            } catch {
                return fail(golden, ["cannot write \(golden.expectedURL.path): \(error)"])
            }
            return Outcome(name: golden.name, passed: true, updated: true, messages: [])
        }
        guard let expectedData = FileManager.default.contents(atPath: golden.expectedURL.path) else {
            return fail(golden, [
                "no expected.jsonl yet. Read the actual output, and if it is right record it with:",
                "    quoteclaim golden \(shownRoot) --update --only \(golden.name)",
            ], actual: actual)
        }
        if expectedData == first.stdout { return Outcome(name: golden.name, passed: true, updated: false, messages: []) }
        let expected = String(decoding: expectedData, as: UTF8.self)
        var messages = ["records that moved:"] + RecordDiff.summary(expected: expected, actual: actual).map { "  " + $0 }
        messages += LineDiff.unified(expected: expected, actual: actual)
        return fail(golden, messages, actual: actual)
    }

    private func fail(_ golden: GoldenCase, _ messages: [String], actual: String? = nil) -> Outcome {
        var messages = messages
        if let actual {
            let saved = artifacts.appendingPathComponent("\(golden.name).actual.jsonl")
            try? FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
            if (try? Data(actual.utf8).write(to: saved)) != nil {
                messages.append("full output: \(saved.path)")
                messages.append("compare:     diff -u \(shownRoot)/\(golden.name)/expected.jsonl \(saved.path)")
            }
        }
        return Outcome(name: golden.name, passed: false, updated: false, messages: messages)
    }
}

/// What every golden output must satisfy, whatever its content.
enum GoldenInvariants {
    /// An input file as the invariants read it.
    private struct InputFile {
        let bytes: [UInt8]
        let isUTF8: Bool
        let format: SourceDocument.Format

        init?(path: String, name: String) {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            bytes = Array(data)
            isUTF8 = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } == nil
            format = .detect(name: name, bytes: bytes)
        }
    }

    static func check(_ output: String, caseDirectory: URL) -> [String] {
        var problems: [String] = []
        var documents: [String] = []
        var lastStart: Int?
        // Each input read, checked for UTF-8 and sniffed once, not once a record.
        var files: [String: InputFile?] = [:]
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for (number, line) in lines.enumerated() {
            guard line.hasPrefix("{\"type\":"),
                  let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let type = record["type"] as? String else {
                problems.append("line \(number + 1) is not a JSON object with \"type\" first")
                continue
            }
            if type == "summary" && number != lines.count - 1 { problems.append("line \(number + 1): summary is not the last line") }
            guard let doc = record["doc"] as? String else { continue }
            if documents.last != doc {
                if documents.contains(doc) { problems.append("line \(number + 1): records of \(doc) are not together") }
                if let previous = documents.last, !previous.utf8.lexicographicallyPrecedes(doc.utf8) {
                    problems.append("line \(number + 1): \(doc) comes after \(previous), not in bytewise order")
                }
                documents.append(doc)
                lastStart = nil
            }
            guard type == "quote" || type == "claim", let start = record["start"] as? Int, let end = record["end"] as? Int else { continue }
            if let lastStart, start < lastStart { problems.append("line \(number + 1): start \(start) comes after \(lastStart)") }
            lastStart = start
            let file = files[doc] ?? InputFile(path: caseDirectory.appendingPathComponent(doc).path, name: doc)
            files[doc] = file
            guard let file, start >= 0, start <= end, end <= file.bytes.count else {
                problems.append("line \(number + 1): [\(start), \(end)) is outside \(doc)")
                continue
            }
            // A page's records show its text: the markup between start and end, read as the page is, must give it;
            // a file that is not UTF-8 was read as Windows-1252 (one byte a character, so any slice decodes alone).
            let bytes = Array(file.bytes[start..<end])
            let slice = file.isUTF8 ? bytes : Windows1252.decode(bytes).text
            let shown = file.format.markup(of: slice)?.text ?? slice
            if String(decoding: shown, as: UTF8.self) != record["text"] as? String {
                problems.append("line \(number + 1): bytes [\(start), \(end)) of \(doc) are not the record's text")
            }
        }
        return problems
    }
}
