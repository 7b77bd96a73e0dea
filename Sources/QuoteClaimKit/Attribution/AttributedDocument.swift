/// How a speaker or source was resolved to a name, from most to least sure.
public enum ResolutionMethod: String, Sendable {
    case name, surname, description, pronoun, adjacentQuote = "adjacent-quote", paragraph, unresolved

    /// Trust in the method; multiplied with the rule's own confidence.
    var weight: Double {
        switch self {
        case .name: 1.0
        case .surname: 0.95
        case .description: 0.8
        case .pronoun: 0.75
        case .adjacentQuote: 0.7
        case .paragraph: 0.5
        case .unresolved: 0.3
        }
    }
}

/// Who said something: the name as the document gives it at its fullest,
/// the words that named them there, and how sure we are.
public struct Speaker: Sendable, Equatable {
    /// Fullest name in the document, or nil when the document does not say.
    public let name: String?
    public let asWritten: String
    public let cue: String?
    public let rule: String
    public let method: ResolutionMethod
    public let confidence: Double
    /// A person (for he/she), as opposed to an organisation, place or group.
    public let isPerson: Bool
}

/// A quote with its speaker (nil when none was found).
public struct AttributedQuote: Sendable {
    public let span: QuoteSpan
    public let speaker: Speaker?
    /// The reporting cue of the rule that named the speaker, where one did
    /// (not for a speaker carried over from a neighbouring quote).
    public var cue: Range<Int>? = nil
}

/// A source and reporting cue found in a sentence by a `source` rule.
public struct SourceMention: Sendable {
    public let match: Range<Int>
    public let cue: Range<Int>
    /// Where the source is named (the rule's `source` group).
    public let mention: Range<Int>
    public let sentence: Int
    public let speaker: Speaker
}

/// attribution → claims: the quotes with speakers, the sentence-level
/// source mentions, and the resolver the claims stage uses for its own sources.
public struct AttributedDocument: Sendable {
    public let quoted: QuotedDocument
    public let quotes: [AttributedQuote]
    public let sources: [SourceMention]
    public let resolver: SpeakerResolver

    public var normalized: NormalizedDocument { quoted.normalized }
}
