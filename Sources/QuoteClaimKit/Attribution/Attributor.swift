/// attribution: finds who said each quote and which sentences name a source.
///
/// Attribution rules look at the text around a quote: `side: after` rules are
/// matched at the start of the text between the closing mark and the next
/// quote; `side: before` rules must end where the opening mark starts (or at
/// the end of a previous paragraph that ends with a colon). Source rules run
/// on each sentence outside quotes. Everything is resolved in text order so
/// that pronouns and descriptions see the speakers before them. A quote left
/// without a speaker takes one from a neighbouring quote or the paragraph
/// before, with lower confidence.
public struct Attributor: Sendable {
    let rules: RuleSet
    let lexicons: NameLexicons
    private let quoteRules: [CompiledRule]
    private let sourceRules: [CompiledRule]
    private let literals: LiteralIndex
    private let sourceSlots: [[Int?]]

    public init(rules: RuleSet) {
        self.rules = rules
        self.lexicons = NameLexicons(rules: rules)
        // Highest priority first; the smaller id first on a tie, so the order never depends on load order.
        let order: (CompiledRule, CompiledRule) -> Bool = {
            $0.definition.priority != $1.definition.priority ? $0.definition.priority > $1.definition.priority : $0.id < $1.id
        }
        self.quoteRules = rules.rules(of: .attribution).sorted(by: order)
        self.sourceRules = rules.rules(of: .source).sorted(by: order)
        self.literals = rules.literalIndex
        self.sourceSlots = sourceRules.map { rules.literalIndex.slots(of: $0) }
    }

    /// "Speaking … ahead of a meeting of EU leaders, Simon Harris said": a
    /// description governed by a preposition before it (lexicons
    /// part_of_prepositions and place_prepositions), or inside a sentence's
    /// opening phrase ("In a BBC interview after the ruling, Harry said"), is
    /// no apposition; the speaker is the name after its last comma.
    private func speakerSpan(_ range: Range<Int>, in text: UTF8Text) -> Range<Int> {
        var end = range.lowerBound
        while end > 0, text.bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, text.bytes[start - 1].isASCIILetter { start -= 1 }
        guard start < end, case let before = text.string(start..<end).lowercased(),
              lexicons.partOfPrepositions.contains(before) || lexicons.placePrepositions.contains(before)
                || inOpeningPhrase(start, in: text),
              let first = NameTokenizer.tokens(in: text, range: range).first, lexicons.determiners.contains(first.lower) || lexicons.indefinites.contains(first.lower),
              let comma = range.reversed().first(where: { text.bytes[$0] == UInt8(ascii: ",") && $0 + 2 < range.upperBound
                  && text.bytes[$0 + 1] == UInt8(ascii: " ") && text.scalar(at: $0 + 2)?.scalar.isUppercaseLetter == true })
        else { return range }
        return (comma + 2)..<range.upperBound
    }

    /// The sentence (or line) up to `offset` opens with a function word that
    /// is no conjunction, or a participle, and holds no comma: "In a BBC
    /// interview after", "Speaking during" (not "But", not "The announcement came days after").
    private func inOpeningPhrase(_ offset: Int, in text: UTF8Text) -> Bool {
        let from = max(0, offset - Self.openingPhraseReach)
        var start = offset
        while start > from, text.bytes[start - 1] != UInt8(ascii: "\n"),
              !(start >= 2 && text.bytes[start - 1] == UInt8(ascii: " ") && text.bytes[start - 2] == UInt8(ascii: ".")) {
            if text.bytes[start - 1] == UInt8(ascii: ",") { return false }
            start -= 1
        }
        guard start > from || start == 0, let first = text.string(start..<offset).spaceSeparatedWords.first?.lowercased() else { return false }
        return lexicons.opensPhrase(first) && !lexicons.conjunctions.contains(first)
    }

    /// Bytes back to the sentence's start that `inOpeningPhrase` reads.
    private static let openingPhraseReach = 150

    /// A match not yet resolved to a name.
    private struct Candidate {
        enum Target { case quote(Int), source(sentence: Int, match: Range<Int>) }
        let target: Target
        let match: RuleMatch
        let speakerRange: Range<Int>
        var offset: Int { match.groups["cue"]?.lowerBound ?? match.range.lowerBound }
    }

