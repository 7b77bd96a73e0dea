import Foundation
import Testing
@testable import QuoteClaimKit
import PCRE2Kit

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

    @Test("the built-in rules give the same output without triggers, literal index and offset limits")
    func sameOutput() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
        var texts = try names.map { try Array(Data(contentsOf: seeds.appendingPathComponent($0))) }
        texts.append(Array("NATO warned Beijing. “We will stay,” Stoltenberg said. The ministry called the report baseless.".utf8))
        let rules = Kit.rules
        // Covered pattern by pattern: a rule's other patterns keep their own triggers.
        let notTrue = try #require(rules.rules.first { $0.id == "denial.not-true" })
        #expect(rules.literalIndex.slots(of: notTrue).filter { $0 != nil }.count == notTrue.patterns.count)
        let untriggered = RuleSet(rules: rules.rules.map {
            CompiledRule(definition: $0.definition, patterns: $0.patterns, notPatterns: $0.notPatterns,
                         triggers: $0.triggers.map { _ in nil }, triggerSources: $0.triggerSources.map { _ in nil })
        }, lexicons: rules.lexicons)
        #expect(untriggered.literalIndex.isEmpty)
        var total = 0
        for (index, text) in texts.enumerated() {
            var diagnostics: [Diagnostic] = []
            let document = SourceDocument(name: "t\(index)", bytes: text)
            let with = RecordBuilder.records(for: Pipeline(rules: rules).run(document, matchers: RuleMatchers(), diagnostics: &diagnostics), diagnostics: [])
            let without = RecordBuilder.records(for: Pipeline(rules: untriggered).run(document, matchers: RuleMatchers(), diagnostics: &diagnostics), diagnostics: [])
            #expect(with.lines == without.lines)
            total += with.lines.count
        }
        #expect(total >= 60)
    }
}

@Suite("literal index")
struct LiteralIndexTests {
    let lexicons = ["verbs": Lexicon(name: "verbs", entries: ["said", "Told", "pointed out", "didn’t say"])]

    @Test("required literals: what every match of a cue contains")
    func prefixes() {
        #expect(RequiredLiterals.of("(?:branded|labelled)", lexicons: [:]) == ["branded", "labelled"])
        #expect(RequiredLiterals.of("(?:(?:pure propaganda))", lexicons: [:]) == ["pure propaganda"])
        #expect(RequiredLiterals.of("(?:warn(?:ed|s)|cautioned)", lexicons: [:]) == ["warned", "warns", "cautioned"])
        #expect(RequiredLiterals.of("(?i)(?:Warned)", lexicons: [:]) == ["warned"])
        // The literal start ends at the first part that is not literal: a class, an optional part, `\s`.
        #expect(RequiredLiterals.of("(?:threaten(?:ed|s)?\\s+(?:to|with))", lexicons: [:]) == ["threaten", "threatened", "threatens"])
        #expect(RequiredLiterals.of("(?:remarks?|consequences)", lexicons: [:]) == ["remark", "remarks", "consequences"])
        #expect(RequiredLiterals.of("(?:(?i:according\\s+to))", lexicons: [:]) == ["according"])
        #expect(RequiredLiterals.of("(?:risks{1,2}\\s+x)", lexicons: [:]) == ["risks"])
        // Lexicon entries up to their first space or apostrophe, lower-cased.
        #expect(RequiredLiterals.of("(?:{{verbs}})", lexicons: lexicons) == ["said", "told", "pointed", "didn"])
        // No literal on some way of matching: not covered.
        #expect(RequiredLiterals.of("(?:[―—–]|--)", lexicons: [:]) == nil)
        // An optional part gives the prefixes with it and those without it.
        #expect(RequiredLiterals.of("(?:(?:pure|just)\\s+)?(?:false|untrue)", lexicons: [:]) == ["pure", "just", "false", "untrue"])
        #expect(RequiredLiterals.of("(?:an?\\s+x)", lexicons: [:]) == ["a", "an"])
        // After a part that is not literal, later runs of literal text count too:
        // the earliest is kept unless it is short ("a", "the") and a later one is longer.
        #expect(RequiredLiterals.of("(?:(?:pure\\s+)?[fF]alse)", lexicons: [:]) == ["alse"])
        #expect(RequiredLiterals.of("(?:(?i:the|a|new)\\s+warning)", lexicons: [:]) == ["warning"])
        #expect(RequiredLiterals.of("(?:(?:is|was)\\s+(?:not|n[’']t)\\s+true)", lexicons: [:]) == ["true"])
        #expect(RequiredLiterals.of("(?:(?:made|gave)\\s+(?:a|the)\\s+(?:statement|claim))", lexicons: [:]) == ["made", "gave"])
        #expect(RequiredLiterals.of("(?:\\p{Lu}\\w*\\s+(?:said|told)|warned)", lexicons: [:]) == ["said", "told", "warned"])
        #expect(RequiredLiterals.of("(?:[a-z]{2,3}\\s+\\d+\\s+x)", lexicons: [:]) == ["x"])
        // An optional or repeated part is not required, and nothing inside a lookaround is.
        #expect(RequiredLiterals.of("(?:\\s+(?:warning)?\\s+x)", lexicons: [:]) == ["x"])
        #expect(RequiredLiterals.of("(?:\\s+(?!warning)\\w+)", lexicons: [:]) == nil)
        #expect(RequiredLiterals.of("(?:\\s+(?:warning)*\\w)", lexicons: [:]) == nil)
        // One branch without a required literal: nothing is required.
        #expect(RequiredLiterals.of("(?:\\w+\\s+said|\\d+)", lexicons: [:]) == nil)
        // Syntax that changes how the rest reads, or can end a match early: not covered.
        #expect(RequiredLiterals.of("(?:\\s(*ACCEPT)said)", lexicons: [:]) == nil)
        #expect(RequiredLiterals.of("(?:\\s(?(1)a|b)said)", lexicons: [:]) == nil)
        #expect(RequiredLiterals.of("(?:\\s\\Qsaid\\E)", lexicons: [:]) == nil)
        #expect(RequiredLiterals.of("(?:{{VERB}})", lexicons: lexicons, macros: ["VERB"]) == nil)
        #expect(RequiredLiterals.of("(?:{{verbs}})", lexicons: lexicons, macros: ["verbs"]) == nil)
        #expect(RequiredLiterals.of("(?x)(?:a b)", lexicons: [:]) == nil)
        #expect(RequiredLiterals.of("(?:(?=x)said)", lexicons: [:]) == ["said"])
        #expect(RequiredLiterals.of("(?:Élysée)", lexicons: [:]) == ["lys"])
        #expect(RequiredLiterals.of("(?:É)", lexicons: [:]) == nil)
    }

