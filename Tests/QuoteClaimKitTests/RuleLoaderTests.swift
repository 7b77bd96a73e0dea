import Foundation
import Testing
@testable import QuoteClaimKit

@Suite("rules")
struct RuleLoaderTests {
    /// Writes `files` into a new temporary folder and loads it on top of the built-in rules.
    private func load(_ files: [String: String], builtIn: Bool = true) throws(RuleLoadError) -> RuleSet {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qc-rules-\(UUID().uuidString)")
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        return try RuleLoader(includeBuiltIn: builtIn, directories: [directory.path]).load()
    }

    private func errors(_ files: [String: String]) -> [RuleError] {
        do {
            _ = try load(files)
            return []
        } catch {
            return error.errors
        }
    }

    private let validRule = """
    rules:
      - id: denial.called-fake
        kind: claim
        class: denial
        description: Calling a story fake.
        patterns:
          - '\\b(?<cue>called)\\s+(?:the|it)\\s+(?:\\w+\\s+)?fake\\b'
        examples:
          - match: 'The ministry called the story fake.'
          - no_match: 'The ministry called the story true.'
    """

    @Test("every shipped rule has a match and a no_match example, and they pass")
    func shippedExamples() {
        let report = ExampleRunner(rules: Kit.rules).run()
        #expect(report.results.count == Kit.rules.rules.count)
        for result in report.results { #expect(result.failures.isEmpty, "\(result.summaryLine): \(result.failures)") }
    }

    @Test("a rule folder adds rules; the same id overrides a built-in rule")
    func addAndOverride() throws {
        let added = try load(["mine.yaml": validRule])
        #expect(added.rules.contains { $0.id == "denial.called-fake" })
        let override = validRule.replacingOccurrences(of: "denial.called-fake", with: "denial.denied")
        let overridden = try load(["mine.yaml": override])
        #expect(overridden.rules.filter { $0.id == "denial.denied" }.count == 1)
        #expect(overridden.rules.first { $0.id == "denial.denied" }?.definition.description == "Calling a story fake.")
    }

    @Test("a user lexicon adds and removes entries of a built-in one")
    func lexiconMerge() throws {
        let set = try load(["lexicons/speech_verbs.txt": "# mine\ngrumbled\n-said\n"])
        let verbs = set.entries("speech_verbs")
        #expect(verbs.contains("grumbled"))
        #expect(!verbs.contains("said"))
        #expect(verbs.contains("told"))
    }

    @Test("bad YAML names the file, line and column")
    func badYAML() {
        let found = errors(["bad.yaml": "rules:\n  - id: a.b\n    kind: [claim\n"])
        #expect(found.count == 1)
        #expect(found.first?.location?.line == 4)
        #expect(found.first?.description.contains("bad.yaml:4:") == true)
    }

    @Test("an unknown key is an error naming the rule and the allowed keys")
    func unknownKey() {
        let found = errors(["mine.yaml": validRule.replacingOccurrences(of: "    description:", with: "    severity: high\n    description:")])
        #expect(found.count == 1)
        #expect(found.first?.ruleID == "denial.called-fake")
        #expect(found.first?.message == "unknown key 'severity'")
        #expect(found.first?.location?.line == 5)
    }

    @Test("an unknown value of a fixed set is an error that lists the values")
    func unknownValue() {
        let found = errors(["mine.yaml": validRule.replacingOccurrences(of: "class: denial", with: "class: denail")])
        #expect(found.count == 1)
        #expect(found.first?.message == "'class' has an unknown value 'denail'")
        #expect(found.first?.hint == "values: warning, denial, report")
    }

    @Test("min_matches is for source rules only, and a whole number of 1 or more")
    func minMatches() {
        let claimRule = errors(["mine.yaml": validRule.replacingOccurrences(of: "    description:", with: "    min_matches: 2\n    description:")])
        #expect(claimRule.map(\.message) == ["'min_matches' is only for rules of kind 'source'"])
        #expect(claimRule.first?.location?.line == 5)
    }

    @Test("named_in_full and owns_tail are for source rules only")
    func sourceFlags() {
        for key in ["named_in_full", "owns_tail"] {
            let claimRule = errors(["mine.yaml": validRule.replacingOccurrences(of: "    description:", with: "    \(key): true\n    description:")])
            #expect(claimRule.map(\.message) == ["'\(key)' is only for rules of kind 'source'"])
        }
    }

    @Test("a duplicate id within the same folder is an error")
    func duplicateID() {
        let found = errors(["a.yaml": validRule, "b.yaml": validRule])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("duplicate id 'denial.called-fake'") == true)
    }

