/// claims → emit: one attributed sentence (or a multi-sentence quote with its
/// attribution) and its class.
public struct Claim: Sendable {
    /// Normalized range of the sentence or sentences.
    public let range: Range<Int>
    public let claimClass: ClaimClass
    public let source: Speaker?
    public let cue: String?
    /// The rule that decided the class, or the attribution rule that made
    /// the sentence a claim when no class rule matched.
    public let rule: String
    /// Other class rules that matched too, by id.
    public let also: [String]
    /// Indices into the document's quotes.
    public let quotes: [Int]
}

/// The output of the claims stage.
public struct ClaimedDocument: Sendable {
    public let attributed: AttributedDocument
    public let claims: [Claim]

    public var normalized: NormalizedDocument { attributed.normalized }
}
