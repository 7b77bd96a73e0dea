import Foundation
import PCRE2Kit
import Synchronization

/// Loads the built-in rules and any `--rules DIR` folders, later folders
/// overriding same-id rules, and compiles every pattern with PCRE2.
/// All problems are collected and reported together; none is skipped.
public struct RuleLoader: Sendable {
    /// A rule or lexicon file's path (as shown in messages) and text.
    public struct SourceFile: Sendable {
        public let path: String
        public let relativePath: String
        public let text: String
    }

    public var includeBuiltIn: Bool
    public var directories: [String]

    public init(includeBuiltIn: Bool = true, directories: [String] = []) {
        self.includeBuiltIn = includeBuiltIn
        self.directories = directories
    }

    /// The built-in rule files, embedded at build time from `rules/`.
    public static var builtInFiles: [SourceFile] {
        EmbeddedRules.files.map { SourceFile(path: "<built-in>/rules/\($0.path)", relativePath: $0.path, text: $0.text) }
    }

    public func load() throws(RuleLoadError) -> RuleSet {
        var errors: [RuleError] = []
        var layers: [[SourceFile]] = includeBuiltIn ? [Self.builtInFiles] : []
        for directory in directories {
            do {
                layers.append(try Self.files(in: directory))
            } catch {
                errors.append(error)
            }
        }
        let lexicons = Self.lexicons(from: layers)
        var macros: [String: String] = [:]
        var definitions: [String: RuleDefinition] = [:]
        var order: [String] = []
        for layer in layers {
            var seenInLayer: [String: SourceLocation] = [:]
            for file in layer where Self.isRuleFile(file.relativePath) {
                var parser = RuleFileParser(file: file.path)
                let parsed = parser.parse(file.text)
                errors += parser.errors
                for (name, macro) in parsed.macros {
                    if lexicons[name] != nil {
                        errors.append(RuleError("macro '\(name)' has the name of a lexicon", file: file.path, location: macro.location,
                                                hint: "rename the macro; {{\(name)}} must mean one thing"))
                    }
                    macros[name] = macro.text
                }
                for rule in parsed.rules {
                    if let first = seenInLayer[rule.id] {
                        errors.append(RuleError("duplicate id '\(rule.id)' (first defined at \(first))", file: file.path,
                                                location: rule.location, rule: rule.id, hint: "every rule id must be unique"))
                        continue
                    }
                    seenInLayer[rule.id] = rule.location
                    if definitions[rule.id] == nil { order.append(rule.id) }
                    definitions[rule.id] = rule
                }
            }
        }
        // Only lexicons whose name occurs in a pattern or macro ({{ name }}) need an alternation:
        // word lists read by code (first names, stopwords) are large and unused there.
        let texts = Array(macros.values) + definitions.values.flatMap { $0.patterns + $0.notPatterns }
        let named = lexicons.filter { name, _ in texts.contains { $0.utf8.containsBytes(name) } }
        // A lexicon some rule's cue names is a list of cue words in every pattern that names it.
        let cueLexicons = Set(definitions.values.flatMap { $0.patterns.flatMap(PatternExpander.cueReferences) })
        let expander = PatternExpander(macros: macros, lexicons: named, cueLexicons: cueLexicons)
        let assertions = AssertionCache()
        // Compiling (JIT above all) is most of the start-up: one rule per core at a time.
        let ordered = order.compactMap { definitions[$0] }
        let results = concurrentMap(count: ordered.count, workers: ProcessInfo.processInfo.activeProcessorCount) { _, index in
            var ruleErrors: [RuleError] = []
            let rule = Self.compile(ordered[index], expander: expander, assertions: assertions, errors: &ruleErrors)
            return (rule, ruleErrors)
        }
        var compiled: [CompiledRule] = []
        for case let (rule, ruleErrors)? in results {
            errors += ruleErrors
            if let rule { compiled.append(rule) }
        }
        guard errors.isEmpty else { throw RuleLoadError(errors: errors) }
        return RuleSet(rules: compiled, lexicons: lexicons, macros: Set(macros.keys))
    }

