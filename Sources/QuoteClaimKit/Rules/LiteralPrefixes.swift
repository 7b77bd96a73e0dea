/// The literal text every match of a cue must start with, read from the cue
/// trigger's source: `(?:warn(?:ed|s)|cautioned)` starts with "warned",
/// "warns" or "cautioned"; `{{speech_verbs}}` with one of the lexicon's
/// entries (up to its first space). Reading stops at anything that is not a
/// plain character (a class, an optional part, `\s`), so each result is a
/// prefix of the cue: finding none of them in a text proves the cue absent.
///
/// Prefixes are ASCII-lower-cased and cut before a non-ASCII letter, because
/// the literal index compares bytes with ASCII case folded; that only ever
/// finds more, never less, than the pattern.
enum LiteralPrefixes {
    /// Above this many prefixes (nested alternations multiply) the rule is
    /// left to its regex trigger.
    static let limit = 4096

    /// The prefixes, or nil when some way of matching has no literal start.
    static func of(_ source: String, lexicons: [String: Lexicon], macros: Set<String> = []) -> Set<String>? {
        var parser = Parser(scalars: Array(source.unicodeScalars), lexicons: lexicons, macros: macros)
        guard let result = parser.alternation(), result.prefixes.count <= limit, !result.prefixes.contains("") else { return nil }
        return result.prefixes
    }

    /// What a part of a pattern contributes: its possible prefixes and
    /// whether each is the whole of what that part can match.
    struct Part {
        var prefixes: Set<String>
        var complete: Bool
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let lexicons: [String: Lexicon]
        let macros: Set<String>
        var index = 0

        init(scalars: [Unicode.Scalar], lexicons: [String: Lexicon], macros: Set<String>) {
            self.scalars = scalars
            self.lexicons = lexicons
            self.macros = macros
        }

        private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        /// `a|b|c` up to a closing parenthesis or the end; nil when an
        /// alternative is unreadable (it would need skipping to its end).
        mutating func alternation() -> Part? {
            var all = Part(prefixes: [], complete: true)
            while true {
                guard let branch = sequence() else { return nil }
                all.prefixes.formUnion(branch.prefixes)
                all.complete = all.complete && branch.complete
                guard all.prefixes.count <= LiteralPrefixes.limit else { return nil }
                if peek() == "|" { index += 1; continue }
                return all
            }
        }

        /// One alternative: literal characters and groups, read until the
        /// first thing that is not literal; the rest is skipped to `|` or `)`.
        /// An optional item adds the prefixes that end with it and is passed over.
        mutating func sequence() -> Part? {
            var part = Part(prefixes: [""], complete: true)
            var withOptional: Set<String> = []
            while let scalar = peek(), scalar != "|", scalar != ")" {
                let start = index
                guard part.complete, let next = item() else {
                    index = start
                    part.complete = false
                    guard skipToBranchEnd() else { return nil }
                    break
                }
                let joined = Set(part.prefixes.flatMap { head in next.prefixes.map { head + $0 } })
                guard joined.count <= LiteralPrefixes.limit else { return nil }
                let quantifier = skipQuantifier()
                if quantifier == .optional {
                    withOptional.formUnion(joined)
                    continue
                }
                part.prefixes = joined
                part.complete = next.complete && quantifier == nil
            }
            if !withOptional.isEmpty {
                part.prefixes.formUnion(withOptional)
                part.complete = false
            }
            return part
        }

        /// One literal character, escaped character, group or `{{name}}`;
        /// nil for anything else. Zero-width `\b` and option settings read as "".
        mutating func item() -> Part? {
            guard let scalar = peek() else { return nil }
            if scalar == "(" { return group() }
            if scalar == "{", peek(1) == "{" { return reference() }
            if scalar == "\\" {
                guard let escaped = peek(1) else { return nil }
                if escaped == "b" { index += 2; return Part(prefixes: [""], complete: true) }
                guard !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) else { return nil }
                index += 2
                return literal(escaped)
            }
            if "[.^$*+?{}".unicodeScalars.contains(scalar) { return nil }
            index += 1
            return literal(scalar)
        }

