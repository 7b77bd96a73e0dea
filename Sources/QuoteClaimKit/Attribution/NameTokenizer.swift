import Foundation

/// Tokens for reading names: runs of letters and digits, keeping inner
/// apostrophes, hyphens, a brand's ampersand and the dots of initials
/// (`G.K.`, `O’Brien`, `Al-Assad`, `AT&T`).
struct NameToken: Sendable, Equatable {
    let range: Range<Int>
    let text: String
    /// The characters between the previous token and this one.
    let gap: String
    /// Set again by the entity index for a particle joined to a name (al-Sahaf).
    var isCapitalized: Bool
    /// Worked out once: every stage asks for these many times.
    let lower: String
    /// `’s` or `'s` at the end.
    let isPossessive: Bool
    /// `E.` or `G.K.`: initials keep their dots in names.
    let isInitial: Bool
    /// The token without a trailing dot (`Rep.`) or possessive (`Putin’s`).
    let bare: String
    /// `bare` lower-cased: what word lists are looked up by.
    let bareLower: String

    /// "Minneapolis-based", "Kremlin-backed": a capital before a lower-case
    /// part says where a body is or who backs it; it is no part of its name.
    static func isAttributive(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        return parts.count > 1 && parts.last?.first?.isLowercase == true
    }

    /// Reads everything from the bytes of `range`: the same facts asked of
    /// the String cost several times more, for every word of an article.
    init(range: Range<Int>, in source: UTF8Text, gap: String) {
        let (isASCII, hasUpper, isPossessive, endsWithDot) = source.bytes.withUnsafeBufferPointer { bytes in
            Self.facts(UnsafeBufferPointer(rebasing: bytes[range]))
        }
        let text = source.string(range)
        self.range = range
        self.text = text
        self.gap = gap
        let first = source.bytes[range.lowerBound]
        // A brand that starts lower-case is capitalized too: xAI, eBay.
        self.isCapitalized = first < 0x80
            ? first.isASCIIUppercase || (first.isASCIILowercase && range.count > 2 && source.bytes[range.lowerBound + 1].isASCIIUppercase)
            : source.scalar(at: range.lowerBound)?.scalar.isUppercaseLetter ?? false
        // Most words are lower-case ASCII: their lower-case form is the text itself.
        self.lower = !isASCII ? text.lowercased()
            : hasUpper ? source.bytes.withUnsafeBufferPointer { Self.asciiLowercased(UnsafeBufferPointer(rebasing: $0[range])) } : text
        self.isPossessive = isPossessive
        self.isInitial = endsWithDot && NameTokenizer.isInitialLike(source, range)
        // Lower-casing maps scalar by scalar, so the suffix can be dropped from `lower`.
        let dropped = endsWithDot ? (isInitial ? 0 : 1) : (isPossessive ? (text.hasSuffix("s") ? 2 : 1) : 0)
        bare = dropped == 0 ? text : String(text.dropLast(dropped))
        bareLower = dropped == 0 ? lower : String(lower.dropLast(dropped))
    }

    /// One pass over the token's bytes: ASCII only, any ASCII capital,
    /// a possessive `'s` or `’s` (E2 80 99 73) at the end, a final dot.
    private static func facts(_ bytes: UnsafeBufferPointer<UInt8>) -> (ascii: Bool, upper: Bool, possessive: Bool, dot: Bool) {
        var ascii = true
        var upper = false
        for byte in bytes {
            if byte >= 0x80 { ascii = false } else if byte.isASCIIUppercase { upper = true }
        }
        let count = bytes.count
        let last = bytes[count - 1]
        let possessive = count >= 2 && last == UInt8(ascii: "s")
            && (bytes[count - 2] == UInt8(ascii: "'")
                || (count >= 4 && bytes[count - 4] == 0xE2 && bytes[count - 3] == 0x80 && bytes[count - 2] == 0x99))
        return (ascii, upper, possessive || isPluralPossessive(bytes), last == UInt8(ascii: "."))
    }

    /// A capitalized name's possessive after its final s: "Nichols'", "Jones’".
    private static func isPluralPossessive(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count >= 3, bytes[0].isASCIIUppercase else { return false }
        if bytes[count - 1] == UInt8(ascii: "'") { return bytes[count - 2] == UInt8(ascii: "s") }
        return count >= 5 && bytes[count - 3] == 0xE2 && bytes[count - 2] == 0x80 && bytes[count - 1] == 0x99 && bytes[count - 4] == UInt8(ascii: "s")
    }

