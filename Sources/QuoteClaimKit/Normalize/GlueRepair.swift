/// Scraped text glues words at link boundaries: `Anthony Blinkenwarned`,
/// `Jens Stoltenbergto`. A capitalized word that ends in a word from the
/// `glue_suffixes` lexicon is split when the document shows the first part as
/// a word of its own; for a suffix from `glue_cues` (reporting verbs) it is
/// enough that a capitalized word stands just before it (a name).
struct GlueRepair: Sendable {
    /// Longest first, as bytes, filed under their last byte: a word is only
    /// compared with the suffixes that end as it does.
    private let suffixesByLastByte: [[(text: String, bytes: [UInt8])]]
    private let hasSuffixes: Bool
    private let cueSuffixes: Set<String>
    /// Words glued onto a reporting verb's end ("warnedthat"), as bytes.
    private let followers: [[UInt8]]

    init(rules: RuleSet) {
        let cues = rules.entries("glue_cues")
        self.cueSuffixes = Set(cues)
        self.followers = rules.entries("glue_after_cues").map { Array($0.utf8) }
        var buckets = [[(text: String, bytes: [UInt8])]](repeating: [], count: 256)
        for suffix in (cues + rules.entries("glue_suffixes")).sorted(by: { $0.count > $1.count }) {
            guard let last = suffix.utf8.last else { continue }
            buckets[Int(last)].append((suffix, Array(suffix.utf8)))
        }
        self.suffixesByLastByte = buckets
        self.hasSuffixes = buckets.contains { !$0.isEmpty }
    }

    /// "Blinken had previously warnedthat Beijing …": a lower-case word that is a reporting
    /// verb (lexicon glue_cues) and a word after it (lexicon glue_after_cues); where to split.
    private func followerSplit(_ word: Range<Int>, _ text: UTF8Text) -> Int? {
        for follower in followers where word.count > follower.count + 3
            && text.bytes[(word.upperBound - follower.count)..<word.upperBound].elementsEqual(follower) {
            let split = word.upperBound - follower.count
            return cueSuffixes.contains(text.string(word.lowerBound..<split)) ? split : nil
        }
        return nil
    }

    /// The word follows a capitalized word and a hyphen, nothing between: "Ching-" of "Ching-tesaid".
    private func afterHyphenedCapital(_ index: Int, _ words: [Range<Int>], _ text: UTF8Text) -> Bool {
        guard index > 0, words[index].lowerBound > 0, text.bytes[words[index].lowerBound - 1] == UInt8(ascii: "-"),
              words[index - 1].upperBound + 1 == words[index].lowerBound else { return false }
        return text.scalar(at: words[index - 1].lowerBound)!.scalar.isUppercaseLetter
    }

    func repair(_ text: UTF8Text) -> (UTF8Text, OffsetMap) {
        let splits = (glueSplits(text) + Self.commaSplits(text)).sorted()
        guard !splits.isEmpty else { return (text, OffsetMap()) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count + splits.count)
        var insertions: [Int] = []
        var cursor = 0
        for split in splits {
            bytes += text.bytes[cursor..<split]
            insertions.append(bytes.count)
            bytes.append(0x20)
            cursor = split
        }
        bytes += text.bytes[cursor...]
        return (UTF8Text(bytes), OffsetMap(insertions: insertions))
    }

    /// "Péter Szijjártó, in turn,noted that": a comma between two letters, the
    /// second lower-case, lost its space (not "1,000", not "U.S.,").
    static func commaSplits(_ text: UTF8Text) -> [Int] {
        text.bytes.withUnsafeBufferPointer { bytes in
            guard bytes.count > 2 else { return [] }
            return (1..<(bytes.count - 1)).filter { bytes[$0] == 0x2C && bytes[$0 - 1].isASCIILetter && bytes[$0 + 1].isASCIILowercase }.map { $0 + 1 }
        }
    }

