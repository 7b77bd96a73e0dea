import PCRE2Kit

/// One match of a rule: the rule, the whole range and its named groups, all
/// as absolute byte offsets into the text that was searched.
public struct RuleMatch: Sendable {
    public let rule: CompiledRule
    public let range: Range<Int>
    public let groups: Groups

    /// The named groups that took part in the match. A rule has a handful,
    /// so a list read in order beats hashing names for every match.
    public struct Groups: Sendable {
        let entries: [(name: String, range: Range<Int>)]

        public subscript(name: String) -> Range<Int>? { entries.first { $0.name == name }?.range }
        public var names: [String] { entries.map(\.name) }
    }

    /// The match with its ranges moved into another text (see `UnquotedText`).
    func mapped(_ transform: (Range<Int>) -> Range<Int>) -> RuleMatch {
        RuleMatch(rule: rule, range: transform(range), groups: Groups(entries: groups.entries.map { ($0.name, transform($0.range)) }))
    }
}

/// Runs compiled rules over a range of a text. A rule whose `not_patterns`
/// match in the range does not match at all. A pattern that hits PCRE2's
/// match limit counts as no match and leaves a diagnostic.
enum RuleRunner {
    static func matches(_ rule: CompiledRule, in text: UTF8Text, range: Range<Int>, matchers: RuleMatchers,
                        document: String, diagnostics: inout [Diagnostic]) -> Bool {
        !allMatches(rule, in: text, range: range, matchers: matchers, document: document, diagnostics: &diagnostics, limit: 1).isEmpty
    }

    /// Matches of all patterns of `rule` in `range`, ordered by position.
    /// `anchored` keeps only matches that start at the start of the range.
    /// `cues` is what the literal index found for each pattern in `range` (empty: nothing known).
    /// `starts` (sorted, inside `range`) are where a match may start; nil: anywhere.
    static func allMatches(_ rule: CompiledRule, in text: UTF8Text, range: Range<Int>, matchers: RuleMatchers, document: String,
                           diagnostics: inout [Diagnostic], anchored: Bool = false, limit: Int = .max,
                           cues: [LiteralIndex.CueBound] = [], starts: [Range<Int>]? = nil) -> [RuleMatch] {
        var refused = 0
        return allMatches(rule, in: text, range: range, matchers: matchers, document: document, diagnostics: &diagnostics,
                          anchored: anchored, limit: limit, cues: cues, starts: starts, refused: &refused)
    }

