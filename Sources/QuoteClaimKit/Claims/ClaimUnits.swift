/// Claim units: sentences, merged where a quote runs across a sentence end,
/// so that `“A. B. C,” he said.` is one unit and `“A,” he said. “B.”` two.
enum ClaimUnits {
    static func units(sentences: [Range<Int>], quotes: [QuoteSpan]) -> [Range<Int>] {
        var units: [Range<Int>] = []
        for sentence in sentences {
            if let last = units.last, bridged(last, sentence, quotes: quotes) {
                units[units.count - 1] = last.lowerBound..<sentence.upperBound
            } else {
                units.append(sentence)
            }
        }
        return units
    }

    private static func bridged(_ first: Range<Int>, _ second: Range<Int>, quotes: [QuoteSpan]) -> Bool {
        quotes.contains { $0.content.lowerBound < first.upperBound && $0.content.upperBound > second.lowerBound }
    }
}