    public func attribute(_ quoted: QuotedDocument, matchers: RuleMatchers, diagnostics: inout [Diagnostic]) -> AttributedDocument {
        let document = quoted.normalized
        var resolver = SpeakerResolver(index: EntityIndex(document: document, lexicons: lexicons), lexicons: lexicons, text: document.text,
                                       sentences: document.sentences,
                                       // Page furniture (a byline) is no paragraph a lead or a speaker's turn counts.
                                       paragraphs: document.paragraphs.filter { !$0.isBoilerplate }.map(\.range),
                                       quotes: quoted.quotes.map(\.outer))
        var candidates: [Candidate] = []
        for index in quoted.quotes.indices {
            if let candidate = quoteCandidate(index, in: quoted, matchers: matchers, diagnostics: &diagnostics) { candidates.append(candidate) }
        }
        candidates += sourceCandidates(in: quoted, matchers: matchers, diagnostics: &diagnostics)
        candidates.sort { $0.offset < $1.offset }

        var speakers = [Speaker?](repeating: nil, count: quoted.quotes.count)
        var cues = [Range<Int>?](repeating: nil, count: quoted.quotes.count)
        var sources: [SourceMention] = []
        for candidate in candidates {
            guard let mention = Mention.parse(document.text, range: speakerSpan(candidate.speakerRange, in: document.text), lexicons: lexicons)
            else { continue }
            if candidate.match.rule.definition.namedInFull, !resolver.index.namesInFull(mention.asWritten) { continue }
            let cue = candidate.match.groups["cue"]
            let speaker = resolver.resolve(mention, at: candidate.offset, rule: candidate.match.rule, cue: cue.map { document.text.string($0) })
            switch candidate.target {
            case .quote(let index):
                speakers[index] = speaker
                cues[index] = cue
            case .source(let sentence, let match):
                sources.append(SourceMention(match: match, cue: cue ?? match, mention: candidate.speakerRange, sentence: sentence, speaker: speaker))
            }
        }
        fillGaps(&speakers, quoted: quoted, sources: sources, people: resolver.index)
        let quotes = quoted.quotes.indices.map { AttributedQuote(span: quoted.quotes[$0], speaker: speakers[$0], cue: cues[$0]) }
        return AttributedDocument(quoted: quoted, quotes: quotes, sources: sources, resolver: resolver)
    }

    // MARK: - Quote attribution

    private func quoteCandidate(_ index: Int, in quoted: QuotedDocument, matchers: RuleMatchers, diagnostics: inout [Diagnostic]) -> Candidate? {
        var best: RuleMatch?
        // The contexts are the same for every rule: worked out once per quote.
        let contexts = contexts(of: index, in: quoted)
        for rule in quoteRules {
            if let best, best.rule.definition.priority >= rule.definition.priority { break }
            if let found = match(rule, quote: index, in: quoted, contexts: contexts, matchers: matchers, diagnostics: &diagnostics) {
                best = found
            }
        }
        guard let best, let speaker = best.groups["speaker"] else { return nil }
        return Candidate(target: .quote(index), match: best, speakerRange: speaker)
    }

    /// One attribution rule applied to one quote's context; also used to
    /// check rule examples.
    func match(_ rule: CompiledRule, quote index: Int, in quoted: QuotedDocument, matchers: RuleMatchers,
               diagnostics: inout [Diagnostic]) -> RuleMatch? {
        match(rule, quote: index, in: quoted, contexts: contexts(of: index, in: quoted), matchers: matchers, diagnostics: &diagnostics)
    }

    private func match(_ rule: CompiledRule, quote index: Int, in quoted: QuotedDocument,
                       contexts: (before: Range<Int>?, after: Range<Int>?), matchers: RuleMatchers,
                       diagnostics: inout [Diagnostic]) -> RuleMatch? {
        let document = quoted.normalized
        let (before, after) = contexts
        let found: RuleMatch?
        switch rule.definition.side {
        case .after?:
            guard let after else { return nil }
            found = RuleRunner.allMatches(rule, in: document.text, range: after, matchers: matchers, document: document.name,
                                          diagnostics: &diagnostics, anchored: true, limit: 1).first
        case .before?:
            guard let before else { return nil }
            // Of the matches that reach the quote, the one whose verb is nearest
            // takes it, and of two with the same verb the sentence's subject, the first:
            // "Trump was defensive about an architect who said …, saying “…”" is Trump's.
            found = RuleRunner.allMatches(rule, in: document.text, range: before, matchers: matchers, document: document.name,
                                          diagnostics: &diagnostics).filter { $0.range.upperBound == before.upperBound }
                .max { ($0.groups["cue"]?.lowerBound ?? 0, -$0.range.lowerBound) < ($1.groups["cue"]?.lowerBound ?? 0, -$1.range.lowerBound) }
                .map { nearerDirectSpeaker(after: $0, rule: rule, before: before, in: document, matchers: matchers, diagnostics: &diagnostics) }
        case .inside?:
            found = RuleRunner.allMatches(rule, in: document.text, range: quoted.quotes[index].content, matchers: matchers,
                                          document: document.name, diagnostics: &diagnostics, anchored: true, limit: 1).first
        case .next?:
            guard let next = nextParagraphOpening(after: index, in: quoted) else { return nil }
            found = RuleRunner.allMatches(rule, in: document.text, range: next, matchers: matchers, document: document.name,
                                          diagnostics: &diagnostics, anchored: true, limit: 1).first
        case nil:
            found = nil
        }
        return found?.groups["speaker"] == nil ? nil : found
    }