    /// The same, adding to `refused` the matches a not_pattern turned down: a rule that
    /// wants several matches per document (`min_matches`) counts them too, since
    /// "MR MILLER: Good afternoon." is a transcript's line though it states nothing.
    static func allMatches(_ rule: CompiledRule, in text: UTF8Text, range: Range<Int>, matchers: RuleMatchers, document: String,
                           diagnostics: inout [Diagnostic], anchored: Bool = false, limit: Int = .max,
                           cues: [LiteralIndex.CueBound] = [], starts: [Range<Int>]? = nil, refused: inout Int) -> [RuleMatch] {
        let windows = starts?.map { ($0.lowerBound - range.lowerBound)..<($0.upperBound - range.lowerBound) }
        guard matchers.profiling else {
            return search(rule, in: text, range: range, matchers: matchers, document: document, diagnostics: &diagnostics,
                          anchored: anchored, limit: limit, cues: cues, windows: windows, refused: &refused)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let found = search(rule, in: text, range: range, matchers: matchers, document: document, diagnostics: &diagnostics,
                           anchored: anchored, limit: limit, cues: cues, windows: windows, refused: &refused)
        matchers.record(rule.id, clock.now - start, ranges: 1)
        return found
    }

    private static func search(_ rule: CompiledRule, in text: UTF8Text, range: Range<Int>, matchers: RuleMatchers,
                               document: String, diagnostics: inout [Diagnostic], anchored: Bool, limit: Int,
                               cues: [LiteralIndex.CueBound], windows: [Range<Int>]?, refused: inout Int) -> [RuleMatch] {
        text.bytes.withUnsafeBufferPointer { whole in
            let subject = UnsafeBufferPointer(rebasing: whole[range])
            var results: [RuleMatch] = []
            patterns: for (number, (regex, trigger)) in zip(rule.patterns, rule.triggers).enumerated() {
                let cue = number < cues.count ? cues[number] : .unknown
                if cue == .absent { continue }
                // No cue in the range: the pattern cannot match here. A trigger
                // that fails (match limit) proves nothing: run the pattern, which reports.
                // The cue lies inside the match, so no match starts after the last cue.
                var lastCue: Int?
                if case .lastStart(let start) = cue {
                    lastCue = start - range.lowerBound
                } else if let trigger, case .success(let found) = Result(catching: { () throws(PCRE2Error) in
                    try matchers.matcher(for: trigger).lastMatchStart(in: subject)
                }) {
                    guard let found else { continue }
                    lastCue = found
                }
                guard let found = run(regex, subject, anchored: anchored, startLimit: lastCue, windows: windows, matchers: matchers,
                                      rule: rule, document: document, diagnostics: &diagnostics) else { continue }
                for match in found {
                    results.append(RuleMatch(rule: rule, range: shift(match.range, range.lowerBound)!,
                                             groups: groups(of: match, regex: regex, base: range.lowerBound)))
                    if results.count >= limit { break patterns }
                }
            }
            // not_patterns are checked only once something matched: most
            // ranges match nothing, and then they need not run at all.
            guard !results.isEmpty else { return [] }
            for regex in rule.notPatterns {
                if let found = run(regex, subject, anchored: false, startLimit: nil, windows: nil, matchers: matchers, rule: rule,
                                   document: document, diagnostics: &diagnostics), !found.isEmpty {
                    refused += results.count
                    return []
                }
            }
            return results.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    private static func run(_ regex: Regex, _ subject: UnsafeBufferPointer<UInt8>, anchored: Bool, startLimit: Int?, windows: [Range<Int>]?,
                            matchers: RuleMatchers, rule: CompiledRule, document: String, diagnostics: inout [Diagnostic]) -> [Match]? {
        let matcher = matchers.matcher(for: regex)
        do {
            if anchored {
                return try matcher.firstMatch(in: subject, anchored: true).map { [$0] } ?? []
            }
            guard let windows else { return try matcher.allMatches(in: subject, startingNoLaterThan: startLimit) }
            return try allMatches(matcher, subject, startingIn: windows, noLaterThan: startLimit)
        } catch {
            let what = error.isResourceLimit ? "gave up: \(error.message); the rule is skipped for this document" : "failed: \(error.message)"
            diagnostics.append(Diagnostic(document: document, rule: rule.id, message: "pattern \(what)"))
            return nil
        }
    }

    /// Non-overlapping matches that start inside `windows`, left to right.
    /// Each window is searched only up to its end (or `last`), so text
    /// between windows costs nothing; a match may still run past its window.
    private static func allMatches(_ matcher: Matcher, _ subject: UnsafeBufferPointer<UInt8>, startingIn windows: [Range<Int>],
                                   noLaterThan last: Int?) throws(PCRE2Error) -> [Match] {
        guard matcher.regex.usesOffsetLimit else {
            // PCRE2 cannot be told where to stop: search everything, keep what starts in a window.
            return try matcher.allMatches(in: subject).filter { match in windows.contains { $0.contains(match.range.lowerBound) } }
        }
        var found: [Match] = []
        for window in windows {
            let limit = min(window.upperBound - 1, last ?? .max)
            guard window.lowerBound <= limit else {
                if let last, window.lowerBound > last { break }
                continue
            }
            var from = max(window.lowerBound, found.last?.range.upperBound ?? 0)
            // An empty match already found here is not found again.
            if let previous = found.last, previous.range.isEmpty, previous.range.upperBound == from { from += 1 }
            guard from <= limit else { continue }
            found += try matcher.allMatches(in: subject, from: from, startingNoLaterThan: limit)
        }
        return found
    }

    private static func groups(of match: Match, regex: Regex, base: Int) -> RuleMatch.Groups {
        RuleMatch.Groups(entries: regex.groupList.compactMap { name, number in
            number < match.groups.count ? match.groups[number].map { (name, ($0.lowerBound + base)..<($0.upperBound + base)) } : nil
        })
    }

    private static func shift(_ range: Range<Int>?, _ base: Int) -> Range<Int>? {
        range.map { ($0.lowerBound + base)..<($0.upperBound + base) }
    }
}
