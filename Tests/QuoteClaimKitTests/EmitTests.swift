import Foundation
import Testing
@testable import QuoteClaimKit

@Suite("emit")
struct EmitTests {
    @Test("JSON strings are escaped and keep UTF-8 text")
    func escaping() throws {
        var object = JSONObject()
        object.add("type", "quote")
        object.add("text", "“Quoted” \"straight\" back\\slash\nnew line \u{01}")
        object.add("speaker", nil as String?)
        let parsed = try JSONSerialization.jsonObject(with: Data(object.text.utf8)) as? [String: Any]
        #expect(object.text.hasPrefix("{\"type\":\"quote\""))
        #expect(parsed?["text"] as? String == "“Quoted” \"straight\" back\\slash\nnew line \u{01}")
        #expect(parsed?["speaker"] is NSNull)
    }

    @Test("every record's offsets slice the original bytes to its text, glued words and CRLF included")
    func offsetsSliceOriginal() throws {
        let text = "Stoltenberg spoke.\r\n“We have seen signs of it,”said the secretary general, Jens Stoltenbergto Reuters.\r\nAnthony Blinkenwarned China of the consequences."
        let bytes = Array(text.utf8)
        var diagnostics: [Diagnostic] = []
        let claimed = Kit.pipeline.run(SourceDocument(name: "t.txt", bytes: bytes), matchers: RuleMatchers(), diagnostics: &diagnostics)
        let (lines, counts) = RecordBuilder.records(for: claimed, diagnostics: diagnostics)
        #expect(counts.quotes == 1)
        #expect(lines.count >= 3)
        var starts: [Int] = []
        for line in lines {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(record["start"] as? Int)
            let end = try #require(record["end"] as? Int)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == record["text"] as? String)
            starts.append(start)
        }
        #expect(starts == starts.sorted())
        #expect(lines.contains { $0.contains("\"speaker\":\"Jens Stoltenberg\"") })
        #expect(lines.contains { $0.contains("\"source\":\"Anthony Blinken\"") && $0.contains("Blinkenwarned") })
    }
}

@Suite("golden invariants")
struct GoldenInvariantsTests {
    /// A claim record of `doc` over bytes [start, end) that shows `text`.
    private func record(_ doc: String, _ start: Int, _ end: Int, _ text: String) -> String {
        var object = JSONObject()
        object.add("type", "claim")
        object.add("doc", doc)
        object.add("start", start)
        object.add("end", end)
        object.add("text", text)
        return object.text + "\n"
    }

    @Test("a record's bytes must give its text, in a UTF-8 file and in a Windows-1252 one, every record of a file checked")
    func recordTextMatchesBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("invariants-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Hello world".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]).write(to: folder.appendingPathComponent("b.txt"))  // "Café ok" in Windows-1252

        let good = record("a.txt", 0, 5, "Hello") + record("a.txt", 6, 11, "world") + record("b.txt", 0, 4, "Café")
        #expect(GoldenInvariants.check(good, caseDirectory: folder).isEmpty)
        let wrong = record("a.txt", 0, 5, "Hello") + record("a.txt", 6, 11, "words")
        #expect(GoldenInvariants.check(wrong, caseDirectory: folder) == ["line 2: bytes [6, 11) of a.txt are not the record's text"])
        let outside = record("c.txt", 0, 1, "x")
        #expect(GoldenInvariants.check(outside, caseDirectory: folder) == ["line 1: [0, 1) is outside c.txt"])
    }
}
