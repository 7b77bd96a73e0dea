/// Splits a paragraph into sentences at `.`, `!`, `?` (and closing marks
/// after them) followed by space and a capital, digit or opening mark; not
/// after an abbreviation from the `abbreviations` lexicon or an initial.
struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "]", "»"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "(", "[", "«", "„", "-", "–", "—"]

    func sentences(in text: UTF8Text, paragraph: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = paragraph.lowerBound
        var offset = paragraph.lowerBound
        while offset < paragraph.upperBound, let (scalar, length) = text.scalar(at: offset) {
            offset += length
            guard Self.terminators.contains(scalar) else { continue }
            var end = offset
            while end < paragraph.upperBound, let (next, size) = text.scalar(at: end),
                  Self.closers.contains(next) || Self.terminators.contains(next) { end += size }
            guard isBoundary(text, terminator: offset - length, end: end, limit: paragraph.upperBound) else { continue }
            let sentence = text.trimmed(start..<end)
            if !sentence.isEmpty { sentences.append(sentence) }
            start = end
            offset = end
        }
        let last = text.trimmed(start..<paragraph.upperBound)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }

    private func isBoundary(_ text: UTF8Text, terminator: Int, end: Int, limit: Int) -> Bool {
        var next = end
        var sawSpace = false
        while next < limit, let (scalar, length) = text.scalar(at: next), scalar.isSpaceLike {
            sawSpace = true
            next += length
        }
        guard sawSpace, next < limit, let (following, _) = text.scalar(at: next) else { return false }
        guard following.isUppercaseLetter || following.properties.numericType != nil || Self.openers.contains(following) else { return false }
        guard text.bytes[terminator] == UInt8(ascii: ".") else { return true }
        return !endsWithAbbreviation(text, before: terminator)
    }

    /// "Mr." "Sen." "U.S." "G.K." are not sentence ends.
    private func endsWithAbbreviation(_ text: UTF8Text, before offset: Int) -> Bool {
        var start = offset
        while let (scalar, begin) = text.scalar(before: start), scalar.isLetter || scalar == "." { start = begin }
        let token = text.string(start..<offset)
        let parts = token.split(separator: ".")
        if !parts.isEmpty, parts.allSatisfy({ $0.count == 1 && $0.first!.isUppercase }) { return true }  // initials
        return abbreviations.contains(token.lowercased()) || abbreviations.contains(token.lowercased() + ".")
    }
}
