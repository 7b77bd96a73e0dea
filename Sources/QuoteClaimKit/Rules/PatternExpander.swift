import Foundation

/// Expands `{{name}}` references in patterns: a macro from a rule file's
/// `macros:` map, or a lexicon as an alternation of its entries.
///
/// Each macro or lexicon is written once, in a `(?(DEFINE)…)` block at the
/// end of the pattern, and referenced as a subroutine `(?&m_name)`. Inlining
/// would copy a macro into every bounded repeat (`{0,6}`) that holds it, and
/// patterns built from names and lexicons quickly pass PCRE2's size limit.
///
/// A subroutine keeps the options of the place it is defined, not of the
/// call, so `(?i:{{MACRO}})` would match the macro case-sensitively. A macro
/// referenced where `(?i)` is in force gets a second, caseless definition.
///
/// A long macro made only of lookarounds (a list of idioms after a cue) is
/// compiled as a pattern of its own and called as `(?=(?Cn))`: it matches no
/// text, so running it where the match has got to is the same test, and its
/// size no longer counts against the pattern that calls it.
///
/// So is a long lexicon that some rule names right inside its `(?<cue>…)`
/// group (the reporting verbs), wherever a pattern names it: the pattern
/// takes a run of words of the kind the lexicon holds, and a callout checks
/// that the lexicon matches that run exactly. A user's added verbs then cost
/// the patterns nothing. (Only cue lexicons: a callout at every capitalized
/// word, for the names list, would be slow.)
struct PatternExpander: Sendable {
    let macros: [String: String]
    /// Each lexicon's alternation, built once: a trie is costly to build and
    /// every pattern that names the lexicon needs it.
    let lexiconPatterns: [String: String]
    /// The long lexicons some rule's cue group names, checked by a callout
    /// wherever a pattern names them, and the run of words each is checked on
    /// (see `Lexicon.wordRun`; built once, for these alone).
    let checkedRuns: [String: String]

    /// `cueLexicons`: the lexicons some rule's cue group names (`cueReferences`).
    init(macros: [String: String], lexicons: [String: Lexicon], cueLexicons: Set<String> = []) {
        self.macros = macros
        let patterns = lexicons.mapValues(\.pattern)
        self.lexiconPatterns = patterns
        self.checkedRuns = lexicons.filter { name, _ in
            cueLexicons.contains(name) && (patterns[name]?.utf8.count ?? 0) >= Self.cueLexiconMinimumLength
        }.mapValues(\.wordRun)
    }

    /// A zero-width macro's expansion this long or longer becomes an assertion.
    static let assertionMinimumLength = 1024

    /// A cue's lexicon this long or longer is checked by a callout.
    static let cueLexiconMinimumLength = 2048

    /// A pattern with its references expanded, and the assertions it calls
    /// as `(?=(?C1))`, `(?=(?C2))` … in that order; a `span` one must match
    /// exactly the text of the group closed just before its callout.
    struct Expanded: Sendable {
        typealias Assertion = (name: String, caseless: Bool, pattern: String, span: Bool)
        let pattern: String
        let assertions: [Assertion]
    }

    enum Failure: Error, CustomStringConvertible {
        case unknown(String), cycle(String)

        /// What an error message shows: the name, or the path of the cycle.
        var description: String {
            switch self {
            case .unknown(let name): name
            case .cycle(let path): path
            }
        }
    }

    /// How references are written into the pattern.
    enum Mode: Sendable {
        /// Macros and lexicons as subroutine calls. (Lexicons in place were
        /// measured: no faster to match, and 30% slower to JIT-compile.)
        case subroutines
        /// Everything in place, for small patterns such as cue triggers, so
        /// that PCRE2 can find their possible first characters.
        case inline
    }

    func expand(_ pattern: String, mode: Mode = .subroutines) throws(Failure) -> String {
        try expandCallingAssertions(pattern, mode: mode, allowAssertions: false).pattern
    }