    /// A later speaker whose verb takes the quote itself, when the first
    /// match's verb lies far from it: "But he acknowledged the bill faced long
    /// odds in the House, where Speaker Mike Johnson has declared it “dead on
    /// arrival”" is Johnson's. Only past a comma: "Mao said that Beijing
    /// hoped “…”" quotes Mao. Matches do not overlap, so later starts are
    /// searched one after another.
    private func nearerDirectSpeaker(after first: RuleMatch, rule: CompiledRule, before: Range<Int>, in document: NormalizedDocument,
                                     matchers: RuleMatchers, diagnostics: inout [Diagnostic]) -> RuleMatch {
        guard let cue = first.groups["cue"], before.upperBound - cue.upperBound > Self.directReach else { return first }
        var start = first.range.lowerBound + 1
        while start < before.upperBound, let next = RuleRunner.allMatches(
            rule, in: document.text, range: before, matchers: matchers, document: document.name, diagnostics: &diagnostics,
            limit: 1, starts: [start..<before.upperBound]).first {
            // The first such match holds the whole name ("Speaker Mike Johnson", not "Johnson").
            // A later speaker, past the first verb (matches overlap: it may start before that verb).
            // Its verb takes the quote: right before it, or with no clause break
            // between ("…, with spokesperson Zhu Fenglian saying the party was “selling out …”").
            if next.range.upperBound == before.upperBound, next.range.lowerBound >= cue.upperBound, let nextCue = next.groups["cue"],
               before.upperBound - nextCue.upperBound <= Self.directReach || !Self.hasClauseBreak(document.text.bytes[nextCue.upperBound..<before.upperBound]),
               Self.hasClauseBreak(document.text.bytes[cue.upperBound..<next.range.lowerBound]) {
                return next
            }
            start = next.range.lowerBound + 1
        }
        return first
    }

    private static func hasClauseBreak(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
    }

    /// Bytes between a verb and the quote it takes directly: ` it `, ` the plan `.
    private static let directReach = 12

    /// The text between the previous quote (or paragraph start) and this
    /// quote's opening mark, and between its closing mark and the next quote
    /// (or paragraph end). A quote that ends a sentence with a full stop has
    /// no "after" when a capital follows (a new sentence; `.”said the minister` is fine).
    private func contexts(of index: Int, in quoted: QuotedDocument) -> (before: Range<Int>?, after: Range<Int>?) {
        let document = quoted.normalized
        let text = document.text
        let quote = quoted.quotes[index]
        let paragraph = document.paragraphs[quote.paragraph].range
        let previous = index > 0 && quoted.quotes[index - 1].paragraph == quote.paragraph ? quoted.quotes[index - 1] : nil
        let next = index + 1 < quoted.quotes.count && quoted.quotes[index + 1].paragraph == quote.paragraph ? quoted.quotes[index + 1] : nil

        var before: Range<Int>? = text.trimmed((previous?.outer.upperBound ?? paragraph.lowerBound)..<quote.outer.lowerBound)
        if before!.isEmpty {
            before = previous == nil ? colonIntroduction(before: quote.paragraph, in: document) : nil
        } else if let range = before {
            // Only the quote's own sentence: a "before" rule ends at the quote
            // with no sentence end in between, so earlier sentences cannot
            // match and would only be scanned for nothing.
            let sentences = document.sentences
            let sentence = sentences.partitionIndex { $0.upperBound <= quote.outer.lowerBound }
            let start = sentence < sentences.count ? max(range.lowerBound, sentences[sentence].lowerBound) : range.lowerBound
            before = start < range.upperBound ? text.trimmed(start..<range.upperBound) : nil
        }
        var after: Range<Int>? = quote.isClosed ? quote.outer.upperBound..<(next?.outer.lowerBound ?? paragraph.upperBound) : nil
        // Only to the end of the sentence the closing mark runs into: "“…,” the
        // company said. Owners of the SUVs were told …" has no speaker "… were".
        if let range = after, case let sentences = document.sentences,
           case let position = sentences.partitionIndex(where: { $0.upperBound <= range.lowerBound }), position < sentences.count,
           sentences[position].upperBound > range.lowerBound, sentences[position].upperBound < range.upperBound {
            after = range.lowerBound..<sentences[position].upperBound
        }
        if let range = after, text.trimmed(range).isEmpty { after = nil }
        if let range = after, let (last, _) = text.scalar(before: quote.content.upperBound), last == ".",
           let first = text.trimmed(range).first.flatMap({ text.scalar(at: $0) }), first.scalar.isUppercaseLetter {
            after = nil
        }
        return (before, after)
    }

