import PCRE2Kit

/// A rule with its patterns compiled by PCRE2, ready to be shared by threads.
/// A class: every match refers to its rule, and copying the whole definition
/// into each match cost more than matching.
public final class CompiledRule: Sendable {
    public let definition: RuleDefinition
    public let patterns: [Regex]
    public let notPatterns: [Regex]
    /// For each pattern, its cue prefilter (see `CueTrigger`), if it has one,
    /// and the prefilter's source before `{{…}}` expansion.
    public let triggers: [Regex?]
    public let triggerSources: [String?]

    public init(definition: RuleDefinition, patterns: [Regex], notPatterns: [Regex], triggers: [Regex?], triggerSources: [String?]) {
        self.definition = definition
        self.patterns = patterns
        self.notPatterns = notPatterns
        self.triggers = triggers
        self.triggerSources = triggerSources
    }

    public var id: String { definition.id }
}

/// Everything the pipeline needs from the rule files, compiled once.
public struct RuleSet: Sendable {
    public let rules: [CompiledRule]
    public let lexicons: [String: Lexicon]
    /// Rules whose cues are plain words, found for all of them in one pass.
    public let literalIndex: LiteralIndex

    /// `macros` are the macro names: a `{{name}}` that is a macro is no lexicon.
    public init(rules: [CompiledRule], lexicons: [String: Lexicon], macros: Set<String> = []) {
        self.rules = rules
        self.lexicons = lexicons
        // One entry per pattern, so that each pattern is skipped on its own.
        self.literalIndex = LiteralIndex(entries: rules.flatMap { rule in
            rule.triggerSources.enumerated().compactMap { number, source in
                source.flatMap { RequiredLiterals.of($0, lexicons: lexicons, macros: macros) }.map { (LiteralIndex.key(rule.id, pattern: number), $0.sorted()) }
            }
        })
    }

    public func rules(of kind: RuleKind) -> [CompiledRule] {
        rules.filter { $0.definition.kind == kind && $0.definition.enabled }
    }

    /// A lexicon's entries, lower-cased; empty when the lexicon is absent so
    /// that a user who deletes a list turns the feature off rather than crashes.
    public func words(_ name: String) -> Set<String> { lexicons[name]?.lowercasedSet ?? [] }

    public func entries(_ name: String) -> [String] { lexicons[name]?.entries ?? [] }
}

/// Per-thread matchers for every compiled pattern of a rule set, and, when
/// profiling, the time each rule took on this thread.
public final class RuleMatchers {
    private var cache: [ObjectIdentifier: Matcher] = [:]
    public let profiling: Bool
    public private(set) var timings: [String: RuleTiming] = [:]

    public init(profiling: Bool = false) { self.profiling = profiling }

    func record(_ rule: String, _ duration: Duration, ranges: Int) {
        timings[rule, default: RuleTiming()].add(duration, ranges: ranges)
    }

    public func matcher(for regex: Regex) -> Matcher {
        let key = ObjectIdentifier(regex)
        if let matcher = cache[key] { return matcher }
        let matcher = Matcher(regex)
        cache[key] = matcher
        return matcher
    }
}

/// Time spent in one rule, summed over documents and threads.
public struct RuleTiming: Sendable {
    public private(set) var duration: Duration = .zero
    public private(set) var ranges = 0

    mutating func add(_ other: Duration, ranges count: Int) {
        duration += other
        ranges += count
    }

    public mutating func merge(_ other: RuleTiming) { add(other.duration, ranges: other.ranges) }
}
