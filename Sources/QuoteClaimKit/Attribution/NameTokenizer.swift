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

    init(range: Range<Int>, text: String, gap: String) {
        self.range = range
        self.text = text
        self.gap = gap
        self.isCapitalized = text.unicodeScalars.first?.isUppercaseLetter ?? false
        self.lower = Self.lowercased(text)
        let utf8 = text.utf8
        self.isPossessive = utf8.count >= 2 && utf8.last == UInt8(ascii: "s")
            && (utf8.dropLast().last == UInt8(ascii: "'") || utf8.dropLast().suffix(3).elementsEqual([0xE2, 0x80, 0x99]))
        let endsWithDot = text.utf8.last == UInt8(ascii: ".")
        self.isInitial = endsWithDot && NameTokenizer.isInitialLike(text)
        if endsWithDot {
            bare = isInitial ? text : String(text.dropLast())
        } else {
            bare = isPossessive ? String(text.dropLast(2)) : text
        }
    }

    /// ASCII words (most) are lower-cased byte by byte; `lowercased()` goes
    /// through Unicode tables for every word.
    private static func lowercased(_ text: String) -> String {
        var copy = text
        let ascii: String? = copy.withUTF8 { bytes in
            var hasUpper = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte &- 0x41 < 26 { hasUpper = true }
            }
            guard hasUpper else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return bytes.count
            }
        }
        return ascii ?? text.lowercased()
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
            if end < range.upperBound, text.bytes[end] == UInt8(ascii: "."), isInitialLike(text.string(start..<end)) { end += 1 }
            tokens.append(NameToken(range: start..<end, text: text.string(start..<end), gap: text.string(gapStart..<start)))
            gapStart = end
            offset = end
        }
        return tokens
    }

    static func isInitialLike(_ token: String) -> Bool {
        let letters = token.split(separator: ".")
        return !letters.isEmpty && letters.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }
}
