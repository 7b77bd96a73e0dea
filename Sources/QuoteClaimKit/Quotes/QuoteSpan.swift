/// quotes → attribution: a quoted span found in the normalized text.
public struct QuoteSpan: Sendable, Equatable {
    /// What stands between the marks, without surrounding white space.
    public let content: Range<Int>
    /// From the opening mark to the closing mark (or paragraph end), inclusive.
    public let outer: Range<Int>
    /// Index into `NormalizedDocument.paragraphs`.
    public let paragraph: Int
    /// False when the paragraph ended before a closing mark (a quote that runs
    /// on into the next paragraph, or a stray mark).
    public let isClosed: Bool
}

/// The output of the quotes stage.
public struct QuotedDocument: Sendable {
    public let normalized: NormalizedDocument
    public let quotes: [QuoteSpan]
}
