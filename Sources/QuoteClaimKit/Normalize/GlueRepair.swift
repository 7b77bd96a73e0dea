/// Scraped text glues words at link boundaries: `Anthony Blinkenwarned`,
/// `Jens Stoltenbergto`. A capitalized word that ends in a word from the
/// `glue_suffixes` lexicon is split when the document shows the first part as
/// a word of its own; for a suffix from `glue_cues` (reporting verbs) it is
/// enough that a capitalized word stands just before it (a name).
struct GlueRepair: Sendable {
    private let suffixes: [String]
    private let cueSuffixes: Set<String>

    init(rules: RuleSet) {
        let cues = rules.entries("glue_cues")
        self.cueSuffixes = Set(cues)
        self.suffixes = (cues + rules.entries("glue_suffixes")).sorted { $0.count > $1.count }
    }

    func repair(_ text: UTF8Text) -> (UTF8Text, OffsetMap) {
        guard !suffixes.isEmpty else { return (text, OffsetMap()) }
        let words = WordScanner.words(in: text)
        // Candidates first; most documents have none, and then no vocabulary is built.
        var candidates: [(index: Int, suffix: String, prefix: String)] = []
        for (index, word) in words.enumerated() {
            guard word.isCapitalized, word.text.utf8.count >= 5 else { continue }
            for suffix in suffixes where word.text.hasSuffix(suffix) {
                let prefix = String(word.text.dropLast(suffix.count))
                guard prefix.count >= 3, let last = prefix.unicodeScalars.last, last.isLowercaseLetter else { continue }
                candidates.append((index, suffix, prefix))
                break
            }
        }
        guard !candidates.isEmpty else { return (text, OffsetMap()) }
        let vocabulary = Set(words.map(\.text))
        var splits: [Int] = []
        for (index, suffix, prefix) in candidates {
            let word = words[index]
            let previousIsName = index > 0 && words[index - 1].isCapitalized && words[index - 1].range.upperBound + 1 == word.range.lowerBound
            if vocabulary.contains(prefix) || (cueSuffixes.contains(suffix) && previousIsName) {
                splits.append(word.range.upperBound - suffix.utf8.count)
            }
        }
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
}

/// Words as runs of letters, with their byte ranges.
struct WordScanner {
    struct Word {
        let range: Range<Int>
        let text: String
        var isCapitalized: Bool { text.unicodeScalars.first?.isUppercaseLetter ?? false }
    }

    static func words(in text: UTF8Text, range: Range<Int>? = nil) -> [Word] {
        let span = range ?? 0..<text.count
        var words: [Word] = []
        var start: Int?
        var offset = span.lowerBound
        while offset < span.upperBound, let (scalar, length) = text.scalar(at: offset) {
            if scalar.isLetter {
                if start == nil { start = offset }
            } else if let begin = start {
                words.append(Word(range: begin..<offset, text: text.string(begin..<offset)))
                start = nil
            }
            offset += length
        }
        if let begin = start { words.append(Word(range: begin..<offset, text: text.string(begin..<offset))) }
        return words
    }
}