    /// Where a reporting verb or a known word glued to a name's end begins.
    private func glueSplits(_ text: UTF8Text) -> [Int] {
        guard hasSuffixes else { return [] }
        let words = WordScanner.ranges(in: text)
        // Candidates first; most documents have none, and then no vocabulary is built.
        var candidates: [(index: Int, suffix: String, prefix: String)] = []
        var splits: [Int] = []
        for (index, word) in words.enumerated() where word.count >= 5 {
            // Or the end of a hyphened name: "Lai Ching-tesaid" (a cue only, after a capital and a hyphen).
            let capitalized = text.scalar(at: word.lowerBound)!.scalar.isUppercaseLetter
            if !capitalized, let split = followerSplit(word, text) {
                splits.append(split)
                continue
            }
            guard capitalized || afterHyphenedCapital(index, words, text) else { continue }
            let suffixes = suffixesByLastByte[Int(text.bytes[word.upperBound - 1])]
            for suffix in suffixes where word.count > suffix.bytes.count && text.bytes[(word.upperBound - suffix.bytes.count)..<word.upperBound].elementsEqual(suffix.bytes) {
                let prefix = text.string(word.lowerBound..<(word.upperBound - suffix.bytes.count))
                guard capitalized ? prefix.count >= 3 : cueSuffixes.contains(suffix.text),
                      let last = prefix.unicodeScalars.last, last.isLowercaseLetter else { continue }
                candidates.append((index, suffix.text, prefix))
                break
            }
        }
        guard !candidates.isEmpty else { return splits }
        // Only the candidates' prefixes are looked up: compare words of their lengths.
        // Tables by length and first byte sort out most words before a string is made.
        let prefixes = Set(candidates.map(\.prefix))
        var lengths = [Bool](repeating: false, count: prefixes.map(\.utf8.count).max()! + 1)
        var firstBytes = [Bool](repeating: false, count: 256)
        for prefix in prefixes {
            lengths[prefix.utf8.count] = true
            firstBytes[Int(prefix.utf8.first!)] = true
        }
        let vocabulary = Set(words.lazy.filter { $0.count < lengths.count && lengths[$0.count] && firstBytes[Int(text.bytes[$0.lowerBound])] }
            .map { text.string($0) }.filter { prefixes.contains($0) })
        for (index, suffix, prefix) in candidates {
            let word = words[index]
            let previousIsName = index > 0 && text.scalar(at: words[index - 1].lowerBound)!.scalar.isUppercaseLetter
                && words[index - 1].upperBound + 1 == word.lowerBound
            if vocabulary.contains(prefix) || (cueSuffixes.contains(suffix) && previousIsName) {
                splits.append(word.upperBound - suffix.utf8.count)
            }
        }
        return splits
    }
}

/// Words as runs of letters, with their byte ranges.
struct WordScanner {
    struct Word {
        let range: Range<Int>
        let text: String
        var isCapitalized: Bool { text.unicodeScalars.first?.isUppercaseLetter ?? false }
    }

    static func words(in text: UTF8Text, range: Range<Int>? = nil) -> [Word] {
        ranges(in: text, range: range).map { Word(range: $0, text: text.string($0)) }
    }

    /// The words' byte ranges only: no string is made.
    static func ranges(in text: UTF8Text, range: Range<Int>? = nil) -> [Range<Int>] {
        let span = range ?? 0..<text.count
        var words: [Range<Int>] = []
        var start: Int?
        var offset = span.lowerBound
        while offset < span.upperBound {
            // ASCII bytes (most) are classed without decoding a scalar.
            let byte = text.bytes[offset]
            if byte < 0x80 {
                if byte.isASCIILetter {
                    if start == nil { start = offset }
                } else if let begin = start {
                    words.append(begin..<offset)
                    start = nil
                }
                offset += 1
                continue
            }
            guard let (scalar, length) = text.scalar(at: offset) else { break }
            if scalar.isLetter {
                if start == nil { start = offset }
            } else if let begin = start {
                words.append(begin..<offset)
                start = nil
            }
            offset += length
        }
        if let begin = start { words.append(begin..<offset) }
        return words
    }
}
