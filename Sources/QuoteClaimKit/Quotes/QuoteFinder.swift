/// quotes: finds quoted spans paragraph by paragraph, so that a stray or
/// unbalanced mark spoils at most its own paragraph.
///
/// Double marks and guillemets are outer marks; single marks are outer only
/// where no double quote is open (headlines), and otherwise nest. A quote left
/// open at the end of a paragraph ends there (news style reopens the mark on
/// the next paragraph). A closing mark with no opener quotes back to the start
/// of its sentence. Spans of fewer than `minimumWords` words (scare quotes)
/// are not quotes, nor are short spans in Title Case (names of shows, books
/// and slogans), up to `maximumTitleWords` words, nor a span that a term
/// marker introduces (`so-called "special military operation"`).
public struct QuoteFinder: Sendable {
    public var minimumWords = 3
    public var maximumTitleWords = 8
    let titleSmallWords: Set<String>
    /// Lower-cased bytes: words that name a term, not a statement.
    let termMarkers: [[UInt8]]

    public init(rules: RuleSet) {
        self.titleSmallWords = rules.words("title_small_words")
        self.termMarkers = rules.words("term_markers").map { Array($0.utf8) }
    }

    public func find(in document: NormalizedDocument) -> QuotedDocument {
        var quotes: [QuoteSpan] = []
        for (index, paragraph) in document.paragraphs.enumerated() where !paragraph.isBoilerplate {
            quotes += find(in: document, paragraph: index)
        }
        return QuotedDocument(normalized: document, quotes: quotes)
    }

    func find(in document: NormalizedDocument, paragraph index: Int) -> [QuoteSpan] {
        let text = document.text
        let paragraph = document.paragraphs[index].range
        var spans: [QuoteSpan] = []
        var open: QuoteMark?
        var lastEnd = paragraph.lowerBound

        func emit(from start: Int, to end: Int, outer: Range<Int>, closed: Bool) {
            let content = text.trimmed(start..<end)
            guard text.wordCount(content) >= minimumWords else { return }
            // An attribute value in leftover markup (<tweet pic="…">) is no quote.
            if outer.lowerBound > 0, text.bytes[outer.lowerBound - 1] == UInt8(ascii: "=") { return }
            // In a headline every word is capitalized: there, Title Case proves nothing.
            if isTitle(text, content) && !isTitle(text, paragraph, maximumWords: .max, excluding: outer) { return }
            if followsTermMarker(text, outer.lowerBound, paragraph: paragraph) { return }
            if isGloss(text, outer, paragraph: paragraph) { return }
            spans.append(QuoteSpan(content: content, outer: outer, paragraph: index, isClosed: closed))
        }

        // Curly double marks inside a quote opened by a straight one nest
        // (“Shark Tank” inside "…"): skipped, from “ to its ”.
        var nestedCurly = false
        // Double marks inside a British single quote nest too: skipped, from open to close.
        var nestedDouble = false
        let marks = Self.marks(in: text, range: paragraph)
        for (position, mark) in marks.enumerated() {
            if let opener = open, opener.family == .single {
                if nestedDouble {
                    if mark.family == .double && mark.canClose { nestedDouble = false }
                    continue
                }
                if mark.family == .double && mark.canOpen && opensStatement(opener, text, paragraph: paragraph) {
                    nestedDouble = true
                    continue
                }
            }
            if let opener = open, opener.isStraight && mark.family == .double && !mark.isStraight {
                if mark.isCurlyOpen && mark.canOpen && !nestedCurly { nestedCurly = true; continue }
                if nestedCurly { nestedCurly = !mark.canClose; continue }
            }
            if let opener = open {
                // 'It's the workers' money …,' she said: an apostrophe, when the
                // next single mark closes ('tough choices' lay ahead. … ‘The …’ opens another).
                if opener.family == .single && mark.family == .single && isPluralPossessive(mark, text),
                   let next = marks[(position + 1)...].first(where: { $0.family == .single }), next.canClose && !next.canOpen {
                    continue
                }
                if mark.closes(opener) {
                    emit(from: opener.range.upperBound, to: mark.range.lowerBound,
                         outer: opener.range.lowerBound..<mark.range.upperBound, closed: true)
                    open = nil
                    nestedCurly = false
                    lastEnd = mark.range.upperBound
                } else if mark.family == opener.family && mark.canOpen && opener.family != .single {
                    // The same outer mark again before a close: the first never closed.
                    emit(from: opener.range.upperBound, to: mark.range.lowerBound,
                         outer: opener.range.lowerBound..<mark.range.lowerBound, closed: false)
                    open = mark
                } else if opener.family == .single && mark.family != .single && mark.canOpen {
                    open = mark  // the single mark was an apostrophe after all (rock 'n' roll)
                }
            } else if mark.canOpen {
                open = mark
            } else if mark.canClose && mark.family != .single {
                let start = orphanStart(text, document: document, close: mark.range.lowerBound, notBefore: lastEnd)
                emit(from: start, to: mark.range.lowerBound, outer: start..<mark.range.upperBound, closed: true)
                lastEnd = mark.range.upperBound
            }
        }
        // A single mark left open is mostly an apostrophe, unless it opens a
        // statement and the next paragraph reopens it (British style:
        // 'I reported it twice. … ¶ 'After that, nobody would speak to me.').
        if let opener = open, opener.family != .single
            || (opensStatement(opener, text, paragraph: paragraph) && nextParagraphReopens(document, after: index)) {
            emit(from: opener.range.upperBound, to: paragraph.upperBound,
                 outer: opener.range.lowerBound..<paragraph.upperBound, closed: false)
        }
        return spans
    }

