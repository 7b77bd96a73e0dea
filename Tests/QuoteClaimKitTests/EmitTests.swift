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
