/// Splits a paragraph into sentences at `.`, `!`, `?` (and closing marks
/// after them) followed by space and a capital, digit or opening mark; not
/// after an abbreviation from the `abbreviations` lexicon or an initial,
/// nor between a quote's `?` or `!` and its speaker (“Why?” Smith asked.).
struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>
    /// Reporting verbs (lexicon `speech_verbs`), lower-cased.
    var speechVerbs: Set<String> = []
    /// Words no name continues with after an initial (pronouns and
    /// determiners, lower-cased): "Murati wrote in a post on X. She did not say".
    var openers: Set<String> = []

    func sentences(in text: UTF8Text, paragraph: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = paragraph.lowerBound
        var offset = paragraph.lowerBound
        while offset < paragraph.upperBound {
            // Only terminators need decoding; everything else is skipped byte by byte.
            guard let length = Self.terminatorLength(text.bytes, at: offset) else { offset += 1; continue }
            offset += length
            var end = offset
            while end < paragraph.upperBound, let (next, size) = text.scalar(at: end), Self.isCloser(next) || Self.isTerminator(next) { end += size }
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

    /// `.`, `!`, `?` or `…` (E2 80 A6) at `offset`: its length in bytes.
    private static func terminatorLength(_ bytes: [UInt8], at offset: Int) -> Int? {
        switch bytes[offset] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return 1
        case 0xE2 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0xA6: return 3
        default: return nil
        }
    }

    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…": return true
        default: return false
        }
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "”", "’", "'", ")", "]", "»": return true
        default: return false
        }
    }

    private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "“", "‘", "'", "(", "[", "«", "„", "-", "–", "—": return true
        default: return false
        }
    }

    private func isBoundary(_ text: UTF8Text, terminator: Int, end: Int, limit: Int) -> Bool {
        var next = end
        var sawSpace = false
        while next < limit, let (scalar, length) = text.scalar(at: next), scalar.isSpaceLike {
            sawSpace = true
            next += length
        }
        guard sawSpace, next < limit, let (following, _) = text.scalar(at: next) else { return false }
        guard following.isUppercaseLetter || following.properties.numericType != nil || Self.isOpener(following)
                || startsBrandName(text, at: next, limit: limit) else { return false }
        if closesQuestionOrExclamation(text, terminator: terminator, end: end), attributes(text, at: next, limit: limit) { return false }
        guard text.bytes[terminator] == UInt8(ascii: "."), let abbreviation = endsWithAbbreviation(text, before: terminator) else { return true }
        return opensQuotedSentence(text, at: next, limit: limit) || (abbreviation == .initial && opensWithOpener(text, at: next, limit: limit))
    }

    /// "The company didn't say. iOS 18.1 is expected": a word that opens in
    /// lower case with a capital inside it is a brand's name, which starts a
    /// sentence as written.
    private func startsBrandName(_ text: UTF8Text, at offset: Int, limit: Int) -> Bool {
        guard let (first, size) = text.scalar(at: offset), first.properties.isLowercase else { return false }
        var index = offset + size
        while index < limit, let (scalar, length) = text.scalar(at: index), scalar.properties.isAlphabetic {
            if scalar.isUppercaseLetter { return true }
            index += length
        }
        return false
    }

    /// "…, Chief Executive Officer of Acme Corp. “We grew in every region.”":
    /// a quote that opens with a capital after an abbreviation starts a
    /// sentence; a nickname does not ("Gen. “Mad Dog” Mattis": closed within
    /// a few words with no stop or comma, a capital after it).
    private func opensQuotedSentence(_ text: UTF8Text, at offset: Int, limit: Int) -> Bool {
        guard let (mark, size) = text.scalar(at: offset), mark == "\"" || mark == "“" || mark == "«" || mark == "„",
              let (first, _) = text.scalar(at: offset + size), first.isUppercaseLetter else { return false }
        var index = offset + size
        var previous = first
        while index < min(limit, offset + Self.nicknameReach) {
            guard let (scalar, length) = text.scalar(at: index) else { return true }
            index += length
            defer { previous = scalar }
            guard Self.isCloser(scalar) else { continue }
            if Self.isTerminator(previous) || previous == "," { return true }
            while index < limit, let (space, width) = text.scalar(at: index), space.isSpaceLike { index += width }
            return !(text.scalar(at: index)?.scalar.isUppercaseLetter ?? false)
        }
        return true
    }

    /// A `?` or `!` right before a closing quote mark.
    private func closesQuestionOrExclamation(_ text: UTF8Text, terminator: Int, end: Int) -> Bool {
        let mark = text.bytes[terminator]
        guard mark == UInt8(ascii: "?") || mark == UInt8(ascii: "!"), terminator + 1 < end,
              let (closer, _) = text.scalar(at: terminator + 1) else { return false }
        return closer == "\"" || closer == "”" || closer == "’" || closer == "'" || closer == "»"
    }

    /// “Is art worth more than life?” McKechnie shouted: up to four
    /// capitalized words and a reporting verb after a quote's `?` or `!`.
    private func attributes(_ text: UTF8Text, at start: Int, limit: Int) -> Bool {
        var words = 0
        var index = start
        while words <= Self.speakerWords, index < limit {
            var end = index
            while end < limit, let (scalar, size) = text.scalar(at: end), scalar.isLetter || scalar == "." || scalar == "-" || scalar == "’" || scalar == "'" {
                end += size
            }
            guard end > index, let (first, _) = text.scalar(at: index) else { return false }
            if !first.isUppercaseLetter {
                let word = text.string(index..<end).lowercased()
                return words > 0 && speechVerbs.contains(word.hasSuffix(".") ? String(word.dropLast()) : word)
            }
            words += 1
            guard end < limit, text.bytes[end] == UInt8(ascii: " ") else { return false }
            index = end + 1
        }
        return false
    }

    /// Capitalized words a speaker may take before the verb.
    private static let speakerWords = 4

    /// Bytes within which a quoted nickname closes.
    private static let nicknameReach = 30

    /// "Mr." "Sen." "U.S." "G.K." are not sentence ends.
    private enum Abbreviation { case initial, word }

    private func endsWithAbbreviation(_ text: UTF8Text, before offset: Int) -> Abbreviation? {
        var start = offset
        while let (scalar, begin) = text.scalar(before: start), scalar.isLetter || scalar == "." { start = begin }
        let token = text.string(start..<offset)
        let parts = token.split(separator: ".")
        if !parts.isEmpty, parts.allSatisfy({ $0.count == 1 && $0.first!.isUppercase }) { return .initial }
        return abbreviations.contains(token.lowercased()) || abbreviations.contains(token.lowercased() + ".") ? .word : nil
    }

    /// Whether the word at `offset` is one of `openers`, in any case.
    private func opensWithOpener(_ text: UTF8Text, at offset: Int, limit: Int) -> Bool {
        var end = offset
        while end < limit, text.bytes[end].isASCIILetter { end += 1 }
        guard end > offset, end == limit || !(text.scalar(at: end)?.scalar.isLetter ?? false) else { return false }
        return openers.contains(text.string(offset..<end).lowercased())
    }
}