    /// The paragraph after `index` opens with a single mark and a capital.
    private func nextParagraphReopens(_ document: NormalizedDocument, after index: Int) -> Bool {
        guard index + 1 < document.paragraphs.count, !document.paragraphs[index + 1].isBoilerplate else { return false }
        let next = document.text.trimmed(document.paragraphs[index + 1].range)
        guard !next.isEmpty, let mark = QuoteMark.classify(document.text, at: next.lowerBound) else { return false }
        return mark.family == .single && mark.canOpen && opensStatement(mark, document.text, paragraph: next)
    }

    /// `workers' money`: a mark after the s of a plural, before a lower-case
    /// word, is more often a possessive than the end of a quote; so is one
    /// right before the punctuation that the quote's own closing mark follows
    /// (`not the owners',' said`).
    private func isPluralPossessive(_ mark: QuoteMark, _ text: UTF8Text) -> Bool {
        guard mark.range.lowerBound > 0, text.bytes[mark.range.lowerBound - 1] == UInt8(ascii: "s"),
              mark.range.upperBound + 1 < text.bytes.count else { return false }
        let after = text.bytes[mark.range.upperBound]
        if after == UInt8(ascii: ",") || after == UInt8(ascii: ".") {
            return text.scalar(at: mark.range.upperBound + 1).map { $0.scalar == "'" || $0.scalar == "’" } ?? false
        }
        guard after == 0x20 else { return false }
        return text.scalar(at: mark.range.upperBound + 1)?.scalar.properties.isLowercase ?? false
    }

    /// A single mark that opens a statement, not an apostrophe: a capital
    /// follows it, and it starts the paragraph or follows a colon or comma
    /// (`said: 'A parent told me "you have failed my son", and …'`).
    func opensStatement(_ opener: QuoteMark, _ text: UTF8Text, paragraph: Range<Int>) -> Bool {
        guard let (next, _) = text.scalar(at: opener.range.upperBound), next.isUppercaseLetter else { return false }
        let before = Self.skippingSpaces(text, before: opener.range.lowerBound, paragraph: paragraph)
        return before == paragraph.lowerBound || text.bytes[before - 1] == UInt8(ascii: ":") || text.bytes[before - 1] == UInt8(ascii: ",")
    }