        private func literal(_ scalar: Unicode.Scalar) -> Part? {
            if scalar.isASCII { return Part(prefixes: [String(Character(scalar)).lowercased()], complete: true) }
            guard !scalar.properties.isAlphabetic else { return nil }
            return Part(prefixes: [String(Character(scalar))], complete: true)
        }

        /// `(?:…)`, `(?i:…)`, `(?<name>…)`, or an option setting `(?i)`.
        mutating func group() -> Part? {
            var cursor = index + 1
            if peek(1) == "?" {
                cursor += 1
                if scalars.indices.contains(cursor), scalars[cursor] == "<", cursor + 1 < scalars.count, scalars[cursor + 1] != "=", scalars[cursor + 1] != "!" {
                    while cursor < scalars.count, scalars[cursor] != ">" { cursor += 1 }
                    cursor += 1
                } else {
                    let letters = cursor
                    while cursor < scalars.count, scalars[cursor].properties.isAlphabetic || scalars[cursor] == "-" { cursor += 1 }
                    // Extended mode ignores spaces: literal reading would be wrong.
                    guard cursor < scalars.count, !scalars[letters..<cursor].contains("x") else { return nil }
                    if scalars[cursor] == ")" { index = cursor + 1; return Part(prefixes: [""], complete: true) }
                    guard scalars[cursor] == ":" else { return nil }
                    cursor += 1
                }
            }
            index = cursor
            guard let inner = alternation(), peek() == ")" else { return nil }
            index += 1
            return inner
        }

        /// A lexicon's entries, each up to its first character that a
        /// pattern would not match literally.
        mutating func reference() -> Part? {
            guard let close = (index..<scalars.count).first(where: { scalars[$0] == "}" && $0 + 1 < scalars.count && scalars[$0 + 1] == "}" })
            else { return nil }
            let name = String(String.UnicodeScalarView(scalars[(index + 2)..<close])).trimmingCharacters(in: .whitespaces)
            guard !macros.contains(name), let lexicon = lexicons[name], !lexicon.entries.isEmpty else { return nil }
            index = close + 2
            var part = Part(prefixes: [], complete: true)
            for entry in lexicon.entries {
                var prefix = ""
                for scalar in entry.unicodeScalars {
                    guard scalar.isASCII, scalar != " ", scalar != "'" else { part.complete = false; break }
                    prefix += String(Character(scalar)).lowercased()
                }
                part.prefixes.insert(prefix)
            }
            return part
        }

        enum Quantifier { case optional, repeated }

        /// Skips a quantifier after an item and its lazy or possessive mark:
        /// `optional` for `?`, `*`, `{0,…}` (the item may be absent),
        /// `repeated` for `+`, `{n,m}`; nil if there is none.
        private mutating func skipQuantifier() -> Quantifier? {
            guard let scalar = peek() else { return nil }
            let kind: Quantifier
            if scalar == "?" || scalar == "*" || scalar == "+" {
                kind = scalar == "+" ? .repeated : .optional
                index += 1
            } else if scalar == "{", peek(1).map({ ("0"..."9").contains($0) }) == true {
                kind = peek(1) == "0" ? .optional : .repeated
                while let next = peek(), next != "}" { index += 1 }
                index += 1
            } else {
                return nil
            }
            if peek() == "?" || peek() == "+" { index += 1 }
            return kind
        }

        /// Moves past the rest of the current alternative, to its `|` or `)`.
        private mutating func skipToBranchEnd() -> Bool {
            var depth = 0
            var inClass = false
            while let scalar = peek() {
                if scalar == "\\" { index += 2; continue }
                if inClass {
                    if scalar == "]" { inClass = false }
                } else if scalar == "[" {
                    inClass = true
                } else if scalar == "(" {
                    depth += 1
                } else if scalar == ")" {
                    if depth == 0 { return true }
                    depth -= 1
                } else if scalar == "|" && depth == 0 {
                    return true
                }
                index += 1
            }
            return depth == 0
        }
    }
}
