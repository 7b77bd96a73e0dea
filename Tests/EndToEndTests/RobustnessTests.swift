import Foundation
import Testing

/// Bad input, faults and hostile rules: each costs at most its own file or
/// rule match, says what happened, and leaves the rest of the output whole.
@Suite("bad input and faults, with the built binary", .serialized)
struct RobustnessTests {
    private static let article = "“We will stay the course here,” Jens Stoltenberg said.\n"

    /// A folder with `copies` copies of the seed articles, for runs that must outlast a signal or a pipe.
    /// Copies of the seeds in a new folder; the caller removes it.
    private func corpus(copies: Int) throws -> URL {
        let directory = try Binary.temporaryDirectory()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Binary.seeds).sorted()
        for copy in 0..<copies {
            for seed in seeds {
                try FileManager.default.copyItem(atPath: Binary.seeds + "/" + seed, toPath: directory.appendingPathComponent("\(copy)-\(seed)").path)
            }
        }
        return directory
    }

    @Test("every kind of bad file is skipped with a reason and offset; good files in the same folder are complete")
    func badFiles() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func put(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        try put("a-empty.txt", [])
        try put("b-blank.txt", Array("  \n\t\n".utf8))
        try put("c-binary.txt", [0x47, 0x49, 0x46, 0x00, 0x01])
        try put("d-latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" noir, “said nothing at all,” he said.".utf8))
        try put("e-utf16.txt", [0xFF, 0xFE, 0x41, 0x00])
        try put("f-cr.txt", Array("First line.\rSecond: “We will stay the course here,” Jens Stoltenberg said.\r".utf8))
        try put("g-good.txt", Array(Self.article.utf8))
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("h-dangling.txt").path, withDestinationPath: "nowhere.txt")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("i-sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("i-sub/loop").path, withDestinationPath: "..")
        // A file name that is not UTF-8.
        let badName = Array(directory.path.utf8) + Array("/j-bad".utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let descriptor = badName.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        #expect(descriptor >= 0)
        _ = Self.article.withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)

        let result = try Binary.run(["extract", directory.path])
        #expect(result.status == 1)
        let records = try Binary.records(result)
        func skip(_ file: String) -> [String: Any]? {
            records.first { $0["type"] as? String == "skip" && ($0["doc"] as? String)?.hasSuffix(file) == true }
        }
        #expect(skip("c-binary.txt")?["reason"] as? String == "binary")
        #expect(skip("c-binary.txt")?["offset"] as? Int == 3)
        #expect(skip("d-latin1.txt")?["reason"] as? String == "invalid-utf8")
        #expect(skip("d-latin1.txt")?["offset"] as? Int == 3)
        #expect(skip("e-utf16.txt")?["reason"] as? String == "utf16")
        #expect(skip("h-dangling.txt")?["reason"] as? String == "unreadable")
        #expect(skip("a-empty.txt") == nil && skip("b-blank.txt") == nil)
        let quotes = records.filter { $0["type"] as? String == "quote" }
        #expect(quotes.count == 3, "f-cr, g-good and j-bad each have one quote")
        #expect(quotes.contains { ($0["doc"] as? String)?.contains("j-bad\u{FFFD}.txt") == true })
        let summary = try #require(records.last)
        #expect(summary["skipped"] as? Int == 4)
        #expect(summary["documents"] as? Int == 5)
        #expect(result.stderr.contains("d-latin1.txt: not valid UTF-8 at byte 3"))
    }

    @Test("a file over the size limit is skipped before it is read")
    func tooLarge() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let big = directory.appendingPathComponent("huge.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 3 * 1024 * 1024).write(to: big)
        let result = try Binary.run(["extract", big.path, "--max-document-mb", "2"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"reason\":\"too-large\""))
        #expect(result.stderr.contains("--max-document-mb"))
    }

    @Test("a pathological user pattern hits the match limit: one diagnostic per rule and document, the rest is processed")
    func catastrophicRule() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rules = directory.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        let rule = """
        rules:
          - id: report.backtracking
            kind: claim
            class: report
            description: A rule that backtracks catastrophically on long runs of a.
            patterns:
              - '(?<cue>(a+)+$)'
            examples:
              - match: 'aaa'
              - no_match: 'bbb'
        """
        try Data(rule.utf8).write(to: rules.appendingPathComponent("bad.yaml"))
        let text = "NATO warned Beijing. The minister said " + String(repeating: "a", count: 5000) + "b.\n" + Self.article
        try Data(text.utf8).write(to: directory.appendingPathComponent("doc.txt"))
        let result = try Binary.run(["extract", directory.appendingPathComponent("doc.txt").path, "--rules", rules.path])
        #expect(result.status == 0)
        let records = try Binary.records(result)
        let diagnostics = records.filter { $0["type"] as? String == "diagnostic" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["rule"] as? String == "report.backtracking")
        #expect((diagnostics.first?["message"] as? String)?.contains("limit") == true)
        #expect(records.contains { $0["type"] as? String == "quote" && $0["speaker"] as? String == "Jens Stoltenberg" })
        #expect(records.contains { $0["class"] as? String == "warning" })
        #expect(result.stderr.contains("rule 'report.backtracking'"))
    }

    @Test("thousands of quote marks, unbalanced marks and a 10,000-character sentence finish with valid output")
    func hostileText() throws {
        var text = String(repeating: "“a ", count: 3000) + "\n"
        text += String(repeating: "” b “ c ‘ d ’ e \" ", count: 2000) + "\n"
        text += "He said " + String(repeating: "word ", count: 2000) + "and “this quote has no end\n"
        text += Self.article
        let result = try Binary.run(["extract", "-", "--quiet"], stdin: text)
        #expect(result.status == 0)
        let records = try Binary.records(result)
        #expect(records.contains { $0["type"] as? String == "quote" && $0["speaker"] as? String == "Jens Stoltenberg" })
        let bytes = Array(text.utf8)
        for record in records where record["start"] != nil {
            let start = record["start"] as! Int, end = record["end"] as! Int
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == record["text"] as? String)
        }
    }

    @Test("a closed pipe and a full disk end the run with a message and exit code 3")
    func writeErrors() throws {
        let corpus = try corpus(copies: 20)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let piped = try Binary.run(["-c", "\"$0\" extract \"$1\" --quiet | head -c 100 > /dev/null; echo \"status=${PIPESTATUS[0]}\"", Binary.path, corpus.path],
                                   executable: "/bin/bash")
        #expect(piped.stdout.contains("status=3"))
        #expect(piped.stderr.contains("Broken pipe"))
        let full = try Binary.run(["extract", corpus.path, "--quiet", "--output", "/dev/full"])
        #expect(full.status == 3)
        #expect(full.stderr.contains("No space left on device"))
    }

    @Test("SIGINT stops cleanly: partial output with an interrupted summary, exit 130, and no complete-looking --output file")
    func interrupt() throws {
        let corpus = try corpus(copies: 400)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let output = try Binary.temporaryDirectory().appendingPathComponent("out.jsonl")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["extract", corpus.path, "--quiet", "--jobs", "1", "--output", output.path]
        process.standardError = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let partial = try String(contentsOfFile: output.path + ".partial", encoding: .utf8)
        let last = partial.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("\"type\":\"summary\""))
        #expect(last.contains("\"interrupted\":true"))
    }
}
