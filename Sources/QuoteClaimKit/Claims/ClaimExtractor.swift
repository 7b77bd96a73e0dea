/// claims: a unit is a claim when it names a source (a source mention, a
/// class rule with a `source` group) or holds a quote with a speaker. Its
/// class comes from the class rules that match in it: highest `priority`
/// wins, then the earliest cue, then the smaller id; with none, `report`.
public struct ClaimExtractor: Sendable {
    /// A class rule, its patterns' slots in the literal index (nil: not
    /// covered), and whether it is also tried on a unit without its quote
    /// marks: only a rule that never stops at a quote mark ("[^“”]" would
    /// let it cross into a quote there).
    typealias ClassRule = (rule: CompiledRule, slots: [Int?], quoteBlind: Bool)
    /// Each class rule (see `ClassRule`).
    let classRules: [ClassRule]
    /// Those that can name a source themselves.
    let sourcedRules: [ClassRule]
    let literals: LiteralIndex
    let lexicons: NameLexicons

    /// A unit without its quote marks (nil: it has none) and what the literal index finds there.
    struct UnquotedUnit {
        let text: UnquotedText?
        let hits: LiteralIndex.Hits?
    }

    /// `lexicons`: the attribution stage's, read once for both stages.
    public init(rules: RuleSet, lexicons: NameLexicons) {
        self.classRules = rules.rules(of: .claim).map { rule in
            (rule, rules.literalIndex.slots(of: rule), UnquotedText.admits(rule))
        }
        self.sourcedRules = classRules.filter { $0.rule.patterns.contains { $0.groupNames["source"] != nil } }
        self.literals = rules.literalIndex
        self.lexicons = lexicons
    }

    public func extract(_ attributed: AttributedDocument, matchers: RuleMatchers, diagnostics: inout [Diagnostic]) -> ClaimedDocument {
        let document = attributed.normalized
        var resolver = attributed.resolver
        var claims: [Claim] = []
        let spans = attributed.quotes.map(\.span)
        let quoteStarts = spans.map(\.content.lowerBound)
        // Sources by position, remembering their order: a long document has
        // thousands, and each unit needs only its own.
        let sourceOrder = attributed.sources.indices.sorted { attributed.sources[$0].match.lowerBound < attributed.sources[$1].match.lowerBound }
        let sourceStarts = sourceOrder.map { attributed.sources[$0].match.lowerBound }
        for unit in ClaimUnits.units(sentences: document.sentences, quotes: spans) {
            let quoteIndices = Array(Self.positions(in: unit, of: quoteStarts))
            let sources = Self.positions(in: unit, of: sourceStarts).map { sourceOrder[$0] }.sorted().map { attributed.sources[$0] }
            let quoteSpeaker = quoteIndices.lazy.compactMap { attributed.quotes[$0].speaker }.first
            // The unit without its quote marks, made once for both class passes when a rule needs it.
            var unquoted: UnquotedUnit?
            // A unit nobody is said to have said is a claim only through a
            // rule with a source group: try those first, the rest only if one matched.
            if sources.isEmpty && quoteSpeaker == nil {
                let sourced = classMatches(in: unit, rules: sourcedRules, document: document, unquoted: &unquoted, matchers: matchers,
                                           diagnostics: &diagnostics)
                guard sourced.contains(where: { $0.groups["source"] != nil }) else { continue }
            }
            var matches = classMatches(in: unit, rules: classRules, document: document, unquoted: &unquoted, matchers: matchers,
                                       diagnostics: &diagnostics)
            if let after = laterAttribution(of: quoteIndices, after: unit, in: attributed) {
                var unquotedAfter: UnquotedUnit?
                matches = Self.best(matches + classMatches(in: after, rules: classRules, document: document, unquoted: &unquotedAfter,
                                                           matchers: matchers, diagnostics: &diagnostics))
            }
            let ruleSource = matches.lazy.compactMap { match in match.groups["source"].map { (match, $0) } }.first
            guard ruleSource != nil || !sources.isEmpty || quoteSpeaker != nil else { continue }

            var source: Speaker?
            let main = mainSource(sources, quotes: quoteIndices.map { spans[$0] }, unit: unit, text: document.text)
            // A rule's source that a source rule already read is that source, resolved once.
            if let main, let (_, range) = ruleSource, Self.reports(range, main: main, text: document.text) {
                source = main.speaker
            } else if let (_, range) = ruleSource, let known = sources.first(where: { $0.mention == range }) {
                source = known.speaker
            } else if let (match, range) = ruleSource, let mention = Mention.parse(document.text, range: range, lexicons: lexicons) {
                source = resolver.resolve(mention, at: range.lowerBound, rule: match.rule, cue: match.groups["cue"].map { document.text.string($0) })
            }
            let winner = main.map { main in
                matches.first { !isSideClauseVerb($0, main: main, sources: sources, unit: unit, text: document.text) }
            } ?? matches.first
            if source == nil, let winner, let main, let joined = joinedSource(of: winner, main: main, sources: sources, text: document.text) {
                source = joined.speaker
            }
            source = source ?? main?.speaker ?? quoteSpeaker
            let cue = winner?.groups["cue"].map { document.text.string($0) } ?? source?.cue
            claims.append(Claim(
                range: unit, claimClass: winner?.rule.definition.claimClass ?? .report, source: source, cue: cue,
                rule: winner?.rule.id ?? source?.rule ?? "claim.quote", also: Array(Set(matches.dropFirst().map(\.rule.id))).sorted(),
                quotes: quoteIndices))
        }
        return ClaimedDocument(attributed: attributed, claims: claims)
    }

