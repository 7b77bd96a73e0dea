/// The whole extraction for one document, stage by stage:
/// normalize → quotes → attribution → claims → emit. Each stage reads the
/// previous stage's output and its own rules; the pipeline holds no state
/// between documents and is shared by all threads.
public struct Pipeline: Sendable {
    public let rules: RuleSet
    public let normalizer: Normalizer
    public let quoteFinder: QuoteFinder
    public let attributor: Attributor
    public let claimExtractor: ClaimExtractor

    public init(rules: RuleSet) {
        self.rules = rules
        self.normalizer = Normalizer(rules: rules)
        self.quoteFinder = QuoteFinder(rules: rules)
        let attributor = Attributor(rules: rules)
        self.attributor = attributor
        self.claimExtractor = ClaimExtractor(rules: rules, lexicons: attributor.lexicons)
    }

    /// Runs the stages up to claims; `matchers` belongs to the calling thread.
    public func run(_ document: SourceDocument, matchers: RuleMatchers, diagnostics: inout [Diagnostic]) -> ClaimedDocument {
        let normalized = normalizer.normalize(document, matchers: matchers, diagnostics: &diagnostics)
        let quoted = quoteFinder.find(in: normalized)
        let attributed = attributor.attribute(quoted, matchers: matchers, diagnostics: &diagnostics)
        return claimExtractor.extract(attributed, matchers: matchers, diagnostics: &diagnostics)
    }

    /// Runs every stage and returns the document's JSONL lines.
    public func extract(_ document: SourceDocument, matchers: RuleMatchers) -> (lines: [String], counts: RecordBuilder.Counts, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let claimed = run(document, matchers: matchers, diagnostics: &diagnostics)
        let (lines, counts) = RecordBuilder.records(for: claimed, diagnostics: diagnostics)
        return (lines, counts, Array(Set(diagnostics)))
    }
}
