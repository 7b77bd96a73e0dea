import PCRE2Kit

/// normalize: clean line ends and BOM and join hard-wrapped lines (or read
/// the text of an HTML page or a Markdown file), split glued words, find
/// paragraphs, mark page furniture, split sentences. Keeps a map back to
/// original bytes.
public struct Normalizer: Sendable {
    let rules: RuleSet
    private let glue: GlueRepair
    private let splitter: SentenceSplitter
    /// Class and id words of HTML blocks that are page furniture.
    private let htmlFurniture: Set<String>

    public init(rules: RuleSet) {
        self.rules = rules
        self.glue = GlueRepair(rules: rules)
        self.splitter = SentenceSplitter(abbreviations: rules.words("abbreviations"), speechVerbs: rules.words("speech_verbs"),
                                         openers: ["pronouns_male", "pronouns_female", "pronouns_thing", "pronouns_group", "determiners"]
                                             .reduce(into: Set<String>()) { $0.formUnion(rules.words($1)) })
        self.htmlFurniture = rules.words("html_furniture")
    }

    public func normalize(_ document: SourceDocument, matchers: RuleMatchers, diagnostics: inout [Diagnostic]) -> NormalizedDocument {
        let decoding = document.encoding == .windows1252 ? Windows1252.decode(document.bytes) : nil
        let bytes = decoding?.text ?? document.bytes
        let markup = document.format.markup(of: bytes, furniture: htmlFurniture)
        let (text, offsets) = glue.repair(UTF8Text(markup?.text ?? Self.unwrapLines(Self.cleanLineEnds(bytes))))
        let paragraphs = markBoilerplate(in: text, paragraphs: Self.paragraphs(in: text), matchers: matchers,
                                         document: document.name, diagnostics: &diagnostics)
        var sentences: [Range<Int>] = []
        for paragraph in paragraphs where !paragraph.isBoilerplate {
            sentences += splitter.sentences(in: text, paragraph: paragraph.range)
        }
        return NormalizedDocument(source: document, text: text, offsets: offsets, markup: markup, decoding: decoding,
                                  paragraphs: paragraphs, sentences: sentences)
    }