    /// Every word capitalized but the small ones, and few words: a title.
    func isTitle(_ text: UTF8Text, _ range: Range<Int>, maximumWords: Int? = nil, excluding: Range<Int>? = nil) -> Bool {
        let words = WordScanner.words(in: text, range: range).filter { word in excluding.map { !$0.overlaps(word.range) } ?? true }
        guard !words.isEmpty, words.count <= maximumWords ?? maximumTitleWords, words[0].isCapitalized else { return false }
        // Shouting is no title: “WE WANT MOVIES MADE IN AMERICA, AGAIN!”
        if words.count >= 3, words.allSatisfy({ !$0.text.unicodeScalars.contains(where: \.properties.isLowercase) }) { return false }
        return words.allSatisfy { $0.isCapitalized || titleSmallWords.contains($0.text.lowercased()) || $0.text.count <= 1 }
    }

    /// A quoted span that alone fills a parenthesis after a word glosses
    /// that word, a translation or another name: `the Urbi et Orbi ("to the
    /// city and the world") blessing`, not something said.
    func isGloss(_ text: UTF8Text, _ outer: Range<Int>, paragraph: Range<Int>) -> Bool {
        guard outer.lowerBound - 2 >= paragraph.lowerBound, outer.upperBound < paragraph.upperBound,
              text.bytes[outer.lowerBound - 1] == UInt8(ascii: "("), text.bytes[outer.upperBound] == UInt8(ascii: ")") else { return false }
        let before = Self.skippingSpaces(text, before: outer.lowerBound - 1, paragraph: paragraph)
        return before > paragraph.lowerBound && text.bytes[before - 1].isWordByte
    }

    /// The words just before the opening mark are a term marker ("so-called",
    /// "dubbed"), standing as whole words. Compared as bytes, ASCII letters
    /// in either case: this runs for every quote.
    func followsTermMarker(_ text: UTF8Text, _ opening: Int, paragraph: Range<Int>) -> Bool {
        let end = Self.skippingSpaces(text, before: opening, paragraph: paragraph)
        return termMarkers.contains { marker in
            let start = end - marker.count
            guard start >= paragraph.lowerBound, !marker.isEmpty else { return false }
            for index in marker.indices where text.bytes[start + index].asciiLowercased != marker[index] { return false }
            return start == paragraph.lowerBound || !text.bytes[start - 1].isWordByte
        }
    }

    /// `offset` moved back over the spaces before it, not out of `paragraph`.
    private static func skippingSpaces(_ text: UTF8Text, before offset: Int, paragraph: Range<Int>) -> Int {
        var before = offset
        while before > paragraph.lowerBound && text.bytes[before - 1] == 0x20 { before -= 1 }
        return before
    }

    static func marks(in text: UTF8Text, range: Range<Int>) -> [QuoteMark] {
        var marks: [QuoteMark] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = text.bytes[offset]
            // Every mark starts with '"', '\'' or a lead byte 0xC2 («») / 0xE2 (“”‘’„).
            if byte == 0x22 || byte == 0x27 || byte == 0xC2 || byte == 0xE2, let mark = QuoteMark.classify(text, at: offset) {
                marks.append(mark)
                offset = mark.range.upperBound
            } else {
                offset += 1
            }
        }
        return marks
    }

    /// Where a quote starts whose opening mark is missing: the start of the
    /// sentence holding the closing mark, or just after a single mark that is
    /// followed by a capital (an opener curled the wrong way).
    private func orphanStart(_ text: UTF8Text, document: NormalizedDocument, close: Int, notBefore limit: Int) -> Int {
        let sentenceStart = document.sentences.last { $0.lowerBound < close }?.lowerBound ?? limit
        var start = max(sentenceStart, limit)
        var offset = start
        while offset < close, let (scalar, length) = text.scalar(at: offset) {
            if scalar == "’" || scalar == "‘" || scalar == "'",
               let (space, spaceLength) = text.scalar(at: offset + length), space.isSpaceLike,
               let (capital, _) = text.scalar(at: offset + length + spaceLength), capital.isUppercaseLetter {
                start = offset + length
            }
            offset += length
        }
        return start
    }
}