    @Test("one pass finds which rules' words occur, in any ASCII case, and where the last one starts")
    func hits() {
        let index = LiteralIndex(entries: [("a", ["hoax"]), ("b", ["branded", "brand"]), ("c", ["randed"]), ("d", ["absent"])])
        let text = UTF8Text(Array("They BRANDED it a hoax, then branded it again.".utf8))
        #expect(index.keysPresent(in: text, range: 0..<text.count) == ["a", "b", "c"])
        #expect(index.keysPresent(in: text, range: 0..<11) == ["b"])
        let hits = index.hits(in: text, range: 0..<text.count)
        let slots = ["b", "c", "d"].map { index.slot(of: $0) } + [nil]
        #expect(LiteralIndex.cues(slots: slots, hits: hits) == [.lastStart(29), .lastStart(30), .absent, .unknown])
        // Case-insensitive PCRE2 matches "ſaid" to "said": the index steps aside there.
        let longS = UTF8Text(Array("They ſaid so.".utf8))
        #expect(index.hits(in: longS, range: 0..<longS.count) == nil)
        #expect(LiteralIndex.cues(slots: slots, hits: nil) == [])
        // All of a rule's patterns absent: nothing to run.
        #expect(LiteralIndex.cues(slots: [index.slot(of: "d")], hits: hits) == nil)
        #expect(LiteralIndex.cues(slots: [index.slot(of: "d"), nil], hits: hits) == [.absent, .unknown])
    }
}

@Suite("rule runner")
struct RuleRunnerTests {
    private func starts(_ rule: CompiledRule, _ text: String, windows: [Range<Int>]?) -> [Int] {
        var diagnostics: [Diagnostic] = []
        let utf8 = UTF8Text(Array(text.utf8))
        return RuleRunner.allMatches(rule, in: utf8, range: 0..<utf8.count, matchers: RuleMatchers(), document: "t",
                                     diagnostics: &diagnostics, starts: windows).map(\.range.lowerBound)
    }

    @Test("matches start only inside the given windows, but may run past a window's end", arguments: [true, false])
    func startWindows(offsetLimit: Bool) throws {
        let definition = try #require(Kit.rules.rules.first { $0.id == "source.speaker-verb" }).definition
        let regex = try PCRE2Kit.Regex(#"\b(?<source>\p{Lu}\w*)\s+(?<cue>said)\b"#, options: offsetLimit ? .offsetLimit : [])
        let rule = CompiledRule(definition: definition, patterns: [regex], notPatterns: [], triggers: [nil], triggerSources: [nil])
        // Matches at 0 ("Ann said"), 13 ("Bob said") and 26 ("Cy said").
        let text = "Ann said so, Bob said no, Cy said yes"
        #expect(starts(rule, text, windows: nil) == [0, 13, 26])
        #expect(starts(rule, text, windows: [0..<1]) == [0])
        #expect(starts(rule, text, windows: [1..<20]) == [13])
        #expect(starts(rule, text, windows: [0..<5, 20..<37]) == [0, 26])
        #expect(starts(rule, text, windows: []) == [])
    }
}
