/// What a rule is for; each kind is used by one pipeline stage.
public enum RuleKind: String, Sendable, CaseIterable {
    /// normalize: a line of page furniture (ads, "Keep reading:", photo credits).
    case boilerplate
    /// attribution: who said a quote, from the text just before or after it.
    case attribution
    /// attribution: a source and a reporting cue in a sentence ("X said", "according to X").
    case source
    /// claims: the class of an attributed sentence (warning, denial, report).
    case claim

    /// Named groups every pattern of this kind must define.
    var requiredGroups: [String] {
        switch self {
        case .boilerplate: []
        case .attribution: ["speaker", "cue"]
        case .source: ["source", "cue"]
        case .claim: ["cue"]
        }
    }
}

/// The class of a claim (see ANNOTATION.md).
public enum ClaimClass: String, Sendable, CaseIterable, Comparable {
    case warning, denial, report

    /// Default priorities encode "warning beats report, denial beats report".
    var defaultPriority: Int {
        switch self {
        case .warning: 300
        case .denial: 200
        case .report: 100
        }
    }

    public static func < (lhs: ClaimClass, rhs: ClaimClass) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where an attribution rule looks for the speaker, relative to the quote.
public enum QuoteSide: String, Sendable, CaseIterable {
    /// The text between the closing mark and the next quote or paragraph end.
    case after
    /// The text between the previous quote (or paragraph start) and the opening mark.
    case before
    /// The quote's own text, from its start ("WALLACE: Let’s start…" in a transcript).
    case inside
    /// For a quote that is a paragraph by itself: the first sentence of the
    /// next paragraph ("“We will not be intimidated.” ¶ That was the message from …");
    /// for one that is its paragraph's first sentence, the sentence after it.
    case next
}

/// Where a boilerplate rule's effect ends.
public enum BoilerplateScope: String, Sendable, CaseIterable {
    /// Only the matching line (paragraph).
    case line
    /// The matching line and everything after it ("Keep reading:" lists).
    case rest
}

/// A position in a rule file, for messages.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public var description: String { "\(file):\(line):\(column)" }
}

/// One example carried by a rule: a text that must (or must not) match, and
/// optionally the text each named group must capture.
public struct RuleExample: Sendable {
    public let text: String
    public let shouldMatch: Bool
    public let groups: [String: String]
    public let location: SourceLocation
}

/// A rule as written in a YAML file, validated but not yet compiled.
public struct RuleDefinition: Sendable {
    public let id: String
    public let kind: RuleKind
    public let claimClass: ClaimClass?
    public let priority: Int
    public let description: String
    public let patterns: [String]
    public let notPatterns: [String]
    public let examples: [RuleExample]
    public let side: QuoteSide?
    public let scope: BoilerplateScope?
    /// How much a speaker found by this rule is trusted (attribution rules).
    public let confidence: Double
    /// Source rules: matches count only when a document holds at least this
    /// many ("GRAHAM: …" lines make a transcript; one "NEW DELHI:" is a dateline).
    public let minMatches: Int
    /// Source rules: a match counts only when its source is a person the
    /// document names in full ("Peskov: Putin has no plans …" with "Dmitry
    /// Peskov" in the text; not "Background: …").
    public let namedInFull: Bool
    /// Source rules: the match runs on through the subject's tail ("A study
    /// of more than 8,000 people has found"), so a source another rule finds
    /// in that tail for the same cue gives way to this rule's.
    public let ownsTail: Bool
    public let enabled: Bool
    public let location: SourceLocation
    /// Line of each pattern and not-pattern in the file, for compile errors.
    let patternLocations: [SourceLocation]
    let notPatternLocations: [SourceLocation]
}
