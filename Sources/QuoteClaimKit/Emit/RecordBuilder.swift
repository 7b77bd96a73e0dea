/// emit: turns a document's quotes and claims into JSONL records with
/// offsets into the original bytes, ordered by start (quote before claim on
/// a tie). Every record's `text` is exactly the original bytes [start, end);
/// for an HTML page, the text those bytes show, without markup.
public enum RecordBuilder {
    public struct Counts: Sendable {
        public var quotes = 0
        public var claims: [ClaimClass: Int] = [:]
    }

    public static func records(for document: ClaimedDocument, diagnostics: [Diagnostic]) -> (lines: [String], counts: Counts) {
        let normalized = document.normalized
        let name = normalized.name
        var rows: [(start: Int, end: Int, order: Int, line: String)] = []
        var counts = Counts()
        var quoteIDs: [String] = []
        for quote in document.attributed.quotes {
            let (range, text) = normalized.original(quote.span.content)
            quoteIDs.append("q:\(range.lowerBound)-\(range.upperBound)")
            var object = JSONObject()
            object.add("type", "quote")
            object.add("doc", name)
            object.add("id", quoteIDs.last!)
            object.add("start", range.lowerBound)
            object.add("end", range.upperBound)
            object.add("text", utf8: text)
            object.add("speaker", quote.speaker?.name)
            object.add("speaker_as_written", quote.speaker?.asWritten)
            object.add("cue", quote.speaker?.cue)
            object.add("rule", quote.speaker?.rule)
            object.add("method", quote.speaker?.method.rawValue ?? ResolutionMethod.unresolved.rawValue)
            object.add("confidence", quote.speaker?.confidence ?? 0)
            rows.append((range.lowerBound, range.upperBound, 0, object.text))
            counts.quotes += 1
        }
        for claim in document.claims {
            let (range, text) = normalized.original(claim.range)
            var object = JSONObject()
            object.add("type", "claim")
            object.add("doc", name)
            object.add("id", "c:\(range.lowerBound)-\(range.upperBound)")
            object.add("start", range.lowerBound)
            object.add("end", range.upperBound)
            object.add("text", utf8: text)
            object.add("class", claim.claimClass.rawValue)
            object.add("source", claim.source?.name)
            object.add("source_as_written", claim.source?.asWritten)
            object.add("cue", claim.cue)
            object.add("rule", claim.rule)
            object.add("also", claim.also)
            object.add("quotes", claim.quotes.map { quoteIDs[$0] })
            object.add("confidence", claim.source?.confidence ?? 0)
            rows.append((range.lowerBound, range.upperBound, 1, object.text))
            counts.claims[claim.claimClass, default: 0] += 1
        }
        rows.sort { ($0.start, $0.order, $0.end) < ($1.start, $1.order, $1.end) }
        var lines = rows.map(\.line)
        for diagnostic in Set(diagnostics).sorted(by: { ($0.rule, $0.message) < ($1.rule, $1.message) }) {
            lines.append(diagnosticLine(diagnostic))
        }
        return (lines, counts)
    }

    static func diagnosticLine(_ diagnostic: Diagnostic) -> String {
        var object = JSONObject()
        object.add("type", "diagnostic")
        object.add("doc", diagnostic.document)
        object.add("rule", diagnostic.rule)
        object.add("message", diagnostic.message)
        return object.text
    }

    public static func skipLine(_ skipped: SkippedInput) -> String {
        var object = JSONObject()
        object.add("type", "skip")
        object.add("doc", skipped.name)
        object.add("reason", skipped.reason)
        object.add("offset", skipped.offset)
        object.add("message", skipped.message)
        return object.text
    }
}