    // MARK: - Files

    static func isRuleFile(_ path: String) -> Bool { path.hasSuffix(".yaml") || path.hasSuffix(".yml") }

    static func isLexiconFile(_ path: String) -> Bool {
        path.hasSuffix(".txt") && (path.hasPrefix("lexicons/") || path.contains("/lexicons/"))
    }

    static func files(in directory: String) throws(RuleError) -> [SourceFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuleError("rules folder not found", file: directory, hint: "--rules takes a folder of .yaml rule files")
        }
        let base = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var files: [SourceFile] = []
        let prefix = base.standardizedFileURL.path + "/"
        while let url = enumerator.nextObject() as? URL {
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : url.lastPathComponent
            guard isRuleFile(relative) || isLexiconFile(relative) else { continue }
            guard let data = FileManager.default.contents(atPath: full), let text = String(data: data, encoding: .utf8) else {
                throw RuleError("cannot read the file as UTF-8 text", file: full)
            }
            let shown = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            files.append(SourceFile(path: shown, relativePath: relative, text: text))
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }

    static func lexicons(from layers: [[SourceFile]]) -> [String: Lexicon] {
        var lexicons: [String: Lexicon] = [:]
        for layer in layers {
            for file in layer where isLexiconFile(file.relativePath) {
                let name = String(file.relativePath.split(separator: "/").last!.dropLast(4))
                lexicons[name] = Lexicon.parse(name: name, text: file.text, base: lexicons[name])
            }
        }
        return lexicons
    }

    // MARK: - Compiling

    /// What to do when lexicon words, expanded into a pattern, outgrow PCRE2.
    static let tooLargeHint = "PCRE2 compiles a pattern to at most 64 KB: split it into two patterns of the rule, "
        + "or match a long lexicon's words in a rule of their own"

    /// For a long macro of lookarounds, compiled on its own.
    static let macroTooLargeHint = "PCRE2 compiles a macro of lookarounds to at most 64 KB too: a lexicon it names "
        + "has grown past that; take words out, or split the lexicon in two and name both"

    static func compile(_ definition: RuleDefinition, expander: PatternExpander, assertions: AssertionCache,
                        errors: inout [RuleError]) -> CompiledRule? {
        let before = errors.count
        let sources = definition.patterns.map(CueTrigger.source(of:))
        let patterns = zip(definition.patterns, definition.patternLocations).enumerated().compactMap { index, pattern in
            compilePattern(pattern.0, at: pattern.1, rule: definition, expander: expander, assertions: assertions, requireGroups: true,
                           hasTrigger: sources[index] != nil, errors: &errors)
        }
        let notPatterns = zip(definition.notPatterns, definition.notPatternLocations).compactMap {
            compilePattern($0, at: $1, rule: definition, expander: expander, assertions: assertions, requireGroups: false, errors: &errors)
        }
        guard errors.count == before else { return nil }
        let triggers = sources.map { source -> Regex? in
            guard let source else { return nil }
            // In place when PCRE2 accepts the size, so that it can skip to possible first characters.
            if let inline = try? expander.expand(source, mode: .inline), let regex = try? Regex(inline) { return regex }
            return (try? expander.expand(source)).flatMap { try? Regex($0) }
        }
        return CompiledRule(definition: definition, patterns: patterns, notPatterns: notPatterns, triggers: triggers, triggerSources: sources)
    }

