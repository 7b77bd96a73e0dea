import Foundation

/// Expands `{{name}}` references in patterns: a macro from a rule file's
/// `macros:` map, or a lexicon as an alternation of its entries.
///
/// Each macro or lexicon is written once, in a `(?(DEFINE)…)` block at the
/// end of the pattern, and referenced as a subroutine `(?&m_name)`. Inlining
/// would copy a macro into every bounded repeat (`{0,6}`) that holds it, and
/// patterns built from names and lexicons quickly pass PCRE2's size limit.
struct PatternExpander: Sendable {
    let macros: [String: String]
    /// Each lexicon's alternation, built once: a trie is costly to build and
    /// every pattern that names the lexicon needs it.
    let lexiconPatterns: [String: String]

    init(macros: [String: String], lexicons: [String: Lexicon]) {
        self.macros = macros
        self.lexiconPatterns = lexicons.mapValues(\.pattern)
    }

    enum Failure: Error { case unknown(String), cycle(String) }

    func expand(_ pattern: String) throws(Failure) -> String {
        guard pattern.contains("{{") else { return pattern }
        var definitions: [(name: String, body: String)] = []
        var defined = Set<String>()
        var visiting: [String] = []
        let body = try substitute(pattern, definitions: &definitions, defined: &defined, visiting: &visiting)
        let block = definitions.map { "(?<\($0.name)>\($0.body))" }.joined()
        return body + "(?(DEFINE)" + block + ")"
    }

    /// Replaces each reference by a subroutine call, defining what it calls.
    private func substitute(_ pattern: String, definitions: inout [(name: String, body: String)], defined: inout Set<String>,
                            visiting: inout [String]) throws(Failure) -> String {
        var out = ""
        var rest = Substring(pattern)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                out += rest[open.lowerBound...]
                return out
            }
            let name = String(rest[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
            let group = try define(name, definitions: &definitions, defined: &defined, visiting: &visiting)
            out += "(?&\(group))"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private func define(_ name: String, definitions: inout [(name: String, body: String)], defined: inout Set<String>,
                        visiting: inout [String]) throws(Failure) -> String {
        let isMacro = macros[name] != nil
        let group = Self.groupName(for: name, macro: isMacro)
        if defined.contains(group) { return group }
        if let macro = macros[name] {
            guard !visiting.contains(name) else { throw .cycle((visiting + [name]).joined(separator: " → ")) }
            visiting.append(name)
            let body = try substitute(macro, definitions: &definitions, defined: &defined, visiting: &visiting)
            visiting.removeLast()
            defined.insert(group)
            definitions.append((group, body))
            return group
        }
        guard let pattern = lexiconPatterns[name] else { throw .unknown(name) }
        defined.insert(group)
        definitions.append((group, pattern))
        return group
    }

    /// A PCRE2 group name: letters, digits and `_`, at most 32 characters.
    static func groupName(for name: String, macro: Bool) -> String {
        let cleaned = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        return String(((macro ? "m_" : "l_") + cleaned).prefix(32))
    }
}
