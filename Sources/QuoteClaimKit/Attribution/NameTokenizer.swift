import Foundation

/// Tokens for reading names: runs of letters and digits, keeping inner
/// apostrophes, hyphens and the dots of initials (`G.K.`, `O’Brien`, `Al-Assad`).
struct NameToken: Sendable, Equatable {
    let range: Range<Int>
    let text: String
    /// The characters between the previous token and this one.
    let gap: String
    let isCapitalized: Bool
    /// Worked out once: every stage asks for these many times.
    let lower: String
    /// `’s` or `'s` at the end.
    let isPossessive: Bool
    /// `E.` or `G.K.`: initials keep their dots in names.
    let isInitial: Bool
    /// The token without a trailing dot (`Rep.`) or possessive (`Putin’s`).
    let bare: String

    /// Reads everything from the bytes of `range`: the same facts asked of
    /// the String cost several times more, for every word of an article.
    init(range: Range<Int>, in source: UTF8Text, gap: String) {
        let bytes = source.bytes
        let text = source.string(range)
        self.range = range
        self.text = text
        self.gap = gap
        self.isCapitalized = source.scalar(at: range.lowerBound)?.scalar.isUppercaseLetter ?? false
        self.lower = Self.lowercased(bytes[range]) ?? text.lowercased()
        let last = range.upperBound - 1
        self.isPossessive = range.count >= 2 && bytes[last] == UInt8(ascii: "s")
            && (bytes[last - 1] == UInt8(ascii: "'") || (range.count >= 4 && bytes[(last - 3)..<last].elementsEqual([0xE2, 0x80, 0x99])))
        let endsWithDot = bytes[last] == UInt8(ascii: ".")
        self.isInitial = endsWithDot && NameTokenizer.isInitialLike(source, range)
        if endsWithDot {
            bare = isInitial ? text : String(text.dropLast())
        } else {
            bare = isPossessive ? String(text.dropLast(2)) : text
        }
    }

    /// ASCII words (most) lower-cased byte by byte; nil for other text,
    /// which needs `lowercased()` and its Unicode tables.
    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            return bytes.count
        }
    }

    var isAllCaps: Bool { text.count > 1 && text.unicodeScalars.allSatisfy { !$0.isLowercaseLetter } }
    /// The gap without white space around it ("&" in " & "); the usual
    /// single space is checked without Foundation.
    var gapWord: String {
        gap.utf8.allSatisfy { $0 == 0x20 } ? "" : gap.trimmingCharacters(in: .whitespaces)
    }
}

enum NameTokenizer {
    static func tokens(in text: UTF8Text, range: Range<Int>) -> [NameToken] {
        var tokens: [NameToken] = []
        var offset = range.lowerBound
        var gapStart = range.lowerBound
        while offset < range.upperBound, let (scalar, length) = text.scalar(at: offset) {
            guard scalar.isLetterOrDigit else { offset += length; continue }
            let start = offset
            var end = offset + length
            while end < range.upperBound, let (next, size) = text.scalar(at: end) {
                if next.isLetterOrDigit { end += size; continue }
                // Inner joiners stay inside the token when a letter follows.
                if next == "’" || next == "'" || next == "-" || next == ".",
                   let (after, _) = text.scalar(at: end + size), after.isLetter, end + size < range.upperBound {
                    end += size
                    continue
                }
                break
            }
            // Keep the final dot of an initial or a dotted abbreviation (G.K., U.S.).
            if end < range.upperBound, text.bytes[end] == UInt8(ascii: "."), isInitialLike(text, start..<end) { end += 1 }
            // Most gaps are one space: a literal costs nothing to make.
            let gap = start - gapStart == 1 && text.bytes[gapStart] == 0x20 ? " " : text.string(gapStart..<start)
            tokens.append(NameToken(range: start..<end, in: text, gap: gap))
            gapStart = end
            offset = end
        }
        return tokens
    }

    /// `G`, `G.K`, `U.S.`: single capitals between dots.
    static func isInitialLike(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var letters = 0
        var afterLetter = false
        for byte in text.bytes[range] {
            if byte >= 0x80 { return isInitialLike(text.string(range)) }
            if byte == UInt8(ascii: ".") { afterLetter = false; continue }
            guard byte &- 0x41 < 26, !afterLetter else { return false }
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