    private static func compilePattern(_ source: String, at location: SourceLocation, rule: RuleDefinition, expander: PatternExpander,
                                       assertions cache: AssertionCache, requireGroups: Bool, hasTrigger: Bool = false, errors: inout [RuleError]) -> Regex? {
        let expansion: PatternExpander.Expanded
        // Quote rules of these sides only ever match at the start of their range.
        let options: Regex.Options = requireGroups && (rule.side == .after || rule.side == .inside || rule.side == .next) ? .anchored : []
        do {
            expansion = try expander.expandCallingAssertions(source)
        } catch .unknown(let name) {
            errors.append(RuleError("pattern refers to '{{\(name)}}', which is neither a macro nor a lexicon", file: location.file,
                                    location: location, rule: rule.id, hint: "lexicons are files lexicons/\(name).txt; macros sit under 'macros:'"))
            return nil
        } catch {
            errors.append(RuleError("macros refer to each other in a cycle: \(error)", file: location.file, location: location, rule: rule.id))
            return nil
        }
        let expanded = expansion.pattern
        var assertions: [Regex] = []
        for assertion in expansion.assertions {
            do {
                assertions.append(try cache.regex(assertion.pattern, span: assertion.span))
            } catch {
                errors.append(RuleError("invalid macro {{\(assertion.name)}}: \(error.message) at offset \(error.offset ?? 0): "
                                        + pointer(into: assertion.pattern, at: error.offset ?? 0),
                                        file: location.file, location: location, rule: rule.id,
                                        hint: error.isTooLarge ? Self.macroTooLargeHint : "the offset counts bytes of the macro after expanding {{…}}"))
                return nil
            }
        }
        let regex: Regex
        // A pattern with a cue trigger may stop looking for a start at the
        // last cue, unless \K can move its start past the cue.
        let limitable: Regex.Options = hasTrigger && !expanded.utf8.containsBytes("\\K") ? .offsetLimit : []
        do {
            regex = try Regex(expanded, options: options.union(limitable), assertions: assertions)
        } catch {
            let offset = error.offset ?? 0
            errors.append(RuleError("invalid pattern: \(error.message) at offset \(offset): \(pointer(into: expanded, at: offset))",
                                    file: location.file, location: location, rule: rule.id,
                                    hint: error.isTooLarge ? Self.tooLargeHint
                                        : expanded == source ? nil : "the offset counts bytes of the pattern after expanding {{…}}"))
            return nil
        }
        if requireGroups {
            let missing = rule.kind.requiredGroups.filter { regex.groupNames[$0] == nil }
            if !missing.isEmpty {
                errors.append(RuleError("pattern lacks the named group(s) \(missing.map { "(?<\($0)>…)" }.joined(separator: ", ")) that a '\(rule.kind.rawValue)' rule needs",
                                        file: location.file, location: location, rule: rule.id))
                return nil
            }
        }
        return regex
    }

    /// A short excerpt of the pattern with a marker where PCRE2 stopped.
    private static func pointer(into pattern: String, at offset: Int) -> String {
        let bytes = Array(pattern.utf8)
        let cut = min(max(offset, 0), bytes.count)
        let from = max(0, cut - 30)
        let to = min(bytes.count, cut + 30)
        return "…" + String(decoding: bytes[from..<cut], as: UTF8.self) + "⟦HERE⟧" + String(decoding: bytes[cut..<to], as: UTF8.self) + "…"
    }
}

/// Assertions compiled once per run: the same macro ({{NO_IDIOM}}) is
/// called by several patterns, and JIT-compiling it for each was start-up
/// work done five times over. Rules compile on several threads at once.
final class AssertionCache: Sendable {
    private let compiled = Mutex<[String: Regex]>([:])

    /// The anchored pattern for `source`, compiled on first use. Two threads
    /// may both compile one the first time; the first stored is kept.
    func regex(_ source: String, span: Bool = false) throws(PCRE2Error) -> Regex {
        let key = span ? "span:" + source : source
        if let found = compiled.withLock({ $0[key] }) { return found }
        let regex = try Regex(source, options: .anchored, matchesLastCapture: span)
        return compiled.withLock { table in
            if let stored = table[key] { return stored }
            table[key] = regex
            return regex
        }
    }
}
