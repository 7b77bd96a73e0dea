/// Runs every rule's own examples (`quoteclaim rules test`): a `match`
/// example must match (and each named group listed with it must capture
/// exactly that text), a `no_match` example must not. Attribution examples
/// go through normalization and quote finding first, as in a real run.
public struct ExampleRunner: Sendable {
    public struct RuleResult: Sendable {
        public let id: String
        public let location: SourceLocation
        public let examples: Int
        public let failures: [String]

        public var summaryLine: String {
            let mark = failures.isEmpty ? "ok  " : "FAIL"
            return "\(mark) \(id)  \(examples - failures.count)/\(examples) examples  (\(location))"
        }
    }

    public struct Report: Sendable {
        public let results: [RuleResult]
        public var passedRules: Int { results.filter { $0.failures.isEmpty }.count }
        public var failedRules: Int { results.count - passedRules }
    }

    let pipeline: Pipeline

    public init(rules: RuleSet) { self.pipeline = Pipeline(rules: rules) }

    public func run(only prefix: String? = nil) -> Report {
        let matchers = RuleMatchers()
        let results = pipeline.rules.rules.filter { prefix == nil || $0.id.hasPrefix(prefix!) }.map { rule in
            check(rule, matchers: matchers)
        }
        return Report(results: results)
    }

    func check(_ rule: CompiledRule, matchers: RuleMatchers) -> RuleResult {
        var failures: [String] = []
        let examples = rule.definition.examples
        if !examples.contains(where: \.shouldMatch) || !examples.contains(where: { !$0.shouldMatch }) {
            failures.append("\(rule.definition.location): needs at least one 'match:' and one 'no_match:' example")
        }
        for example in examples {
            if let failure = check(rule, example, matchers: matchers) { failures.append(failure) }
        }
        return RuleResult(id: rule.id, location: rule.definition.location, examples: max(examples.count, 1), failures: failures)
    }

    private func check(_ rule: CompiledRule, _ example: RuleExample, matchers: RuleMatchers) -> String? {
        let (found, text) = firstMatch(rule, in: example.text, matchers: matchers)
        let shown = "«\(example.text)»"
        guard example.shouldMatch else {
            guard let found else { return nil }
            return "\(example.location): expected no match in \(shown)\n  but matched «\(text.string(found.range))»\(groupsText(found, text))"
        }
        guard let found else { return "\(example.location): expected a match in \(shown), found none" }
        for (group, expected) in example.groups.sorted(by: { $0.key < $1.key }) {
            let actual = found.groups[group].map { text.string($0) }
            if actual != expected {
                return "\(example.location): group '\(group)' expected «\(expected)», got \(actual.map { "«\($0)»" } ?? "nothing") in \(shown)"
            }
        }
        return nil
    }

    private func firstMatch(_ rule: CompiledRule, in example: String, matchers: RuleMatchers) -> (RuleMatch?, UTF8Text) {
        var diagnostics: [Diagnostic] = []
        let document = SourceDocument(name: "example", bytes: Array(example.utf8))
        guard rule.definition.kind == .attribution else {
            let text = UTF8Text(document.bytes)
            let match = RuleRunner.allMatches(rule, in: text, range: 0..<text.count, matchers: matchers, document: "example",
                                              diagnostics: &diagnostics, limit: 1).first
            // As in extraction: a claim rule is tried again without the quote marks.
            guard match == nil, rule.definition.kind == .claim, UnquotedText.admits(rule),
                  let unquoted = UnquotedText(text, range: 0..<text.count) else { return (match, text) }
            return (unquoted.firstMatch(rule, matchers: matchers, document: "example", diagnostics: &diagnostics), text)
        }
        let normalized = pipeline.normalizer.normalize(document, matchers: matchers, diagnostics: &diagnostics)
        let quoted = pipeline.quoteFinder.find(in: normalized)
        let match = quoted.quotes.indices.lazy.compactMap {
            pipeline.attributor.match(rule, quote: $0, in: quoted, matchers: matchers, diagnostics: &diagnostics)
        }.first
        return (match, normalized.text)
    }

    private func groupsText(_ match: RuleMatch, _ text: UTF8Text) -> String {
        let parts = match.groups.names.sorted().map { "\($0): «\(text.string(match.groups[$0]!))»" }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}