    /// A rule's source inside what the main clause reports is not the
    /// claim's: "A senior official said Xi had denied that …" is the
    /// official's. After a comma it opens a clause of its own: "…, but Tom Jones denied".
    private static func reports(_ range: Range<Int>, main: SourceMention, text: UTF8Text) -> Bool {
        main.speaker.name != nil && main.cue.upperBound <= range.lowerBound
            && !text.bytes[main.cue.upperBound..<range.lowerBound].contains(UInt8(ascii: ","))
    }

    /// The indices of the sorted `offsets` that lie in `range`.
    static func positions(in range: Range<Int>, of offsets: [Int]) -> Range<Int> {
        offsets.partitionIndex { $0 < range.lowerBound }..<offsets.partitionIndex { $0 < range.upperBound }
    }

    /// The first source named outside quotes (the main clause), else the
    /// first; one that resolves to no one yields to one that does ("a bill
    /// they had demanded, after Trump urged them to reject it").
    /// A reporting clause set off by a comma at the sentence's end attributes
    /// all of it: "Investors fear the case could cost billions, analysts at
    /// Morgan Stanley wrote in a note."
    private func mainSource(_ sources: [SourceMention], quotes: [QuoteSpan], unit: Range<Int>, text: UTF8Text) -> SourceMention? {
        let outside = sources.filter { source in !quotes.contains { $0.content.contains(source.cue.lowerBound) } }
        let candidates = outside.isEmpty ? sources : outside
        // (Not a body's report of what a person named there said: "Xi Jinping told Joe Biden
        // that …, Chinese state media reported." is Xi's, the media the channel.)
        if candidates.count > 1, let closing = candidates.last, closing.speaker.name != nil,
           closes(unit, after: closing.cue.upperBound, quotes: quotes), isClosingClause(closing, text: text),
           closing.speaker.isPerson || !Self.isNamedPerson(candidates[0].speaker) || inRelativeClause(candidates[0], text: text) {
            return closing
        }
        // "The clubs have agreed personal terms, sources have told ESPN, and …": a reporting
        // clause set off by commas in mid-sentence attributes what comes before it.
        if candidates.count > 1, let aside = candidates.dropFirst().first(where: { isAside($0, text: text) }) { return aside }
        return candidates.first { $0.speaker.name != nil } ?? candidates.first
    }

    /// A comma between the source and its verb: "Trump, who has dismissed …, has agreed" is no main clause's verb.
    private func inRelativeClause(_ source: SourceMention, text: UTF8Text) -> Bool {
        source.mention.upperBound < source.cue.lowerBound && text.bytes[source.mention.upperBound..<source.cue.lowerBound].contains(UInt8(ascii: ","))
    }

    /// A person found by name, not a description or a pronoun.
    private static func isNamedPerson(_ speaker: Speaker) -> Bool {
        speaker.isPerson && speaker.name != nil && (speaker.method == .name || speaker.method == .surname)
    }

