#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Read-only helpers over valid UTF-8 bytes: decode the scalar at or before
/// an offset and classify it. Stages use byte offsets throughout.
public struct UTF8Text: Sendable {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var count: Int { bytes.count }

    /// Whether the lower-case ASCII word `needle` occurs in `range`, in any case.
    func containsWord(_ needle: String, in range: Range<Int>) -> Bool {
        let target = Array(needle.utf8)
        guard !target.isEmpty, range.count >= target.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            (range.lowerBound...(range.upperBound - target.count)).contains { start in
                (0..<target.count).allSatisfy { bytes[start + $0].asciiLowercased == target[$0] }
            }
        }
    }

    /// The scalar starting at `offset` and its length in bytes.
    public func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard offset >= 0, offset < bytes.count else { return nil }
        let lead = bytes[offset]
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(lead), 1)
        case 0xC0..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        default: length = 4; value = UInt32(lead & 0x07)
        }
        guard offset + length <= bytes.count else { return nil }
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// The scalar that ends just before `offset`, and where it starts.
    public func scalar(before offset: Int) -> (scalar: Unicode.Scalar, start: Int)? {
        guard offset > 0, offset <= bytes.count else { return nil }
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start).map { ($0.scalar, start) }
    }

    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// `range` without white space at either end.
    public func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, let (scalar, length) = scalar(at: lower), scalar.isSpaceLike { lower += length }
        while upper > lower, let (scalar, start) = scalar(before: upper), scalar.isSpaceLike { upper = start }
        return lower..<upper
    }

    /// How many times `word` stands as a whole word (no ASCII letter or
    /// digit, and no non-ASCII byte, right before or after), counting up to
    /// `limit`. The C library's `memchr` finds each first byte: many times
    /// faster than reading the text word by word.
    /// `range` (default: the whole text) bounds where a match may lie.
    public func wordCount(of word: String, upTo limit: Int, in range: Range<Int>? = nil, where accept: (Int) -> Bool = { _ in true }) -> Int {
        let needle = Array(word.utf8)
        guard let first = needle.first else { return 0 }
        let range = range ?? 0..<bytes.count
        return bytes.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return 0 }
            var found = 0
            var start = range.lowerBound
            while found < limit, start + needle.count <= range.upperBound,
                  let hit = memchr(base + start, Int32(first), range.upperBound - start) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                let end = offset + needle.count
                if end <= range.upperBound, text[offset..<end].elementsEqual(needle),
                   offset == 0 || !text[offset - 1].isWordByte, end == text.count || !text[end].isWordByte, accept(offset) { found += 1 }
                start = offset + 1
            }
            return found
        }
    }

    /// `word` stands inside a sentence somewhere: after a space that follows
    /// a lower-case letter, a digit, a comma or a dateline's dash ("shares of
    /// Nvidia", "LONDON (Reuters) - Unilever"; not "Shares of"), other than at `besides`.
    public func occursMidSentence(_ word: String, in range: Range<Int>, besides: Int? = nil) -> Bool {
        wordCount(of: word, upTo: 1, in: range) { offset in
            guard offset >= 2, offset != besides, bytes[offset - 1] == UInt8(ascii: " ") else { return false }
            let before = bytes[offset - 2]
            // 0x93, 0x94: the last bytes of "–" and "—".
            return before &- UInt8(ascii: "a") < 26 || before &- UInt8(ascii: "0") < 10
                || [UInt8(ascii: ","), UInt8(ascii: "-"), 0x93, 0x94].contains(before)
        } > 0
    }

    /// The first run of letters in the first `reach` bytes of `range`,
    /// lower-cased: "he" of "He laughs at that."
    public func firstWord(in range: Range<Int>, reach: Int = 8) -> String? {
        string(range.lowerBound..<min(range.upperBound, range.lowerBound + reach))
            .split(whereSeparator: { !$0.isLetter }).first.map { $0.lowercased() }
    }

    /// Number of words (runs of letters or digits) in `range`.
    public func wordCount(_ range: Range<Int>) -> Int {
        var words = 0
        var inWord = false
        var offset = range.lowerBound
        while offset < range.upperBound, let (scalar, length) = scalar(at: offset) {
            let isWordScalar = scalar.isLetterOrDigit
            if isWordScalar && !inWord { words += 1 }
            inWord = isWordScalar || (inWord && (scalar == "'" || scalar == "’" || scalar == "-"))
            offset += length
        }
        return words
    }
}

/// Character classes with an ASCII fast path: Unicode property lookups are
/// costly, and most news text is ASCII.
extension Unicode.Scalar {
    var isSpaceLike: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
    var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }
    var isLetterOrDigit: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) }
        return properties.isAlphabetic || properties.numericType != nil
    }
    var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }
    var isLowercaseLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }
    var isDigit: Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) }
        return properties.numericType != nil
    }
}

/// The same classes for a single byte, ASCII only: for loops over UTF-8
/// bytes that decode a scalar only when a byte is not ASCII.
extension UInt8 {
    var isASCIIUppercase: Bool { self &- 0x41 < 26 }
    var isASCIILowercase: Bool { self &- 0x61 < 26 }
    var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
    var isASCIILetterOrDigit: Bool { isASCIILetter || self &- 0x30 < 10 }
    /// A capital made lower case; every other byte unchanged.
    var asciiLowercased: UInt8 { isASCIIUppercase ? self | 0x20 : self }
    /// An ASCII letter or digit, or any byte of a non-ASCII character: what
    /// may not stand right before or after a whole word.
    var isWordByte: Bool { self >= 0x80 || isASCIILetterOrDigit }
}

extension String.UTF8View {
    /// Whether `needle`'s bytes occur here. A plain byte loop: Foundation's
    /// `contains` and the standard library's `firstRange(of:)` are many times
    /// slower on short strings.
    func containsBytes(_ needle: String) -> Bool {
        let bytes = Array(self)
        let target = Array(needle.utf8)
        guard !target.isEmpty, bytes.count >= target.count else { return target.isEmpty }
        return (0...(bytes.count - target.count)).contains { start in bytes[start..<(start + target.count)].elementsEqual(target) }
    }
}

extension String {
    /// The words between single spaces, empty ones left out; split on the
    /// UTF-8 bytes (splitting Characters cost thousands of instructions a name).
    var spaceSeparatedWords: [String] {
        var copy = self
        return copy.withUTF8 { bytes in
            bytes.split(separator: 0x20).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (what Foundation calls
    /// `.whitespaces`), read scalar by scalar without bridging to NSString.
    var trimmingBlanks: String { trimming { $0.value == 0x09 || $0.properties.generalCategory == .spaceSeparator } }

    /// Without leading and trailing punctuation (the Unicode P categories).
    var trimmingPunctuation: String { trimming(\.isPunctuation) }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// Any Unicode punctuation category (Pc, Pd, Ps, Pe, Pi, Pf, Po).
    var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
