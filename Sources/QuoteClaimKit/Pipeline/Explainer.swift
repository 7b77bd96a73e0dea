/// A readable account of how one document was processed (`quoteclaim
/// explain`): the people the document names, each article paragraph's
/// sentences, the quotes with how their speaker was found, the sources, and
/// every class rule that matched with the one that won.
public struct Explainer: Sendable {
    let pipeline: Pipeline

    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    public func explain(_ document: SourceDocument) -> String {
        let matchers = RuleMatchers()
        var diagnostics: [Diagnostic] = []
        let claimed = pipeline.run(document, matchers: matchers, diagnostics: &diagnostics)
        let normalized = claimed.normalized
        let text = normalized.text
        var out = "# \(document.name)\n\n## People named in full\n"
        for person in claimed.attributed.resolver.index.persons {
            let status = person.isConfirmed ? "" : "  (not confirmed as a person)"
            out += "- \(person.name)  roles: \(person.roles.sorted().joined(separator: ", "))\(status)\n"
        }
        out += "\n## Paragraphs\n"
        for (index, paragraph) in normalized.paragraphs.enumerated() {
            let at = normalized.original(paragraph.range).range
            if let rule = paragraph.boilerplateRule {
                out += "\n[\(index)] \(at.lowerBound)-\(at.upperBound) skipped as page furniture by \(rule): \(text.string(paragraph.range).prefix(70))\n"
                continue
            }
            out += "\n[\(index)] \(at.lowerBound)-\(at.upperBound)\n"
            for quote in claimed.attributed.quotes where quote.span.paragraph == index {
                out += "  quote «\(text.string(quote.span.content).prefix(70))»\n"
                if let speaker = quote.speaker {
                    out += "    speaker \(speaker.name ?? "null") ← “\(speaker.asWritten)” via \(speaker.method.rawValue), rule \(speaker.rule), confidence \(speaker.confidence)\n"
                } else {
                    out += "    speaker null: no attribution rule matched around it\n"
                }
            }
            for source in claimed.attributed.sources where paragraph.range.contains(source.match.lowerBound) {
                out += "  source \(source.speaker.name ?? "null") ← “\(source.speaker.asWritten)” cue “\(text.string(source.cue))” (\(source.speaker.rule), \(source.speaker.method.rawValue))\n"
            }
            for claim in claimed.claims where paragraph.range.contains(claim.range.lowerBound) {
                out += "  claim \(claim.claimClass.rawValue) by \(claim.rule) (cue “\(claim.cue ?? "")”), source \(claim.source?.name ?? "null")"
                out += claim.also.isEmpty ? "\n" : "; also matched: \(claim.also.joined(separator: ", "))\n"
                out += "    «\(text.string(claim.range).prefix(100))»\n"
            }
        }
        for diagnostic in Set(diagnostics) { out += "\nrule \(diagnostic.rule): \(diagnostic.message)\n" }
        return out
    }
}
