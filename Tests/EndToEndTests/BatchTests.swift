import Foundation
import Testing

@Suite("batch input, with the built binary", .serialized)
struct BatchTests {
    private static let article = "“We will stay the course here,” Jens Stoltenberg said.\n"

    private func docs(_ result: Binary.Result) throws -> [String] {
        var seen: [String] = []
        for record in try Binary.records(result) {
            if let doc = record["doc"] as? String, seen.last != doc { seen.append(doc) }
        }
        return seen
    }

    @Test("globs include and exclude inside folders; hidden entries only with --hidden")
    func globsAndHidden() throws {
        let root = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["a.txt", "drafts/b.txt", "c.xml", ".hidden/d.txt", "e.md", "f.html"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(Self.article.utf8).write(to: url)
        }
        let plain = try docs(try Binary.run(["extract", root.path, "--quiet"]))
        #expect(plain == ["a.txt", "drafts/b.txt", "e.md", "f.html"].map { root.path + "/" + $0 })
        let globbed = try docs(try Binary.run(["extract", root.path, "--quiet", "--glob", "*.xml", "--glob", "*.txt", "--glob", "!drafts", "--hidden"]))
        #expect(globbed == [".hidden/d.txt", "a.txt", "c.xml"].map { root.path + "/" + $0 })
    }

    @Test("the folder walk streams in the bytewise order of whole paths: a-b/ and a.txt before a/, several arguments merged")
    func walkOrder() throws {
        let root = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["a/x.txt", "a/b/y.txt", "a-b/z.txt", "a.txt", "b.txt", "a/ab.txt"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(Self.article.utf8).write(to: url)
        }
        let walked = try docs(try Binary.run(["extract", ".", "a.txt", "--quiet"], in: root.path))
        #expect(walked == ["./a-b/z.txt", "./a.txt", "./a/ab.txt", "./a/b/y.txt", "./a/x.txt", "./b.txt", "a.txt"])
        #expect(walked == walked.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test("JSONL documents from stdin, with configurable fields, in input order; bad lines are skipped with their line number")
    func jsonl() throws {
        let lines = [
            #"{"url": "z-first", "body": "“We will stay the course here,” Jens Stoltenberg said."}"#,
            "not json at all",
            #"{"url": "a-second", "body": "NATO warned Beijing not to send weapons."}"#,
            #"{"url": "no-body"}"#,
        ]
        let result = try Binary.run(["extract", "-", "--input-format", "jsonl", "--id-field", "url", "--text-field", "body"],
                                    stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 1)
        let records = try Binary.records(result)
        #expect(try docs(result).filter { !$0.hasPrefix("-:") && $0 != "no-body" } == ["z-first", "a-second"])
        #expect(records.contains { $0["doc"] as? String == "z-first" && $0["speaker"] as? String == "Jens Stoltenberg" })
        #expect(records.contains { $0["doc"] as? String == "a-second" && $0["class"] as? String == "warning" })
        #expect(records.contains { $0["type"] as? String == "skip" && $0["reason"] as? String == "bad-json" && $0["doc"] as? String == "-:2" })
        #expect(records.contains { $0["type"] as? String == "skip" && $0["reason"] as? String == "no-text" })
        // Offsets count UTF-8 bytes of the text field.
        let quote = try #require(records.first { $0["type"] as? String == "quote" })
        let text = Array("“We will stay the course here,” Jens Stoltenberg said.".utf8)
        let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
        #expect(String(decoding: text[start..<end], as: UTF8.self) == quote["text"] as? String)
    }

    @Test("many documents: --jobs 2 gives the same bytes as --jobs 1")
    func parallelMatchesSequential() throws {
        let root = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Binary.seeds)
        for copy in 0..<12 {
            for seed in seeds {
                try FileManager.default.copyItem(atPath: Binary.seeds + "/" + seed, toPath: root.appendingPathComponent("\(copy)-\(seed)").path)
            }
        }
        let one = try Binary.run(["extract", root.path, "--quiet", "--jobs", "1"])
        let two = try Binary.run(["extract", root.path, "--quiet", "--jobs", "2"])
        #expect(one.lines.count > 500)
        #expect(one.stdout == two.stdout)
    }
}
