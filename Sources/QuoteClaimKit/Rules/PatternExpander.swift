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
struct PatternExpander: Sendable {
    let macros: [String: String]
    /// Each lexicon's alternation, built once: a trie is costly to build and
    /// every pattern that names the lexicon needs it.
    let lexiconPatterns: [String: String]

    init(macros: [String: String], lexicons: [String: Lexicon]) {
        self.macros = macros
        self.lexiconPatterns = lexicons.mapValues(\.pattern)
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
        guard pattern.utf8.contains(0x7B) else { return pattern }
        var expansion = Expansion(mode: mode)
        let body = try substitute(pattern, into: &expansion)
        guard !expansion.definitions.isEmpty else { return body }
        let block = expansion.definitions.map { "(?<\($0.name)>\($0.body))" }.joined()
        // A `(?i)` in the pattern's top level would reach the definitions too.
        return body + "(?-i)(?(DEFINE)" + block + ")"
    }

    /// The state of one expansion: the subroutines defined so far and the
    /// macros being expanded (to report cycles).
    private struct Expansion {
        let mode: Mode
        var definitions: [(name: String, body: String)] = []
        var defined = Set<String>()
        var visiting: [String] = []
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
            return "(?&" + define(Self.groupName(for: name, macro: false), body: pattern, in: &expansion) + ")"
        }
        let caseless = caseless && expansion.mode == .subroutines
        let group = Self.groupName(for: name, macro: true, caseless: caseless)
        if expansion.mode == .subroutines && expansion.defined.contains(group) { return "(?&\(group))" }
        guard !expansion.visiting.contains(name) else { throw .cycle((expansion.visiting + [name]).joined(separator: " → ")) }
        expansion.visiting.append(name)
        let body = try substitute(macro, caseless: caseless, into: &expansion)
        expansion.visiting.removeLast()
        if expansion.mode == .inline { return "(?:" + body + ")" }
        return "(?&" + define(group, body: caseless ? "(?i:" + body + ")" : body, in: &expansion) + ")"
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
