import Foundation
import Testing

/// The promise to analysts: add a rule without recompiling, test it, rerun.
@Suite("rule workflow, with the built binary", .serialized)
struct RuleWorkflowTests {
    static let newRule = """
    rules:
      - id: denial.branded-hoax
        kind: claim
        class: denial
        priority: 250
        description: 'Calling a report a hoax: "branded the report a hoax".'
        patterns:
          - '\\b(?<cue>branded)\\s+(?:the|these|those|it)\\s+(?:\\w+\\s+){0,2}?(?:a\\s+)?hoax\\b'
        examples:
          - match: 'The ministry branded the report a hoax.'
            cue: branded
          - no_match: 'The ministry branded the report important.'
    """

    @Test("a rule added in a folder changes the output of the built binary; a broken one stops the run with a clear error")
    func addRuleWithoutRecompiling() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rules = directory.appendingPathComponent("rules").path
        let exported = try Binary.run(["rules", "export", rules])
        #expect(exported.status == 0)
        let article = directory.appendingPathComponent("article.txt")
        try Data("The foreign ministry branded the report a hoax on Monday.".utf8).write(to: article)

        let before = try Binary.run(["extract", article.path, "--quiet", "--no-builtin-rules", "--rules", rules])
        #expect(!before.stdout.contains("denial.branded-hoax"))

        try Data(Self.newRule.utf8).write(to: URL(fileURLWithPath: rules).appendingPathComponent("my-denials.yaml"))
        let tested = try Binary.run(["rules", "test", "--no-builtin-rules", "--rules", rules, "--only", "denial.branded"])
        #expect(tested.status == 0, "\(tested.stdout)")
        #expect(tested.stdout.contains("1 passed, 0 failed"))

        let after = try Binary.run(["extract", article.path, "--quiet", "--no-builtin-rules", "--rules", rules])
        #expect(after.status == 0)
        #expect(after.stdout.contains("\"class\":\"denial\""))
        #expect(after.stdout.contains("\"rule\":\"denial.branded-hoax\""))

        let broken = Self.newRule.replacingOccurrences(of: "(?<cue>branded)", with: "(?<cue>branded")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: rules).appendingPathComponent("my-denials.yaml"))
        let failed = try Binary.run(["extract", article.path, "--no-builtin-rules", "--rules", rules])
        #expect(failed.status == 2)
        #expect(failed.stdout.isEmpty)
        #expect(failed.stderr.contains("my-denials.yaml:8:"))
        #expect(failed.stderr.contains("rule 'denial.branded-hoax'"))
        #expect(failed.stderr.contains("missing closing parenthesis"))
    }

    @Test("lexicon words a user adds fit in the built-in patterns; past PCRE2's size limit, the error says what to do")
    func lexiconHeadroom() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lexicons = directory.appendingPathComponent("lexicons")
        try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
        // Words that share no prefix, as real ones do not: each costs the pattern its full length.
        func words(_ count: Int, _ suffix: String) -> String {
            (0..<count).map { String(UnicodeScalar(UInt8(97 + $0 % 26))) + "q\($0)\(suffix)" }.joined(separator: "\n")
        }
        // 300 more reporting verbs (the built-in list holds some 450) and 100 more person nouns, at once.
        try Data(words(300, "verbed").utf8).write(to: lexicons.appendingPathComponent("speech_verbs.txt"))
        try Data(words(100, "noun").utf8).write(to: lexicons.appendingPathComponent("person_nouns.txt"))
        let fits = try Binary.run(["rules", "check", "--rules", directory.path])
        #expect(fits.status == 0, "\(fits.stderr)")
        // The reporting verbs are checked by a callout where a rule's cue names them, so the
        // speaker rule that once came closest to the limit is no longer the largest.
        #expect(fits.stdout.contains("largest compiled pattern: "))
        #expect(!fits.stdout.contains("largest compiled pattern: source.speaker-verb"))

        // Where a rule's cue names the verbs, a callout checks them: 2,000 more still fit.
        try Data(words(2000, "verbed").utf8).write(to: lexicons.appendingPathComponent("speech_verbs.txt"))
        let many = try Binary.run(["rules", "check", "--rules", directory.path])
        #expect(many.status == 0, "\(many.stderr)")

        // Past that, a macro of lookarounds that names them is too large on its own.
        try Data(words(5000, "verbed").utf8).write(to: lexicons.appendingPathComponent("speech_verbs.txt"))
        let tooMany = try Binary.run(["rules", "check", "--rules", directory.path])
        #expect(tooMany.status == 2)
        #expect(tooMany.stderr.contains("regular expression is too large"))
        #expect(tooMany.stderr.contains("take words out, or split the lexicon in two"))

        // Person nouns are read in every pattern that names a speaker: 3,000 more are too many there.
        try Data(words(300, "verbed").utf8).write(to: lexicons.appendingPathComponent("speech_verbs.txt"))
        try Data(words(3000, "noun").utf8).write(to: lexicons.appendingPathComponent("person_nouns.txt"))
        let tooManyNouns = try Binary.run(["rules", "check", "--rules", directory.path])
        #expect(tooManyNouns.status == 2)
        #expect(tooManyNouns.stderr.contains("split it into two patterns of the rule"))
    }

    @Test("rules check names a pattern whose cue words it cannot find, which is tried at every word")
    func unfilteredPattern() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let builtIn = try Binary.run(["rules", "check"])
        #expect(builtIn.stdout.contains("patterns tried at every word (no cue words found to look for first): none"))
        // An optional cue: no word that every match holds to look for first.
        let pattern = #"'\b(?<cue>branded)?\s*hoax\b'"#
        let unfiltered = Self.newRule.split(separator: "\n").map { $0.contains("(?<cue>branded)") ? "      - " + pattern : String($0) }
        try Data(unfiltered.joined(separator: "\n").utf8).write(to: directory.appendingPathComponent("mine.yaml"))
        let result = try Binary.run(["rules", "check", "--rules", directory.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("patterns tried at every word (no cue words found to look for first): 1: denial.branded-hoax #1"))
    }

    @Test("rules test reports a failing example with what was expected")
    func failingExample() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let wrong = Self.newRule.replacingOccurrences(of: "no_match: 'The ministry branded the report important.'",
                                                      with: "no_match: 'The ministry branded the report a hoax today.'")
        try Data(wrong.utf8).write(to: directory.appendingPathComponent("mine.yaml"))
        let result = try Binary.run(["rules", "test", "--rules", directory.path, "--only", "denial.branded"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL denial.branded-hoax"))
        #expect(result.stdout.contains("expected no match"))
        #expect(result.stdout.contains("0 passed, 1 failed"))
    }

    @Test("explain shows which rules matched and why the class won")
    func explain() throws {
        let result = try Binary.run(["explain", Binary.seeds + "/004_5b14cf345b53de02.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("claim denial by denial.not-true"))
        #expect(result.stdout.contains("speaker Jens Stoltenberg"))
    }
}