    /// Lower-cased from the input bytes: iterating the String's UTF-8 view
    /// cost more than the copy.
    private static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in 0..<bytes.count { buffer[index] = bytes[index].asciiLowercased }
            return bytes.count
        }
    }

    /// A word without its possessive ending ("iraq’s" → "iraq").
    static func strippingPossessive(_ word: String) -> String {
        if word.hasSuffix("’s") || word.hasSuffix("'s") { return String(word.dropLast(2)) }
        // "Nichols'": a capitalized name's possessive after its final s.
        return (word.hasSuffix("s’") || word.hasSuffix("s'")) && word.first?.isUppercase == true ? String(word.dropLast()) : word
    }

    var isAllCaps: Bool { text.count > 1 && text.unicodeScalars.allSatisfy { !$0.isLowercaseLetter } }
    /// The gap without white space around it ("&" in " & "); the usual
    /// single space is checked without Foundation.
    var gapWord: String {
        gap.utf8.allSatisfy { $0 == 0x20 } ? "" : gap.trimmingBlanks
    }

    /// The gap holds `, . ; : " (` or a curly double quote (E2 80 9C/9D):
    /// a phrase ends there. Read as bytes; most gaps are one space.
    var gapHasPunctuation: Bool {
        var lead: (UInt8, UInt8) = (0, 0)
        for byte in gap.utf8 {
            switch byte {
            case 0x2C, 0x2E, 0x3B, 0x3A, 0x22, 0x28: return true
            case 0x9C where lead == (0xE2, 0x80), 0x9D where lead == (0xE2, 0x80): return true
            default: lead = (lead.1, byte)
            }
        }
        return false
    }
}

enum NameTokenizer {
    /// Bytes that end a sentence or line before a word.
    private static let sentenceEnds: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"), UInt8(ascii: ":")]

    /// The bytes of an apostrophe that ends a capitalized word in s and
    /// comes before a space and a lower-case letter, else nil. Inside a
    /// sentence only: an opening "Farmers' unions" is a common noun's.
    private static func pluralPossessiveMark(in text: UTF8Text, start: Int, end: Int, limit: Int) -> Int? {
        guard end < limit, text.bytes[end - 1] == UInt8(ascii: "s"), text.bytes[start].isASCIIUppercase, start >= 2,
              text.bytes[start - 1] == UInt8(ascii: " "), !sentenceEnds.contains(text.bytes[start - 2])
        else { return nil }
        let size = text.bytes[end] == UInt8(ascii: "'") ? 1
            : end + 2 < limit && text.bytes[end] == 0xE2 && text.bytes[end + 1] == 0x80 && text.bytes[end + 2] == 0x99 ? 3 : 0
        guard size > 0, end + size + 1 < limit, text.bytes[end + size] == UInt8(ascii: " "),
              text.bytes[end + size + 1].isASCIILowercase else { return nil }
        return size
    }

