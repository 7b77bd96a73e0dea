import Testing
@testable import QuoteClaimKit

/// The cue prefilter may only skip a pattern where the pattern cannot match.
@Suite("cue trigger")
struct CueTriggerTests {
    @Test("a required cue group becomes the trigger, with the options set before it")
    func extracted() {
        #expect(CueTrigger.source(of: #"(?<source>\w+)\s+(?<cue>said|told)\b"#) == "(?:said|told)")
        #expect(CueTrigger.source(of: #"(?i)\b(?<cue>warned)\b"#) == "(?i)(?:warned)")
        #expect(CueTrigger.source(of: #"[(]x[)](?<cue>{{speech_verbs}})"#) == "(?:{{speech_verbs}})")
    }

    @Test("no trigger where the cue is optional, in one branch, or refers to other groups", arguments: [
        #"a(?<cue>said)?b"#,
        #"a(?<cue>said)*"#,
        #"x|(?<cue>said)"#,
        #"(?<cue>said)|x"#,
        #"(?<q>\w+)(?<cue>\k<q>)"#,
        #"(\w+)(?<cue>\1)"#,
        #"no cue group here"#,
    ])
    func refused(pattern: String) {
        #expect(CueTrigger.source(of: pattern) == nil)
    }

    @Test("the built-in rules give the same output with and without triggers")
    func sameOutput() throws {
        let text = Array("NATO warned Beijing. “We will stay,” Stoltenberg said. The ministry called the report baseless.".utf8)
        let rules = Kit.rules
        let untriggered = RuleSet(rules: rules.rules.map {
            CompiledRule(definition: $0.definition, patterns: $0.patterns, notPatterns: $0.notPatterns,
                         triggers: $0.triggers.map { _ in nil }, triggerSources: $0.triggerSources.map { _ in nil })
        }, lexicons: rules.lexicons)
        var diagnostics: [Diagnostic] = []
        let document = SourceDocument(name: "t", bytes: text)
        let with = RecordBuilder.records(for: Pipeline(rules: rules).run(document, matchers: RuleMatchers(), diagnostics: &diagnostics), diagnostics: [])
        let without = RecordBuilder.records(for: Pipeline(rules: untriggered).run(document, matchers: RuleMatchers(), diagnostics: &diagnostics), diagnostics: [])
        #expect(with.lines == without.lines)
        #expect(with.lines.count >= 4)
    }
}

@Suite("literal index")
struct LiteralIndexTests {
    @Test("only plain word alternations are literal triggers")
    func literals() {
        #expect(LiteralIndex.literals(ofTrigger: "(?:branded|labelled)") == ["branded", "labelled"])
        #expect(LiteralIndex.literals(ofTrigger: "(?:(?:pure propaganda))") == ["pure propaganda"])
        #expect(LiteralIndex.literals(ofTrigger: "(?:warn(?:ed|s))") == nil)
        #expect(LiteralIndex.literals(ofTrigger: "(?i)(?:warned)") == nil)
        #expect(LiteralIndex.literals(ofTrigger: "(?:{{speech_verbs}})") == nil)
    }

    @Test("one pass finds which rules' words occur, overlapping and nested words included")
    func presence() {
        let index = LiteralIndex(rules: [("a", ["hoax"]), ("b", ["branded", "brand"]), ("c", ["randed"]), ("d", ["absent"])])
        let text = UTF8Text(Array("They branded it a hoax.".utf8))
        #expect(index.rulesPresent(in: text, range: 0..<text.count) == ["a", "b", "c"])
        #expect(index.rulesPresent(in: text, range: 0..<10) == ["b"])
        let slot = index.slot(of: "d")
        #expect(LiteralIndex.allows(slot: slot, present: index.presence(in: text, range: 0..<text.count)) == false)
        #expect(LiteralIndex.allows(slot: nil, present: index.presence(in: text, range: 0..<text.count)))
    }
}