    /// The class rule's cue is the verb of someone else in a side clause:
    /// "The Kremlin dismissed as “pure fiction” a report …, while Kyiv
    /// warned that …" is the Kremlin's denial (the main clause decides).
    /// Not so "Officials said Kyiv warned …" (the warning is what they
    /// report) or "X says …, but she cautions" (one source, both clauses).
    /// So is a cue in what that other source says: "…, insisting it was the
    /// responsible choice after business groups warned it would cost jobs";
    /// and one in a side clause that opens the sentence, after its own source and
    /// before the main source's comma: "When moderator David Muir noted that there
    /// was no evidence …, the former president insisted: …" is a report.
    private func isSideClauseVerb(_ match: RuleMatch, main: SourceMention, sources: [SourceMention], unit: Range<Int>, text: UTF8Text) -> Bool {
        guard let cue = match.groups["cue"], !cue.overlaps(main.cue) else { return false }
        let opensUnit = cue.upperBound <= main.match.lowerBound && text.bytes[cue.upperBound..<main.match.lowerBound].contains(UInt8(ascii: ","))
        return sources.contains { other in
            guard other.speaker.name != main.speaker.name else { return false }
            if opensUnit {
                return other.cue.upperBound <= cue.lowerBound && other.match.lowerBound >= unit.lowerBound
                    && opensSideClause(text, from: unit.lowerBound, to: other.match.lowerBound)
            }
            return (other.cue.overlaps(cue) || cue.lowerBound >= other.cue.upperBound) && other.match.lowerBound > main.cue.upperBound
                && opensSideClause(text, from: main.cue.upperBound, to: other.match.lowerBound)
        }
    }

    /// The class rule's cue is the verb of a second main clause joined after a
    /// comma: "The Environment Agency declared drought status, and Anglian
    /// Water warned that …" is Anglian Water's warning.
    private func joinedSource(of match: RuleMatch, main: SourceMention, sources: [SourceMention], text: UTF8Text) -> SourceMention? {
        guard let cue = match.groups["cue"], !cue.overlaps(main.cue) else { return nil }
        return sources.first { other in
            guard other.cue.overlaps(cue), other.match.lowerBound > main.cue.upperBound, other.speaker.name != nil,
                  let comma = text.bytes[main.cue.upperBound..<other.match.lowerBound].lastIndex(of: UInt8(ascii: ",")) else { return false }
            let joiner = text.string((comma + 1)..<other.match.lowerBound).lowercased().spaceSeparatedWords.joined(separator: " ")
            return lexicons.clauseJoiners.contains(joiner)
        }
    }

    /// The words after the last comma before `end` end in a side clause's
    /// opener (", while "), perhaps followed by a quantity of the other subject
    /// ("… as more than 100 Labour MPs threatened"); any other word there
    /// ("said after meeting Putin that Russia warned") leaves the warning reported.
    private func opensSideClause(_ text: UTF8Text, from start: Int, to end: Int) -> Bool {
        let comma = text.bytes[start..<end].lastIndex(of: UInt8(ascii: ","))
        let words = text.string((comma.map { $0 + 1 } ?? start)..<end).lowercased().spaceSeparatedWords.map(\.trimmingPunctuation)
        let quantity = words.reversed().prefix { word in
            lexicons.quantityWords.contains(word) || lexicons.countWords.contains(word) || word.allSatisfy { $0.isNumber || $0 == "," }
        }.count
        let before = words.dropLast(quantity)
        return (1...3).contains { lexicons.sideClauseOpeners.contains(before.suffix($0).joined(separator: " ")) }
    }

    /// Bytes after a closing reporting verb: "in a note to clients on Monday."
    private static let closingReach = 60
    /// Bytes between a verb and the quote it introduces: `: “`.
    private static let introductionGap = 4

    /// Little follows the verb, or the quote it introduces does: "…, she said: “That is not accurate.”"
    private func closes(_ unit: Range<Int>, after cueEnd: Int, quotes: [QuoteSpan]) -> Bool {
        if unit.upperBound - cueEnd <= Self.closingReach { return true }
        let next = quotes.partitionIndex { $0.outer.lowerBound < cueEnd }
        return next < quotes.count && quotes[next].outer.lowerBound <= cueEnd + Self.introductionGap && quotes[next].outer.upperBound <= unit.upperBound
    }

