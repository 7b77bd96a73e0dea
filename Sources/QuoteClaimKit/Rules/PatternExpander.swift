import Foundation

/// Expands `{{name}}` references in patterns: a macro from a rule file's
/// `macros:` map, or a lexicon as an alternation of its entries.
struct PatternExpander: Sendable {
    let macros: [String: String]
    let lexicons: [String: Lexicon]

    enum Failure: Error { case unknown(String), cycle(String) }

    func expand(_ pattern: String) throws(Failure) -> String {
        var visiting: [String] = []
        return try expand(pattern, visiting: &visiting)
    }

    private func expand(_ pattern: String, visiting: inout [String]) throws(Failure) -> String {
        guard pattern.contains("{{") else { return pattern }
        var out = ""
        var rest = Substring(pattern)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                out += rest[open.lowerBound...]
                return out
            }
            let name = String(rest[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
            out += try replacement(for: name, visiting: &visiting)
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private func replacement(for name: String, visiting: inout [String]) throws(Failure) -> String {
        if let macro = macros[name] {
            guard !visiting.contains(name) else { throw .cycle((visiting + [name]).joined(separator: " → ")) }
            visiting.append(name)
            defer { visiting.removeLast() }
            return "(?:" + (try expand(macro, visiting: &visiting)) + ")"
        }
        if let lexicon = lexicons[name] { return lexicon.pattern }
        throw .unknown(name)
    }
}