    /// Same-length cleanup: a UTF-8 BOM becomes spaces, CRLF becomes " \n",
    /// a lone CR becomes "\n". Offsets stay those of the original file.
    static func cleanLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        if out.starts(with: [0xEF, 0xBB, 0xBF]) { out[0] = 0x20; out[1] = 0x20; out[2] = 0x20 }
        for index in out.indices where out[index] == 0x0D {
            out[index] = index + 1 < out.count && out[index + 1] == 0x0A ? 0x20 : 0x0A
        }
        return out
    }

    /// Hard-wrapped text (old wire dumps, mail archives: most lines break
    /// mid-sentence at 40 to 120 bytes, paragraphs stand apart by blank
    /// lines): the line ends inside a paragraph become spaces, so that a
    /// paragraph is one line again. Same length: offsets do not move. Text
    /// that keeps a paragraph per line is left as it is.
    static func unwrapLines(_ bytes: [UInt8]) -> [UInt8] {
        var lines: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        func isBlank(_ line: Range<Int>) -> Bool { bytes[line].allSatisfy { $0 == 0x20 || $0 == 0x09 } }
        var pairs = 0, wrapped = 0, long = 0, filled = 0
        for (index, line) in lines.enumerated() where !isBlank(line) {
            filled += 1
            if line.count > wrapWidth.upperBound { long += 1 }
            guard index + 1 < lines.count, !isBlank(lines[index + 1]) else { continue }
            pairs += 1
            let last = bytes[..<line.upperBound].last { $0 != 0x20 && $0 != 0x09 }
            if wrapWidth.contains(line.count), let last, !sentenceEnds.contains(last) { wrapped += 1 }
        }
        guard pairs >= 5, wrapped * 10 >= pairs * 6, long * 10 <= filled else { return bytes }
        var out = bytes
        for (index, line) in lines.enumerated().dropLast() where !isBlank(line) && !isBlank(lines[index + 1]) {
            out[line.upperBound] = 0x20
        }
        return out
    }

    private static let wrapWidth = 40...120
    /// Last bytes of a line that can end a paragraph: . ! ? : and closing quote marks (the last byte of ” ’ »).
    private static let sentenceEnds: Set<UInt8> = [0x2E, 0x21, 0x3F, 0x3A, 0x22, 0x27, 0x9D, 0x99, 0xBB]

    /// Each non-blank line is a paragraph (news text keeps one per line).
    static func paragraphs(in text: UTF8Text) -> [NormalizedDocument.Paragraph] {
        var paragraphs: [NormalizedDocument.Paragraph] = []
        var start = 0
        let bytes = text.bytes
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            let range = text.trimmed(start..<index)
            if !range.isEmpty {
                paragraphs.append(.init(range: range, isBoilerplate: false, boilerplateRule: nil))
            }
            start = index + 1
        }
        return paragraphs
    }

    /// A caption shown twice, the second time with a credit appended: the
    /// paragraph starts with the whole previous paragraph.
    private func repeats(_ previous: Range<Int>?, _ current: Range<Int>, in text: UTF8Text) -> Bool {
        guard let previous, previous.count >= 20, current.count > previous.count else { return false }
        return text.bytes[current].starts(with: text.bytes[previous])
    }

    /// Boilerplate rules match a whole paragraph; a `scope: rest` rule marks
    /// everything after it too. A paragraph repeated word for word (a caption
    /// the page shows twice) counts once.
    private func markBoilerplate(in text: UTF8Text, paragraphs: [NormalizedDocument.Paragraph], matchers: RuleMatchers,
                                 document: String, diagnostics: inout [Diagnostic]) -> [NormalizedDocument.Paragraph] {
        let boilerplate = rules.rules(of: .boilerplate)
        var seen = ParagraphSet(text: text)
        var restRule: String?
        var previous: Range<Int>?
        var result: [NormalizedDocument.Paragraph] = []
        for paragraph in paragraphs {
            var rule = restRule
            if rule == nil {
                for candidate in boilerplate where RuleRunner.matches(candidate, in: text, range: paragraph.range, matchers: matchers,
                                                                      document: document, diagnostics: &diagnostics) {
                    rule = candidate.id
                    if candidate.definition.scope == .rest { restRule = candidate.id }
                    break
                }
            }
            if rule == nil && (!seen.insert(paragraph.range) || repeats(previous, paragraph.range, in: text)) {
                rule = "normalize.repeated-paragraph"
            }
            if rule == nil { previous = paragraph.range }
            result.append(.init(range: paragraph.range, isBoilerplate: rule != nil, boilerplateRule: rule))
        }
        return result
    }
}

/// Paragraphs seen so far, compared by their bytes. Hashes each paragraph
/// once with FNV-1a over its bytes; `Set<ArraySlice<UInt8>>` hashed byte by
/// byte through `Hasher` and cost more than the boilerplate rules.
private struct ParagraphSet {
    let text: UTF8Text
    private var byHash: [UInt64: [Range<Int>]] = [:]

    init(text: UTF8Text) { self.text = text }

    /// False when an equal paragraph was inserted before.
    mutating func insert(_ range: Range<Int>) -> Bool {
        let hash = text.bytes.withUnsafeBufferPointer { bytes in
            bytes[range].reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        if let ranges = byHash[hash], ranges.contains(where: { text.bytes[$0].elementsEqual(text.bytes[range]) }) { return false }
        byHash[hash, default: []].append(range)
        return true
    }
}

extension SourceDocument.Format {
    /// The text a file of this format shows, with its map back to the bytes;
    /// nil for plain text, which is its own text.
    public func markup(of bytes: [UInt8], furniture: Set<String> = []) -> MappedText? {
        switch self {
        case .html: HTMLText.read(bytes, furniture: furniture)
        case .markdown: MarkdownText.read(bytes)
        case .text: nil
        }
    }
}