    /// The sentence after a quote that is a sentence by itself: the first of
    /// the next paragraph when the quote fills its own paragraph (nothing but
    /// punctuation around it), else the next one in its paragraph when the
    /// quote opens it ("“Nobody wants a shutdown.” That was the assessment of …").
    private func nextParagraphOpening(after index: Int, in quoted: QuotedDocument) -> Range<Int>? {
        let document = quoted.normalized
        let quote = quoted.quotes[index]
        guard quote.isClosed else { return nil }
        let paragraph = document.paragraphs[quote.paragraph].range
        let text = document.text
        if text.trimmed(paragraph.lowerBound..<quote.outer.lowerBound).isEmpty, let (last, _) = text.scalar(before: quote.content.upperBound),
           last == "." || last == "!" || last == "?",
           case let following = document.sentences.partitionIndex(where: { $0.lowerBound < quote.outer.upperBound }),
           following < document.sentences.count, case let next = document.sentences[following], next.lowerBound < paragraph.upperBound,
           text.trimmed(quote.outer.upperBound..<next.lowerBound).isEmpty {
            return next
        }
        let outside = Self.outside([quote.outer], in: paragraph)
        guard outside.allSatisfy({ text.trimmed($0).isEmpty || $0.count <= 2 }),
              quote.paragraph + 1 < document.paragraphs.count, !document.paragraphs[quote.paragraph + 1].isBoilerplate else { return nil }
        let next = document.paragraphs[quote.paragraph + 1].range
        return document.sentences.first { next.contains($0.lowerBound) } ?? next
    }

    /// "Stoltenberg told reporters in Brussels:" closing the paragraph before.
    private func colonIntroduction(before paragraph: Int, in document: NormalizedDocument) -> Range<Int>? {
        guard paragraph > 0 else { return nil }
        let previous = document.paragraphs[paragraph - 1]
        guard !previous.isBoilerplate, let (last, _) = document.text.scalar(before: previous.range.upperBound), last == ":" else { return nil }
        return document.sentences.last { $0.upperBound == previous.range.upperBound } ?? previous.range
    }

    // MARK: - Sentence sources

