import Foundation
import Testing

@Suite("quoteclaim extract, run as a process", .serialized)
struct ExtractTests {
    static let quoteFields = ["type", "doc", "id", "start", "end", "text", "speaker", "speaker_as_written", "cue", "rule", "confidence"]
    static let claimFields = ["type", "doc", "id", "start", "end", "text", "class", "source", "cue", "rule", "also", "quotes"]

    @Test("seeds/: every line is JSON with type first, the documented fields, and offsets that slice the file to the text")
    func seedsContract() throws {
        let result = try Binary.run(["extract", Binary.seeds, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try Binary.records(result)
        #expect(records.count > 20)
        for (line, record) in zip(result.lines, records) {
            #expect(line.hasPrefix("{\"type\":"))
            let type = try #require(record["type"] as? String)
            let fields = type == "quote" ? Self.quoteFields : type == "claim" ? Self.claimFields : []
            for field in fields { #expect(record.keys.contains(field), "\(type) lacks \(field)") }
            guard type == "quote" || type == "claim" else { continue }
            let doc = try #require(record["doc"] as? String)
            let bytes = try #require(FileManager.default.contents(atPath: doc))
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == record["text"] as? String)
            if type == "claim" { #expect(["warning", "denial", "report"].contains(record["class"] as? String)) }
        }
        let types = records.compactMap { $0["type"] as? String }
        #expect(types.filter { $0 == "quote" }.count == 28)
        #expect(types.last == "summary")
    }

    @Test("documents come in bytewise order and records by start within a document")
    func order() throws {
        let records = try Binary.records(try Binary.run(["extract", Binary.seeds, "--quiet"]))
        let docs = records.compactMap { $0["doc"] as? String }
        var seen: [String] = []
        for doc in docs where seen.last != doc { seen.append(doc) }
        #expect(seen == seen.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(Set(seen).count == seen.count, "a document's records are not contiguous")
        for doc in seen {
            let starts = records.filter { $0["doc"] as? String == doc }.compactMap { $0["start"] as? Int }
            #expect(starts == starts.sorted())
        }
    }

    @Test("output is byte-identical across runs and for --jobs 1 and --jobs 2")
    func deterministic() throws {
        let first = try Binary.run(["extract", Binary.seeds, "--quiet", "--jobs", "1"]).stdout
        let second = try Binary.run(["extract", Binary.seeds, "--quiet", "--jobs", "2"]).stdout
        let third = try Binary.run(["extract", Binary.seeds, "--quiet", "--jobs", "2"]).stdout
        #expect(!first.isEmpty)
        #expect(first == second)
        #expect(second == third)
    }

    @Test("- reads stdin; --output writes the file and nothing to stdout")
    func stdinAndOutputFile() throws {
        let text = "“We will not sign this,” Josep Borrell said on Monday."
        let piped = try Binary.run(["extract", "-", "--quiet"], stdin: text)
        #expect(piped.status == 0)
        #expect(piped.stdout.contains("\"doc\":\"-\""))
        #expect(piped.stdout.contains("\"speaker\":\"Josep Borrell\""))

        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.jsonl").path
        let written = try Binary.run(["extract", Binary.seeds, "--quiet", "--output", output])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        let contents = try String(contentsOfFile: output, encoding: .utf8)
        #expect(contents.contains("\"type\":\"summary\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["out.jsonl"])
    }

    @Test("a folder is walked recursively; doc names join the argument and the inner path")
    func nestedFolder() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let inner = directory.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data("“We will stay the course here,” Stoltenberg said.".utf8).write(to: inner.appendingPathComponent("one.txt"))
        try Data("ignored".utf8).write(to: inner.appendingPathComponent("image.png"))
        try Data("“Hidden files are skipped by default,” she said.".utf8).write(to: directory.appendingPathComponent(".hidden.txt"))
        let named = try Binary.run(["extract", directory.path, "--quiet"])
        #expect(named.stdout.contains("\"doc\":\"\(directory.path)/a/b/one.txt\""))
        #expect(!named.stdout.contains("image.png"))
        #expect(!named.stdout.contains("hidden"))
    }

    @Test("an HTML page in a folder is read as the text it shows; offsets point into the page")
    func htmlPage() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = "<html><head><script>var a = \"“Not a quote at all here,” he said.\";</script></head><body>"
            + "<p>&ldquo;We will stay the <em>course</em> here,&rdquo; Jens Stoltenberg said.</p></body></html>"
        try Data(page.utf8).write(to: directory.appendingPathComponent("story.html"))
        let records = try Binary.records(try Binary.run(["extract", directory.path, "--quiet"]))
        let quotes = records.filter { $0["type"] as? String == "quote" }
        #expect(quotes.count == 1)
        let quote = try #require(quotes.first)
        #expect(quote["text"] as? String == "We will stay the course here,")
        #expect(quote["speaker"] as? String == "Jens Stoltenberg")
        let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
        #expect(String(decoding: Array(page.utf8)[start..<end], as: UTF8.self) == "We will stay the <em>course</em> here,")
    }

    @Test("a binary file is skipped with a record and exit code 1; the rest is still processed")
    func skippedInput() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0x47, 0x49, 0x46, 0x00, 0x01]).write(to: directory.appendingPathComponent("a.txt"))
        try Data("“We will stay the course here,” Stoltenberg said.".utf8).write(to: directory.appendingPathComponent("b.txt"))
        let result = try Binary.run(["extract", directory.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"type\":\"skip\""))
        #expect(result.stdout.contains("\"reason\":\"binary\""))
        #expect(result.stdout.contains("\"type\":\"quote\""))
        #expect(result.stderr.contains("a.txt"))
    }

    @Test("--help shows examples; a missing path is a usage error")
    func usage() throws {
        let help = try Binary.run(["extract", "--help"])
        #expect(help.stdout.contains("quoteclaim extract seeds/"))
        let missing = try Binary.run(["extract"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("give at least one path"))
    }
}
