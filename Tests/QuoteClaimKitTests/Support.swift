@testable import QuoteClaimKit

/// Runs the real pipeline, with the built-in rules, on small texts.
enum Kit {
    static let rules: RuleSet = {
        do { return try RuleLoader().load() } catch { fatalError("built-in rules do not load: \(error)") }
    }()
    static let pipeline = Pipeline(rules: rules)

    struct QuoteResult: Equatable, CustomStringConvertible {
        let text: String
        let speaker: String?
        let asWritten: String?
        var description: String { "«\(text)» by \(speaker ?? "null") (as written: \(asWritten ?? "-"))" }
    }

    struct ClaimResult: Equatable, CustomStringConvertible {
        let text: String
        let claimClass: ClaimClass
        let source: String?
        let rule: String
        var description: String { "\(claimClass.rawValue) by \(source ?? "null") [\(rule)]: «\(text)»" }
    }

    static func run(_ text: String) -> ClaimedDocument {
        var diagnostics: [Diagnostic] = []
        return pipeline.run(SourceDocument(name: "test.txt", bytes: Array(text.utf8)), matchers: RuleMatchers(), diagnostics: &diagnostics)
    }

    static func quotes(_ text: String) -> [QuoteResult] {
        let document = run(text)
        return document.attributed.quotes.map { quote in
            QuoteResult(text: document.normalized.text.string(quote.span.content), speaker: quote.speaker?.name,
                        asWritten: quote.speaker?.asWritten)
        }
    }

    static func claims(_ text: String) -> [ClaimResult] {
        let document = run(text)
        return document.claims.map { claim in
            ClaimResult(text: document.normalized.text.string(claim.range), claimClass: claim.claimClass,
                        source: claim.source?.name, rule: claim.rule)
        }
    }

    static func normalize(_ text: String) -> NormalizedDocument {
        var diagnostics: [Diagnostic] = []
        return pipeline.normalizer.normalize(SourceDocument(name: "test.txt", bytes: Array(text.utf8)),
                                             matchers: RuleMatchers(), diagnostics: &diagnostics)
    }
}