    /// Expands `pattern`; in `.subroutines` mode, long zero-width macros become assertions.
    func expandCallingAssertions(_ pattern: String, mode: Mode = .subroutines, allowAssertions: Bool = true) throws(Failure) -> Expanded {
        guard pattern.utf8.contains(0x7B) else { return Expanded(pattern: pattern, assertions: []) }
        var expansion = Expansion(mode: mode, allowsAssertions: allowAssertions && mode == .subroutines)
        let body = try substitute(pattern, into: &expansion)
        guard !expansion.definitions.isEmpty else { return Expanded(pattern: body, assertions: expansion.assertions) }
        let block = expansion.definitions.map { "(?<\($0.name)>\($0.body))" }.joined()
        // A `(?i)` in the pattern's top level would reach the definitions too.
        return Expanded(pattern: body + "(?-i)(?(DEFINE)" + block + ")", assertions: expansion.assertions)
    }

    /// The state of one expansion: the subroutines defined so far and the
    /// macros being expanded (to report cycles).
    private struct Expansion {
        let mode: Mode
        let allowsAssertions: Bool
        var definitions: [(name: String, body: String)] = []
        var defined = Set<String>()
        var visiting: [String] = []
        var assertions: [Expanded.Assertion] = []
    }

    /// The names `{{…}}` written right inside the pattern's `(?<cue>…)` group.
    static func cueReferences(in pattern: String) -> Set<String> {
        let bytes = Array(pattern.utf8)
        var names = Set<String>()
        var scope = CaseScope(caseless: false)
        var cursor = 0
        while let open = find(0x7B, in: bytes, from: cursor), let close = find(0x7D, in: bytes, from: open + 2) {
            scope.read(bytes[cursor..<open])
            if scope.inCue { names.insert(String(decoding: bytes[(open + 2)..<close], as: UTF8.self).trimmingBlanks) }
            cursor = close + 2
        }
        return names
    }

