/// A unit's text without its quote marks, with a map back to the document:
/// news quotes the very words that make a warning or a denial ("posed a
/// “serious threat”", "would “not go unanswered”"), and a class rule's
/// phrase should not have to allow a mark between each pair of words.
/// Apostrophes stay ("don’t", "Trump’s", "the ’90s").
struct UnquotedText {
    let text: UTF8Text
    /// For each byte of `text`, its offset in the document.
    private let origin: [Int]
    /// Where the unit ends in the document: the offset of `text`'s end.
    private let end: Int

    /// Nil when `range` holds no quote mark.
    init?(_ document: UTF8Text, range: Range<Int>) {
        // The marks as the quote finder reads them (no apostrophe inside a word, no "’90s").
        let marks = QuoteFinder.marks(in: document, range: range).map(\.range).filter { $0.upperBound <= range.upperBound }
        guard !marks.isEmpty else { return nil }
        var bytes: [UInt8] = []
        var origin: [Int] = []
        bytes.reserveCapacity(range.count)
        origin.reserveCapacity(range.count)
        var start = range.lowerBound
        for mark in marks + [range.upperBound..<range.upperBound] {
            bytes += document.bytes[start..<mark.lowerBound]
            origin += start..<mark.lowerBound
            start = mark.upperBound
        }
        self.text = UTF8Text(bytes)
        self.origin = origin
        self.end = range.upperBound
    }

    /// The document range of a range of `text`.
    func original(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < origin.count ? origin[range.lowerBound] : end
            return at..<at
        }
        return origin[range.lowerBound]..<(origin[range.upperBound - 1] + 1)
    }

    /// The rule may be tried on a unit without its quote marks: none of its
    /// patterns keeps out of quotes.
    static func admits(_ rule: CompiledRule) -> Bool {
        !(rule.patterns + rule.notPatterns).contains { stopsAtQuotes($0.pattern) }
    }

    /// The first match of `rule` in this text, moved back to the document.
    /// `cues`: what the literal index found here for the rule (empty: nothing known).
    func firstMatch(_ rule: CompiledRule, cues: [LiteralIndex.CueBound] = [], matchers: RuleMatchers, document: String,
                    diagnostics: inout [Diagnostic]) -> RuleMatch? {
        RuleRunner.allMatches(rule, in: text, range: 0..<text.count, matchers: matchers, document: document,
                              diagnostics: &diagnostics, limit: 1, cues: cues).first?.mapped(original)
    }

    /// The pattern has a negated class with a double quote mark in it
    /// (`[^“”"]`): it keeps out of quotes, which this text would hide.
    static func stopsAtQuotes(_ pattern: String) -> Bool {
        var rest = pattern[...]
        while let open = rest.firstRange(of: "[^") {
            let body = rest[open.upperBound...].prefix { $0 != "]" }
            if body.contains(where: { $0 == "\"" || $0 == "“" || $0 == "”" }) { return true }
            rest = rest[open.upperBound...]
        }
        return false
    }
}