    @Test("a pattern without the named groups its kind needs is an error")
    func missingGroup() {
        let found = errors(["mine.yaml": validRule.replacingOccurrences(of: "(?<cue>called)", with: "(called)")])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("(?<cue>…)") == true)
        #expect(found.first?.location?.line == 7)
    }

    @Test("an invalid regex reports PCRE2's message and the offset in the pattern")
    func invalidRegex() {
        let found = errors(["mine.yaml": validRule.replacingOccurrences(of: "(?:\\w+\\s+)?fake", with: "(?:\\w+\\s+?fake")])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("missing closing parenthesis") == true)
        #expect(found.first?.message.contains("at offset") == true)
        #expect(found.first?.ruleID == "denial.called-fake")
    }

    @Test("a reference to an unknown lexicon or macro is an error")
    func unknownReference() {
        let found = errors(["mine.yaml": validRule.replacingOccurrences(of: "(?<cue>called)", with: "(?<cue>{{no_such_list}})")])
        #expect(found.first?.message.contains("{{no_such_list}}") == true)
    }

    @Test("macros that refer to each other name the whole cycle")
    func macroCycle() {
        let cyclic = "macros:\n  LOOP_A: '{{LOOP_B}}x'\n  LOOP_B: '{{LOOP_A}}y'\n"
            + validRule.replacingOccurrences(of: "(?<cue>called)", with: "(?<cue>called{{LOOP_A}}?)")
        let found = errors(["mine.yaml": cyclic])
        #expect(found.count == 1)
        #expect(found.first?.message == "macros refer to each other in a cycle: LOOP_A → LOOP_B → LOOP_A")
    }

    /// A rule file with `macros` and one denial rule, its examples written as `match:` or `no_match:` lines.
    private func denialRuleFile(macros: [String], id: String, patterns: [String], examples: [String]) -> String {
        "macros:\n" + macros.map { "  \($0)\n" }.joined()
            + "rules:\n  - id: \(id)\n    kind: claim\n    class: denial\n    description: A test denial.\n    patterns:\n"
            + patterns.map { "      - '\($0)'\n" }.joined() + "    examples:\n" + examples.map { "      - \($0)\n" }.joined()
    }

    /// Loads the rule file and checks that every example of rule `id` passes.
    private func expectExamplesPass(_ file: String, id: String) throws -> CompiledRule {
        let set = try load(["mine.yaml": file])
        let report = ExampleRunner(rules: set).run(only: id)
        #expect(report.results.count == 1)
        for result in report.results { #expect(result.failures.isEmpty, "\(result.failures)") }
        return try #require(set.rules.first { $0.id == id })
    }

    @Test("a macro called inside (?i:…) or after (?i) matches in any case, and (?-i:…) turns that off again")
    func caselessMacro() throws {
        let file = denialRuleFile(
            macros: [#"MINE_ALLEGATION: 'reports?'"#, #"MINE_PASSIVE: '(?:was|were)\s+{{MINE_VERB}}'"#, "MINE_VERB: 'dismissed'"],
            id: "denial.mine-passive",
            patterns: [#"\b(?i:{{MINE_ALLEGATION}})\s+{{MINE_PASSIVE}}\s+(?<cue>by)\b"#,
                       #"(?i)\bthe\s+(?-i:{{MINE_ALLEGATION}})\s+{{MINE_PASSIVE}}\s+(?<cue>via)\b"#],
            examples: ["match: 'Reports were dismissed by his agent.'", "match: 'REPORTS were dismissed by his agent.'",
                       "match: 'The reports WERE DISMISSED via his agent.'", "no_match: 'Reports WERE DISMISSED by his agent.'",
                       "no_match: 'The REPORTS were dismissed via his agent.'"])
        _ = try expectExamplesPass(file, id: "denial.mine-passive")
    }

    @Test("a long macro of lookarounds is compiled on its own and called, with the same matches in either case scope")
    func assertionMacro() throws {
        // 150 idioms: far longer than a pattern should carry in each copy of a rule.
        let idioms = (0..<150).map { "zq\($0)idiom" }.joined(separator: "|")
        let file = denialRuleFile(
            macros: [#"MINE_NO_IDIOM: '(?!\s+(?:"# + idioms + #"|up|off)\b)(?<!\bcalls)'"#, #"MINE_SHORT: '(?!\s+off\b)'"#],
            id: "denial.mine-called",
            patterns: [#"\b(?<cue>called|calls)\b{{MINE_NO_IDIOM}}\s+(?:it|the\s+\w+)\s+fake\b"#,
                       #"(?i)\b(?<cue>denied)\b{{MINE_NO_IDIOM}}{{MINE_SHORT}}\s+\w+"#],
            examples: ["match: 'The ministry called the story fake.'", "no_match: 'Rival calls it fake.'",
                       "match: 'She DENIED everything.'", "no_match: 'She denied UP front.'", "no_match: 'She denied off hand.'"])
        let compiled = try expectExamplesPass(file, id: "denial.mine-called")
        #expect(compiled.patterns.map(\.assertions.count) == [1, 1])
        // The caseless scope's copy is compiled caseless: "UP" is the idiom "up".
        #expect(compiled.patterns[1].assertions[0].pattern.hasPrefix("(?i)"))
    }

    @Test("a long lexicon the cue group names is checked by a callout on a run of words: the same matches, none of its words in the pattern")
    func cueLexiconCallout() throws {
        // 300 padding verbs make the list long enough to leave the pattern.
        let padding = (0..<300).map { String(UnicodeScalar(UInt8(97 + $0 % 26))) + "q\($0)verbed" }
        let lexicon = (["pointed out", "hit back", "dismissed", "didn't deny"] + padding).joined(separator: "\n")
        let file = """
            rules:
              - id: denial.mine-checked
                kind: claim
                class: denial
                description: A test denial.
                patterns:
                  - '\\b(?<source>Zed)\\s+(?!(?:{{mine_verbs}})\\s+(?:not|never)\\b)(?<cue>{{mine_verbs}})\\b\\s+(?:the|it)\\b'
                examples:
                  - match: 'Zed pointed out the flaw.'
                    cue: pointed out
                  - match: 'Zed DISMISSED it.'
                    cue: DISMISSED
                  - match: 'Zed didn’t deny it.'
                    cue: didn’t deny
                  - match: 'Zed nq299verbed the claim.'
                  - no_match: 'Zed pointed the gun.'
                  - no_match: 'Zed hit the ball.'
                  - no_match: 'Zed dismissed not the claim.'
            """
        let set = try load(["mine.yaml": file, "lexicons/mine_verbs.txt": lexicon])
        let report = ExampleRunner(rules: set).run(only: "denial.mine-checked")
        for result in report.results { #expect(result.failures.isEmpty, "\(result.failures)") }
        let rule = try #require(set.rules.first { $0.id == "denial.mine-checked" })
        // The list alone would be some 3 KB of pattern.
        #expect(rule.patterns[0].pattern.utf8.count < 1500)
        #expect(rule.patterns[0].assertions.filter(\.matchesLastCapture).count == 1)
    }

    @Test("only macros made of lookarounds alone count as zero-width")
    func zeroWidthMacros() {
        #expect(PatternExpander.isZeroWidth(#"(?!\s+off\b)(?<=ed)"#))
        #expect(PatternExpander.isZeroWidth(#"(?![)(]|[[:alpha:]])"#))
        #expect(!PatternExpander.isZeroWidth(#"(?!a)b"#))
        #expect(!PatternExpander.isZeroWidth(#"(?:a)"#))
        #expect(!PatternExpander.isZeroWidth(#"(?=a)|b"#))
        #expect(!PatternExpander.isZeroWidth(#"(?=\))x"#))
        #expect(!PatternExpander.isZeroWidth(""))
    }

    @Test("all problems are reported together")
    func collectsAll() {
        let broken = validRule.replacingOccurrences(of: "(?<cue>called)", with: "(called)")
        let found = errors(["a.yaml": broken, "b.yaml": "rules:\n  - id: x.y\n    kind: nonsense\n"])
        #expect(found.count == 2)
    }
}