    /// Replaces each reference by a subroutine call (defining what it calls)
    /// or by its body in a group, as the mode says.
    private func substitute(_ pattern: String, caseless: Bool = false, into expansion: inout Expansion) throws(Failure) -> String {
        // On bytes: String searching (Foundation's or the standard library's)
        // made expansion a tenth of start-up.
        let bytes = Array(pattern.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var cursor = 0
        var scope = CaseScope(caseless: caseless)
        while let open = Self.find(0x7B, in: bytes, from: cursor), let close = Self.find(0x7D, in: bytes, from: open + 2) {
            out += bytes[cursor..<open]
            scope.read(bytes[cursor..<open])
            let name = String(decoding: bytes[(open + 2)..<close], as: UTF8.self).trimmingBlanks
            out += try reference(to: name, caseless: scope.caseless, in: &expansion).utf8
            cursor = close + 2
        }
        out += bytes[cursor...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The offset of the next doubled `byte` (`{{` or `}}`) at or after `start`.
    private static func find(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == byte && bytes[index + 1] == byte { return index }
            index += 1
        }
        return nil
    }

    /// Lexicons set their own case (`(?i:…)` or `(?-i:…)`), so one definition
    /// serves both scopes; an inline macro takes its scope's options anyway.
    private func reference(to name: String, caseless: Bool, in expansion: inout Expansion) throws(Failure) -> String {
        guard let macro = macros[name] else {
            guard let pattern = lexiconPatterns[name] else { throw .unknown(name) }
            if expansion.mode == .inline { return "(?:" + pattern + ")" }
            if expansion.allowsAssertions, let run = checkedRuns[name], let checked = cueLexiconCallout(name, run: run, pattern: pattern, in: &expansion) {
                return checked
            }
            return "(?&" + define(Self.groupName(for: name, macro: false), body: pattern, in: &expansion) + ")"
        }
        let caseless = caseless && expansion.mode == .subroutines
        let group = Self.groupName(for: name, macro: true, caseless: caseless)
        if expansion.mode == .subroutines && expansion.defined.contains(group) { return "(?&\(group))" }
        guard !expansion.visiting.contains(name) else { throw .cycle((expansion.visiting + [name]).joined(separator: " → ")) }
        if let callout = try assertionCallout(name, macro: macro, caseless: caseless, in: &expansion) { return callout }
        expansion.visiting.append(name)
        let body = try substitute(macro, caseless: caseless, into: &expansion)
        expansion.visiting.removeLast()
        if expansion.mode == .inline { return "(?:" + body + ")" }
        return "(?&" + define(group, body: caseless ? "(?i:" + body + ")" : body, in: &expansion) + ")"
    }

    /// The call of a long zero-width macro, compiled as assertion n; nil for any other macro.
    /// PCRE2 numbers callouts up to 255; later ones stay subroutines.
    private func assertionCallout(_ name: String, macro: String, caseless: Bool, in expansion: inout Expansion) throws(Failure) -> String? {
        guard expansion.allowsAssertions, Self.isZeroWidth(macro) else { return nil }
        if let index = expansion.assertions.firstIndex(where: { $0.name == name && $0.caseless == caseless && !$0.span }) {
            return Self.callout(index + 1)
        }
        guard expansion.assertions.count < 255 else { return nil }
        expansion.visiting.append(name)
        let own = try expandCallingAssertions(macro, allowAssertions: false).pattern
        expansion.visiting.removeLast()
        guard own.utf8.count >= Self.assertionMinimumLength else { return nil }
        expansion.assertions.append((name, caseless, caseless ? "(?i)" + own : own, false))
        return Self.callout(expansion.assertions.count)
    }

    /// A long cue lexicon: a run of its kind of words in a
    /// capture group, then a span assertion that the lexicon (its own case
    /// setting, anchored at both ends) matches just that run. Longer runs are
    /// tried first, as the lexicon's alternation tries longer entries first.
    private func cueLexiconCallout(_ name: String, run: String, pattern: String, in expansion: inout Expansion) -> String? {
        if let index = expansion.assertions.firstIndex(where: { $0.name == name && $0.span }) { return "(" + run + ")" + Self.callout(index + 1) }
        guard expansion.assertions.count < 255 else { return nil }
        expansion.assertions.append((name, false, "(?:" + pattern + ")\\z", true))
        return "(" + run + ")" + Self.callout(expansion.assertions.count)
    }

    /// Callout n inside a lookahead: PCRE2 sees past a bare callout and makes a
    /// repeat before it possessive ("\\w+(?C1)"), which would stop a failed
    /// assertion from backtracking into it; a lookahead stops that.
    private static func callout(_ number: Int) -> String { "(?=(?C\(number)))" }

    /// True when `macro` is nothing but lookaround groups, `(?=…)(?!…)(?<=…)(?<!…)`:
    /// it matches no text, whatever it tests.
    static func isZeroWidth(_ macro: String) -> Bool {
        let bytes = Array(macro.utf8)
        var index = 0
        var depth = 0
        var inClass = false
        guard !bytes.isEmpty else { return false }
        while index < bytes.count {
            let byte = bytes[index]
            if depth == 0 {
                guard byte == 0x28, Self.opensLookaround(bytes, at: index) else { return false }
            }
            switch byte {
            case 0x5C:  // A backslash escapes the next byte; \Q…\E is beyond this check.
                if index + 1 < bytes.count, bytes[index + 1] == 0x51 { return false }
                index += 1
            case 0x5B where !inClass:
                inClass = true
                // A `]` first in a class (or after `^`) is a literal.
                if index + 1 < bytes.count, bytes[index + 1] == 0x5E { index += 1 }
                if index + 1 < bytes.count, bytes[index + 1] == 0x5D { index += 1 }
            case 0x5B where inClass && index + 1 < bytes.count && bytes[index + 1] == 0x3A:
                // A POSIX class inside a class, [:alpha:], holds a `]` of its own.
                while index + 1 < bytes.count, !(bytes[index] == 0x3A && bytes[index + 1] == 0x5D) { index += 1 }
                index += 1
            case 0x5D where inClass: inClass = false
            case 0x28 where !inClass: depth += 1
            case 0x29 where !inClass: depth -= 1
            default: break
            }
            index += 1
        }
        return depth == 0 && !inClass
    }

    private static func opensLookaround(_ bytes: [UInt8], at index: Int) -> Bool {
        let next = bytes[(index + 1)...].prefix(3)
        return next.starts(with: Array("?=".utf8)) || next.starts(with: Array("?!".utf8))
            || next.starts(with: Array("?<=".utf8)) || next.starts(with: Array("?<!".utf8))
    }

    private func define(_ group: String, body: String, in expansion: inout Expansion) -> String {
        if expansion.defined.insert(group).inserted { expansion.definitions.append((group, body)) }
        return group
    }

    /// A PCRE2 group name: letters, digits and `_`, at most 32 characters.
    static func groupName(for name: String, macro: Bool, caseless: Bool = false) -> String {
        let cleaned = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        let group = (macro ? (caseless ? "mi_" : "m_") : "l_") + cleaned
        return String(group.prefix(32))
    }
}