    static func tokens(in text: UTF8Text, range: Range<Int>) -> [NameToken] {
        var tokens: [NameToken] = []
        tokens.reserveCapacity(range.count / 6)
        var offset = range.lowerBound
        var gapStart = range.lowerBound
        // A nickname needs a double quote mark in a gap: most paragraphs have none.
        var quoteInGap = false
        while offset < range.upperBound {
            // ASCII separators (most bytes between words) skip the scalar decoding.
            let byte = text.bytes[offset]
            if byte < 0x80 && !byte.isASCIILetterOrDigit { offset += 1; continue }
            guard let (scalar, length) = text.scalar(at: offset) else { break }
            guard scalar.isLetterOrDigit else { offset += length; continue }
            let start = offset
            var end = offset + length
            while end < range.upperBound {
                if text.bytes[end].isASCIILetterOrDigit { end += 1; continue }
                guard let (next, size) = text.scalar(at: end) else { break }
                if next.isLetterOrDigit { end += size; continue }
                // Inner joiners stay inside the token when a letter follows.
                if next == "’" || next == "'" || next == "-" || next == ".",
                   let (after, _) = text.scalar(at: end + size), after.isLetter, end + size < range.upperBound {
                    end += size
                    continue
                }
                // A brand's ampersand between capitals: PG&E, AT&T, H&M.
                if next == "&", text.bytes[end - 1].isASCIIUppercase, end + size < range.upperBound,
                   text.bytes[end + size].isASCIIUppercase {
                    end += size
                    continue
                }
                break
            }
            // A closing plus is part of a body's name: OPEC+ (not C++, not "A+B").
            if end < range.upperBound, text.bytes[end] == UInt8(ascii: "+"), text.bytes[start].isASCIIUppercase,
               end + 1 >= range.upperBound || !(text.bytes[end + 1].isASCIILetterOrDigit || text.bytes[end + 1] == UInt8(ascii: "+")) {
                end += 1
            }
            // A name's possessive after its final s, before a lower-case noun: "Nichols' mother".
            if let size = pluralPossessiveMark(in: text, start: start, end: end, limit: range.upperBound) { end += size }
            // Keep the final dot of an initial or a dotted abbreviation (G.K., U.S.).
            if end < range.upperBound, text.bytes[end] == UInt8(ascii: "."), isInitialLike(text, start..<end) { end += 1 }
            // Most gaps are one space: a literal costs nothing to make.
            let isSpace = start - gapStart == 1 && text.bytes[gapStart] == 0x20
            if !isSpace && !quoteInGap {
                quoteInGap = text.bytes[gapStart..<start].contains { $0 == 0x22 || $0 == 0x9C || $0 == 0x9D }
            }
            let gap = isSpace ? " " : text.string(gapStart..<start)
            tokens.append(NameToken(range: start..<end, in: text, gap: gap))
            gapStart = end
            offset = end
        }
        return quoteInGap ? droppingNicknames(tokens, in: text) : tokens
    }

    /// `Robert C. "Bobby" Scott` reads as `Robert C. Scott`: one or two
    /// quoted capitalized words between two name words are a nickname, not
    /// part of the name and not a break in it.
    static func droppingNicknames(_ tokens: [NameToken], in text: UTF8Text) -> [NameToken] {
        guard tokens.count >= 3 else { return tokens }
        // Most quote marks open a quote, not a nickname: copy the tokens only when one is found.
        let found = tokens.indices.contains { index in
            index > 0 && tokens[index - 1].isCapitalized && isNicknameOpening(tokens[index].gap)
                && (1...2).contains { nicknameLength($0, at: index, in: tokens) }
        }
        guard found else { return tokens }
        var kept: [NameToken] = []
        kept.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            if index > 0, tokens[index - 1].isCapitalized, isNicknameOpening(tokens[index].gap),
               let length = (1...2).first(where: { nicknameLength($0, at: index, in: tokens) }) {
                let after = tokens[index + length]
                kept.append(NameToken(range: after.range, in: text, gap: " "))
                index += length + 1
                continue
            }
            kept.append(tokens[index])
            index += 1
        }
        return kept
    }

    private static func nicknameLength(_ length: Int, at index: Int, in tokens: [NameToken]) -> Bool {
        guard index + length < tokens.count, tokens[index + length].isCapitalized,
              isNicknameClosing(tokens[index + length].gap) else { return false }
        return tokens[index..<(index + length)].allSatisfy(\.isCapitalized) && (length == 1 || tokens[index + 1].gap == " ")
    }

    private static func isNicknameOpening(_ gap: String) -> Bool { gap == " \"" || gap == " “" }
    private static func isNicknameClosing(_ gap: String) -> Bool { gap == "\" " || gap == "” " }

    /// `G`, `G.K`, `U.S.`: single capitals between dots.
    static func isInitialLike(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var letters = 0
        var afterLetter = false
        for byte in text.bytes[range] {
            if byte >= 0x80 { return isInitialLike(text.string(range)) }
            if byte == UInt8(ascii: ".") { afterLetter = false; continue }
            guard byte.isASCIIUppercase, !afterLetter else { return false }
            afterLetter = true
            letters += 1
        }
        return letters > 0
    }

    private static func isInitialLike(_ token: String) -> Bool {
        let letters = token.split(separator: ".")
        return !letters.isEmpty && letters.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }
}
