/// Tokens for reading names: runs of letters and digits, keeping inner
/// apostrophes, hyphens and the dots of initials (`G.K.`, `O’Brien`, `Al-Assad`).
struct NameToken: Sendable, Equatable {
    let range: Range<Int>
    let text: String
    /// The characters between the previous token and this one.
    let gap: String
    let isCapitalized: Bool

    init(range: Range<Int>, text: String, gap: String) {
        self.range = range
        self.text = text
        self.gap = gap
        self.isCapitalized = text.unicodeScalars.first?.isUppercaseLetter ?? false
    }

    var isAllCaps: Bool { text.count > 1 && text.unicodeScalars.allSatisfy { !$0.isLowercaseLetter } }
    var lower: String { text.lowercased() }
    /// `E.` or `G.K.`: initials keep their dots in names.
    var isInitial: Bool {
        let parts = text.split(separator: ".")
        return text.hasSuffix(".") && !parts.isEmpty && parts.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }
    var isPossessive: Bool { text.hasSuffix("’s") || text.hasSuffix("'s") }
    /// The token without a trailing dot (`Rep.`) or possessive (`Putin’s`).
    var bare: String {
        if text.hasSuffix(".") { return isInitial ? text : String(text.dropLast()) }
        if isPossessive { return String(text.dropLast(2)) }
        return text
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

    private static func isInitialLike(_ token: String) -> Bool {
        let letters = token.split(separator: ".")
        return !letters.isEmpty && letters.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }
}