    private func sourceCandidates(in quoted: QuotedDocument, matchers: RuleMatchers, diagnostics: inout [Diagnostic]) -> [Candidate] {
        let document = quoted.normalized
        // Matches in text order, by sentence then rule; counted by rule.
        var found: [(sentence: Int, rule: Int, match: RuleMatch, source: Range<Int>)] = []
        var counts = [Int](repeating: 0, count: sourceRules.count)
        var quoteIndex = 0
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            while quoteIndex < quoted.quotes.count && quoted.quotes[quoteIndex].content.upperBound <= sentence.lowerBound { quoteIndex += 1 }
            let inside = quoted.quotes[quoteIndex...].prefix { $0.content.lowerBound < sentence.upperBound }.map(\.content)
            // A match is kept only with its cue outside quotes, so only the
            // text outside them is scanned for cues: a sentence whose cue
            // words are all quoted runs no rule.
            // A source is named outside quotes too, so no match starts inside one.
            let outside = Self.outside(inside, in: sentence)
            let hits = literals.hits(in: document.text, ranges: outside)
            for (ruleIndex, (rule, slots)) in zip(sourceRules, sourceSlots).enumerated() {
                guard let cues = LiteralIndex.cues(slots: slots, hits: hits) else { continue }
                var refused = 0
                defer { counts[ruleIndex] += refused }
                for match in RuleRunner.allMatches(rule, in: document.text, range: sentence, matchers: matchers, document: document.name,
                                                   diagnostics: &diagnostics, cues: cues, starts: outside, refused: &refused) {
                    guard let cue = match.groups["cue"], let source = match.groups["source"],
                          !inside.contains(where: { $0.contains(cue.lowerBound) }) else { continue }
                    found.append((sentenceIndex, ruleIndex, match, source))
                    counts[ruleIndex] += 1
                }
            }
        }
        // A rule that wants several matches per document and has fewer keeps none,
        // and takes no room from the other rules' matches.
        let tooFew = zip(sourceRules, counts).map { rule, count in count < rule.definition.minMatches }
        var candidates: [Candidate] = []
        var sentenceStart = 0
        var current = -1
        for (sentence, rule, match, source) in found where !tooFew[rule] {
            if sentence != current { sentenceStart = candidates.count; current = sentence }
            let candidate = Candidate(target: .source(sentence: sentence, match: match.range), match: match, speakerRange: source)
            if let clash = candidates[sentenceStart...].firstIndex(where: { $0.match.range.overlaps(match.range) }) {
                if isWholeSubject(candidate, of: candidates[clash], in: document.text) { candidates[clash] = candidate }
                continue
            }
            candidates.append(candidate)
        }
        return candidates
    }

    /// A source named before another one's, for the same cue, by a rule that
    /// owns its subject's tail: "A study of more than 8,000 people has found"
    /// is the study's finding, and the people only part of its tail. A name
    /// in the tail stays the source: "A survey released Monday by Emerson College found".
    private func isWholeSubject(_ longer: Candidate, of shorter: Candidate, in text: UTF8Text) -> Bool {
        guard longer.match.rule.definition.ownsTail, let cue = shorter.match.groups["cue"], longer.match.groups["cue"] == cue,
              longer.speakerRange.upperBound <= shorter.speakerRange.lowerBound,
              case .description? = Mention.parse(text, range: shorter.speakerRange, lexicons: lexicons)?.kind
        else { return false }
        return true
    }

    /// `range` without the `holes` (sorted, possibly overlapping it only in part).
    static func outside(_ holes: [Range<Int>], in range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for hole in holes where hole.overlaps(range) {
            if hole.lowerBound > start { parts.append(start..<hole.lowerBound) }
            start = max(start, hole.upperBound)
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        return parts
    }

    // MARK: - Fallbacks

    /// A quote with no attribution of its own takes the speaker of the quote
    /// right next to it in the paragraph, else of a source or quote earlier
    /// in the paragraph, else — when it opens its paragraph — the last speaker
    /// of the paragraph before.
    private func fillGaps(_ speakers: inout [Speaker?], quoted: QuotedDocument, sources: [SourceMention], people: EntityIndex) {
        let quotes = quoted.quotes
        let document = quoted.normalized
        // Sources by position: a long document has thousands, and each quote
        // needs only the one just before it.
        let ordered = sources.sorted { $0.match.lowerBound < $1.match.lowerBound }
        let sourceStarts = ordered.map(\.match.lowerBound)
        for index in quotes.indices where speakers[index] == nil {
            let quote = quotes[index]
            let paragraph = document.paragraphs[quote.paragraph].range
            if index + 1 < quotes.count, quotes[index + 1].paragraph == quote.paragraph, let next = speakers[index + 1],
               document.text.wordCount(quote.outer.upperBound..<quotes[index + 1].outer.lowerBound) == 0 {
                speakers[index] = inherited(next, method: .adjacentQuote)
                continue
            }
            // The source its own sentence names just after it, where no attribution
            // rule read the words between: "“…,” CFA incident controller Mark Gunning said."
            if let following = followingSource(of: quote, in: document, ordered: ordered, starts: sourceStarts) {
                speakers[index] = inherited(following, method: .adjacentQuote)
                continue
            }
            // Quotes are in text order: the same paragraph's are next to this one.
            let sameParagraph = { (other: Int) in quotes[other].paragraph == quote.paragraph }
            let earlierQuote = (0..<index).reversed().prefix(while: sameParagraph).first { speakers[$0] != nil }.flatMap { speakers[$0] }
            // A source match may open with the quote: "‘We cannot wait,’ says governor".
            let before = sourceStarts.partitionIndex { $0 <= quote.outer.lowerBound }
            let earlierSource = before > 0 && paragraph.contains(sourceStarts[before - 1]) ? ordered[before - 1].speaker : nil
            if let found = [earlierQuote, earlierSource].compactMap({ $0 }).first {
                speakers[index] = inherited(found, method: .adjacentQuote)
                continue
            }
            let laterQuote = (index + 1..<quotes.count).prefix(while: sameParagraph).first { speakers[$0] != nil }.flatMap { speakers[$0] }
            if let laterQuote {
                speakers[index] = inherited(laterQuote, method: .adjacentQuote)
                continue
            }
            guard quote.outer.lowerBound == paragraph.lowerBound else { continue }
            // A quote that runs on into the next paragraph (left open, the next
            // paragraph reopening it) has the speaker named at its end.
            if !quote.isClosed, let next = (index + 1..<quotes.count).first(where: { quotes[$0].paragraph > quote.paragraph }),
               quotes[next].paragraph == quote.paragraph + 1,
               quotes[next].outer.lowerBound == document.paragraphs[quotes[next].paragraph].range.lowerBound,
               let speaker = continuedSpeaker(from: next, speakers: speakers, quotes: quotes) {
                speakers[index] = inherited(speaker, method: .adjacentQuote)
                continue
            }
            if Self.isCrosshead(quote, in: document) { continue }
            if let previous = lastSpeaker(before: quote.paragraph, speakers: speakers, quoted: quoted, sources: sources) {
                speakers[index] = inherited(previous, method: .paragraph)
            } else if let person = lastPerson(before: quote.paragraph, in: document, people: people) {
                speakers[index] = person
            }
        }
        fillRepeated(&speakers, quotes: quotes, in: document, people: people, sources: ordered)
        for index in quotes.indices where speakers[index] == nil {
            speakers[index] = subject(of: quotes[index], in: document, people: people)
        }
    }

    /// The speaker of a source match that starts within a few role words
    /// after the quote in its sentence ("CFA incident controller", "Citizens
    /// Coalition for Change leader"); not past an article or a function word
    /// outside a name ("…”, the spokeswoman for …", "…,” while 73 percent said").
    private func followingSource(of quote: QuoteSpan, in document: NormalizedDocument, ordered: [SourceMention], starts: [Int]) -> Speaker? {
        let after = starts.partitionIndex { $0 < quote.outer.upperBound }
        guard after < ordered.count, ordered[after].sentence == document.sentences.partitionIndex(where: { $0.upperBound < quote.outer.upperBound })
        else { return nil }
        let gap = document.text.string(quote.outer.upperBound..<ordered[after].mention.lowerBound)
        let words = gap.split { !$0.isLetter && $0 != "-" && $0 != "." }
        guard words.count <= Self.wordsBeforeFollowingSource, gap.allSatisfy({ $0.isLetter || " -.,".contains($0) }) else { return nil }
        // The source's own first word follows the last one: "Citizens Coalition for | Change leader Nelson Chamisa".
        let next = document.text.string(ordered[after].mention.lowerBound..<min(ordered[after].mention.upperBound, ordered[after].mention.lowerBound + 4))
        let isCapitalized = { (position: Int) in (position < words.count ? words[position].first : next.first)?.isUppercase == true }
        for (position, word) in words.enumerated() {
            let lower = word.lowercased()
            if lexicons.determiners.contains(lower) || lexicons.indefinites.contains(lower) { return nil }
            // "for" inside a name: "Citizens Coalition for Change"; "of" after a role:
            // "Mets president of baseball operations David Stearns".
            let previous = position > 0 ? words[position - 1].lowercased() : ""
            let afterRole = lexicons.isPersonNoun(previous) || lexicons.isTitle(previous)
            if lexicons.stopwords.contains(lower), !(position > 0 && isCapitalized(position - 1) && isCapitalized(position + 1)), !afterRole {
                return nil
            }
        }
        return ordered[after].speaker
    }

    /// A quote in the first paragraphs that nothing attributes takes the
    /// speaker of a later quote that holds its words: a headline or
    /// standfirst repeats a quote the body attributes ("‘We were lucky’:
    /// Residents return" … ‘We were lucky,’ said Joanne Reyes). Someone the
    /// headline leaves unnamed ("Residents") gives way to the named person who said it.
    private func fillRepeated(_ speakers: inout [Speaker?], quotes: [QuoteSpan], in document: NormalizedDocument, people: EntityIndex,
                              sources: [SourceMention]) {
        func isNamed(_ speaker: Speaker?) -> Bool { speaker?.name.map(people.names) ?? false }
        let lead = quotes.indices.filter {
            (quotes[$0].paragraph < Self.leadParagraphs || Self.isCrosshead(quotes[$0], in: document)) && !isNamed(speakers[$0])
        }
        guard !lead.isEmpty else { return }
        func words(_ index: Int) -> String { document.text.string(quotes[index].content).trimmingPunctuation.lowercased() }
        // The attributed quotes' words, made once for all lead quotes.
        let known = quotes.indices.compactMap { index in speakers[index].map { (index: index, words: words(index), speaker: $0) } }
        // "Mother 'lucky to be alive' after dog attack" ¶ "A woman … has said she is lucky to be
        // alive": the words of a sentence whose source is named (made only if a lead quote needs them).
        lazy var reported = sources.compactMap { source -> (sentence: Range<Int>, words: String, speaker: Speaker)? in
            guard isNamed(source.speaker) else { return nil }
            let sentence = document.sentences[source.sentence]
            return (sentence, document.text.string(sentence).lowercased(), source.speaker)
        }
        for index in lead {
            let text = words(index)
            guard !text.isEmpty else { continue }
            if let found = known.first(where: { $0.index != index && $0.words.contains(text) && (speakers[index] == nil || isNamed($0.speaker)) }) {
                speakers[index] = inherited(found.speaker, method: .adjacentQuote)
            } else if speakers[index] == nil,
                      let found = reported.first(where: { !$0.sentence.contains(quotes[index].content.lowerBound) && $0.words.contains(text) }) {
                speakers[index] = inherited(found.speaker, method: .adjacentQuote)
            }
        }
    }

    /// "‘We have to respond’" on a line of its own between paragraphs: a
    /// crosshead, a quote that is its whole paragraph and ends on a letter or
    /// digit, with no stop, comma or dash, as a line of speech would. It is
    /// not the paragraph before's speaker's; it may repeat a quote from further down.
    private static func isCrosshead(_ quote: QuoteSpan, in document: NormalizedDocument) -> Bool {
        let paragraph = document.paragraphs[quote.paragraph].range
        guard quote.paragraph > 0, quote.isClosed, quote.outer == paragraph,
              let (last, _) = document.text.scalar(before: quote.content.upperBound) else { return false }
        return last.properties.isAlphabetic || last.properties.numericType != nil
    }

    /// Headline, standfirst and lead: where a quote repeats one from further down.
    private static let leadParagraphs = 3
    /// Words a role may add before the name of the source that follows a quote.
    private static let wordsBeforeFollowingSource = 6

    /// The last resort for a quote nothing attributes: the person named first
    /// in its sentence, else first in its paragraph, before the quote ("Reid
    /// has gone after Trump as a “human leech”"). Low confidence.
    private func subject(of quote: QuoteSpan, in document: NormalizedDocument, people: EntityIndex) -> Speaker? {
        let paragraph = document.paragraphs[quote.paragraph].range
        let sentenceStart = document.sentences.last { $0.lowerBound <= quote.outer.lowerBound && paragraph.contains($0.lowerBound) }?.lowerBound
        // An opening participle's phrase is no subject: "Asked about Saka's fitness, the Spaniard was cautious."
        let starts = [sentenceStart, paragraph.lowerBound].compactMap { $0 }
            .map { subjectStart(in: $0..<max($0, quote.outer.lowerBound), of: document.text) }
        for start in starts {
            // An owner is not the subject: "Patrick's son, Declan, 19, … He shrugs. “Maybe.”" is Declan's.
            let range = start..<max(start, quote.outer.lowerBound)
            let tokens = NameTokenizer.tokens(in: document.text, range: range)
            if let found = people.firstPerson(in: range, where: { _ in true }, at: { !lexicons.ownsPerson(at: $0, in: tokens) }) {
                let name = people.persons[found].name
                return Speaker(name: name, asWritten: name, cue: nil, rule: "attribution.fallback.sentence-subject",
                               method: .paragraph, confidence: (0.5 * ResolutionMethod.paragraph.weight * 100).rounded() / 100, isPerson: true)
            }
        }
        return pronounSubject(of: quote, paragraph: paragraph, in: document, people: people)
    }

    /// "He laughs at that. “I'm not going anywhere yet.”": a paragraph that
    /// opens with "he" or "she" before the quote is about the last person of
    /// that gender named before it; so is one that opens with a nationality
    /// ("Asked whether …, the Spaniard laughed. “No, no.”"), of any gender.
    private func pronounSubject(of quote: QuoteSpan, paragraph: Range<Int>, in document: NormalizedDocument, people: EntityIndex) -> Speaker? {
        guard quote.outer.lowerBound > paragraph.lowerBound else { return nil }
        var start = subjectStart(in: paragraph.lowerBound..<quote.outer.lowerBound, of: document.text)
        start = afterSentenceAdverbs(from: start, before: quote.outer.lowerBound, in: document.text)
        let words = document.text.string(start..<min(quote.outer.lowerBound, start + Self.subjectReach))
            .split(whereSeparator: { !$0.isLetter }).prefix(2).map { $0.lowercased() }
        guard let word = words.first else { return nil }
        let said = lexicons.gender(ofPronoun: word)
        let isNationality = words.count == 2 && lexicons.determiners.contains(word) && lexicons.demonyms.contains(words[1])
        guard said != nil || isNationality, let person = people.latestPerson(before: paragraph.lowerBound, excluding: said?.other)
        else { return nil }
        let name = people.persons[person].name
        let written = said != nil ? word : words.joined(separator: " ")
        let method: ResolutionMethod = said != nil ? .pronoun : .description
        return Speaker(name: name, asWritten: String(document.text.string(start..<min(quote.outer.lowerBound, start + written.utf8.count))),
                       cue: nil, rule: "attribution.fallback.sentence-subject", method: method,
                       confidence: (0.5 * method.weight * 100).rounded() / 100, isPerson: true)
    }

    /// "These days she worries about young writers. “…”": the subject after an
    /// opening sentence adverb of one or two words (lexicon sentence_adverbs), with or without a comma.
    private func afterSentenceAdverbs(from start: Int, before end: Int, in text: UTF8Text) -> Int {
        var spaces: [Int] = []
        var cursor = start
        while spaces.count < 2, cursor < min(end, start + Self.subjectReach) {
            if text.bytes[cursor] == UInt8(ascii: " ") { spaces.append(cursor) }
            cursor += 1
        }
        for space in spaces.reversed() {
            var phrase = text.string(start..<space).lowercased()
            if phrase.last == "," { phrase.removeLast() }
            if lexicons.sentenceAdverbs.contains(phrase) { return space + 1 }
        }
        return start
    }

    /// Where the subject of `range` starts: after an opening participle's
    /// phrase and its comma ("Asked whether …, the Spaniard laughed").
    private func subjectStart(in range: Range<Int>, of text: UTF8Text) -> Int {
        guard let first = text.firstWord(in: range, reach: Self.subjectReach), lexicons.isOpeningParticiple(first),
              let comma = text.bytes[range].firstIndex(of: UInt8(ascii: ",")) else { return range.lowerBound }
        var start = comma + 1
        while start < range.upperBound, text.bytes[start] == UInt8(ascii: " ") { start += 1 }
        return start
    }

    /// Bytes read for a paragraph's first words.
    private static let subjectReach = 24

    /// The person last named in the paragraph before, for a quote paragraph
    /// that follows a paragraph about someone without a reporting verb.
    private func lastPerson(before paragraph: Int, in document: NormalizedDocument, people: EntityIndex) -> Speaker? {
        guard let previous = (0..<paragraph).last(where: { !document.paragraphs[$0].isBoilerplate }) else { return nil }
        let range = document.paragraphs[previous].range
        let named = people.persons.compactMap { person -> (String, Int)? in
            guard person.isConfirmed, let at = person.lastOccurrence(before: range.upperBound), at >= range.lowerBound else { return nil }
            return (person.name, at)
        }
        guard let (name, _) = named.max(by: { $0.1 < $1.1 }) else { return nil }
        return Speaker(name: name, asWritten: name, cue: nil, rule: "attribution.fallback.previous-paragraph",
                       method: .paragraph, confidence: (0.6 * ResolutionMethod.paragraph.weight * 100).rounded() / 100, isPerson: true)
    }

    /// The speaker of the quote that continues a run-on quote, following
    /// further run-on paragraphs to the one that names the speaker.
    private func continuedSpeaker(from index: Int, speakers: [Speaker?], quotes: [QuoteSpan]) -> Speaker? {
        var current = index
        while true {
            let paragraph = quotes[current].paragraph
            if let speaker = (current..<quotes.count).lazy.filter({ quotes[$0].paragraph == paragraph }).compactMap({ speakers[$0] }).first {
                return speaker
            }
            guard !quotes[current].isClosed,
                  let next = (current + 1..<quotes.count).first(where: { quotes[$0].paragraph == paragraph + 1 }) else { return nil }
            current = next
        }
    }

    private func lastSpeaker(before paragraph: Int, speakers: [Speaker?], quoted: QuotedDocument, sources: [SourceMention]) -> Speaker? {
        let document = quoted.normalized
        guard let previous = (0..<paragraph).last(where: { !document.paragraphs[$0].isBoilerplate }) else { return nil }
        let range = document.paragraphs[previous].range
        var best: (at: Int, speaker: Speaker)?
        for (index, quote) in quoted.quotes.enumerated() where quote.paragraph == previous {
            if let speaker = speakers[index], best == nil || quote.outer.lowerBound > best!.at { best = (quote.outer.lowerBound, speaker) }
        }
        for source in sources where range.contains(source.match.lowerBound) {
            if best == nil || source.match.lowerBound > best!.at { best = (source.match.lowerBound, source.speaker) }
        }
        return best?.speaker
    }

    private func inherited(_ speaker: Speaker, method: ResolutionMethod) -> Speaker {
        Speaker(name: speaker.name, asWritten: speaker.asWritten, cue: speaker.cue, rule: speaker.rule, method: method,
                confidence: (speaker.confidence * method.weight * 100).rounded() / 100, isPerson: speaker.isPerson)
    }
}