    /// ", sources have told ESPN,": a source after a comma whose verb's
    /// object, if any, ends at the next comma within a few words
    /// (", Lagarde told a news conference,"), and is no clause of its own
    /// (", he said the plan was dead,": lexicon auxiliaries).
    private func isAside(_ source: SourceMention, text: UTF8Text) -> Bool {
        guard isClosingClause(source, text: text), text.bytes[source.match.lowerBound] != UInt8(ascii: ",") else { return false }
        let reach = min(text.bytes.count, source.cue.upperBound + Self.asideReach)
        guard let comma = text.bytes[source.cue.upperBound..<reach].firstIndex(of: UInt8(ascii: ",")) else { return false }
        let words = text.string(source.cue.upperBound..<comma).lowercased().spaceSeparatedWords
        return words.count <= Self.asideWords && !words.contains { lexicons.auxiliaries.contains($0) }
    }

    /// Words an aside's verb may take before its closing comma.
    private static let asideWords = 4

    /// Bytes after an aside's verb in which its closing comma must come.
    private static let asideReach = 40

    /// ", analysts wrote" or ", said Brian Baker": a source and its verb after
    /// a comma. Not ", according to TASS" after "Peskov said": a channel, not the speaker.
    private func isClosingClause(_ source: SourceMention, text: UTF8Text) -> Bool {
        let start = source.match.lowerBound
        if text.bytes[start] == UInt8(ascii: ",") { return true }
        return start >= 2 && text.bytes[start - 2] == UInt8(ascii: ",") && source.cue.lowerBound > start
    }

    /// The first match of each of `rules` in the unit, best first.
    private func classMatches(in unit: Range<Int>, rules: [ClassRule], document: NormalizedDocument, unquoted: inout UnquotedUnit?,
                              matchers: RuleMatchers, diagnostics: inout [Diagnostic]) -> [RuleMatch] {
        var matches: [RuleMatch] = []
        // Rules by index: with hundreds of rules, most have no literal in a
        // unit, and copying each rule out of the list cost more than that check.
        var missed: [Int] = []
        let hits = literals.hits(in: document.text, range: unit)
        for index in rules.indices {
            guard let cues = LiteralIndex.cues(slots: rules[index].slots, hits: hits) else {
                if rules[index].quoteBlind { missed.append(index) }
                continue
            }
            if let match = RuleRunner.allMatches(rules[index].rule, in: document.text, range: unit, matchers: matchers,
                                                 document: document.name, diagnostics: &diagnostics, limit: 1, cues: cues).first {
                matches.append(match)
            } else if rules[index].quoteBlind {
                missed.append(index)
            }
        }
        // A rule that missed may match once quote marks no longer split its phrase.
        if !missed.isEmpty {
            if unquoted == nil {
                let text = UnquotedText(document.text, range: unit)
                unquoted = UnquotedUnit(text: text, hits: text.flatMap { literals.hits(in: $0.text, range: 0..<$0.text.count) })
            }
            if let text = unquoted?.text {
                let unquotedHits = unquoted?.hits
                for index in missed {
                    guard let cues = LiteralIndex.cues(slots: rules[index].slots, hits: unquotedHits),
                          let match = text.firstMatch(rules[index].rule, cues: cues, matchers: matchers, document: document.name,
                                                      diagnostics: &diagnostics)
                    else { continue }
                    matches.append(match)
                }
            }
        }
        return Self.best(matches)
    }

    /// “If things go on like this, there will be no dairy farms left.” ¶ That
    /// is the stark warning from Gwen Pritchard: a quote whose speaker is named
    /// in a later sentence takes that sentence's class too.
    private func laterAttribution(of quotes: [Int], after unit: Range<Int>, in attributed: AttributedDocument) -> Range<Int>? {
        guard let cue = quotes.lazy.compactMap({ attributed.quotes[$0].cue }).first, cue.lowerBound >= unit.upperBound else { return nil }
        let sentences = attributed.normalized.sentences
        let index = sentences.partitionIndex { $0.upperBound <= cue.lowerBound }
        return index < sentences.count ? sentences[index] : nil
    }

    /// Matches best first: the highest priority, then the earliest cue.
    private static func best(_ matches: [RuleMatch]) -> [RuleMatch] {
        matches.sorted { a, b in
            if a.rule.definition.priority != b.rule.definition.priority { return a.rule.definition.priority > b.rule.definition.priority }
            let cueA = a.groups["cue"]?.lowerBound ?? a.range.lowerBound
            let cueB = b.groups["cue"]?.lowerBound ?? b.range.lowerBound
            return cueA != cueB ? cueA < cueB : a.rule.id < b.rule.id
        }
    }
}
