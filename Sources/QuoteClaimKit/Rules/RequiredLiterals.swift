/// Literal text that every match of a cue must contain, read from the cue
/// trigger's source: `(?:warn(?:ed|s)|cautioned)` needs "warned", "warns" or
/// "cautioned"; `(?:the|a)\s+warning` needs "warning"; `{{speech_verbs}}` one
/// of the lexicon's entries (up to its first space). Runs of plain characters
/// are read between the parts that are not (classes, `\s`, optional parts,
/// lookarounds); the earliest run is kept unless its shortest literal is
/// shorter than a later run's and under four bytes. Finding none of them in
/// a text proves the cue absent, and no match starts after the last place
/// one of them starts.
///
/// Literals are ASCII-lower-cased and cut at a non-ASCII letter, because the
/// literal index compares bytes with ASCII case folded; that only ever finds
/// more, never less, than the pattern. Anything the reader is not sure of
/// (extended mode, verbs such as `(*ACCEPT)`, conditionals, `\Q…\E`) gives nil.
enum RequiredLiterals {
    /// Above this many literals (nested alternations multiply) the rule is
    /// left to its regex trigger.
    static let limit = 4096

    /// The literals, or nil when some way of matching needs none.
    static func of(_ source: String, lexicons: [String: Lexicon], macros: Set<String> = []) -> Set<String>? {
        var parser = Parser(scalars: Array(source.unicodeScalars), lexicons: lexicons, macros: macros)
        guard let result = parser.alternation(), !parser.unsure, let required = result.required, required.count <= limit else { return nil }
        return required
    }

    /// What a part of a pattern contributes: the literals its matches can
    /// start with, whether each is the whole of what that part can match,
    /// and the best set of literals one of which every match contains.
    struct Part {
        var prefixes: Set<String>
        var complete: Bool
        var required: Set<String>? = nil
    }

    /// The better of two required sets: `first` (the earlier in the
    /// pattern, which bounds the match start more tightly) unless its
    /// shortest literal is under four bytes ("a", "is", "the": found in
    /// every sentence) and `second`'s is longer. A set holding "" requires nothing.
    static func better(_ first: Set<String>?, _ second: Set<String>?) -> Set<String>? {
        func score(_ set: Set<String>?) -> Int {
            guard let set, !set.isEmpty, set.count <= limit, !set.contains("") else { return 0 }
            return min(set.map(\.utf8.count).min()!, 4)
        }
        let (a, b) = (score(first), score(second))
        if a == 0 && b == 0 { return nil }
        return a >= b ? first : second
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let lexicons: [String: Lexicon]
        let macros: Set<String>
        var index = 0
        /// Set on syntax that changes how the rest reads or may end a match early.
        var unsure = false

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
            var all = Part(prefixes: [], complete: true, required: [])
            while true {
                guard let branch = sequence() else { return nil }
                all.prefixes.formUnion(branch.prefixes)
                all.complete = all.complete && branch.complete
                // Every branch must need something for the alternation to.
                all.required = all.required.flatMap { sofar in branch.required.map { sofar.union($0) } }
                guard all.prefixes.count <= RequiredLiterals.limit else { return nil }
                if peek() == "|" { index += 1; continue }
                return all
            }
        }

        /// One alternative. Its prefixes are read up to the first part that
        /// is not literal (an optional part adds the prefixes that end with
        /// it and is passed over); after that, each run of literal parts is a
        /// candidate for the required literals. Nil when a part is unreadable.
        mutating func sequence() -> Part? {
            var part = Part(prefixes: [""], complete: true)
            var withOptional: Set<String> = []
            var leading = true
            var run: Set<String> = [""]
            var best: Set<String>?
            while let scalar = peek(), scalar != "|", scalar != ")" {
                let start = index
                guard let next = item() else {
                    index = start
                    guard skipItem() else { return nil }
                    _ = skipQuantifier()
                    if !leading { best = RequiredLiterals.better(best, run) }
                    leading = false
                    part.complete = false
                    run = [""]
                    continue
                }
                let quantifier = skipQuantifier()
                if quantifier != .optional { best = RequiredLiterals.better(best, next.required) }
                if leading {
                    let joined = Self.product(part.prefixes, next.prefixes)
                    guard joined.count <= RequiredLiterals.limit else { return nil }
                    if quantifier == .optional { withOptional.formUnion(joined); continue }
                    part.prefixes = joined
                    part.complete = next.complete && quantifier == nil
                    leading = part.complete
                    continue
                }
                if quantifier == .optional {
                    best = RequiredLiterals.better(best, run)
                    run = [""]
                    continue
                }
                run = Self.product(run, next.prefixes)
                // A repeated or partly literal part ends the run after its prefixes.
                if run.count > RequiredLiterals.limit || !next.complete || quantifier != nil {
                    best = RequiredLiterals.better(best, run)
                    run = [""]
                }
            }
            if !leading { best = RequiredLiterals.better(best, run) }
            if !withOptional.isEmpty {
                part.prefixes.formUnion(withOptional)
                part.complete = false
            }
            part.required = RequiredLiterals.better(part.prefixes, best)
            return part
        }

        private static func product(_ heads: Set<String>, _ tails: Set<String>) -> Set<String> {
            Set(heads.flatMap { head in tails.map { head + $0 } })
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
            if Self.changesReading(peek(1), peek(2)) { unsure = true; return nil }
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
                    guard cursor < scalars.count, !scalars[letters..<cursor].contains("x") else { unsure = true; return nil }
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
            let name = String(String.UnicodeScalarView(scalars[(index + 2)..<close])).trimmingBlanks
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

        /// Moves past one part that is not literal: an escape, a class, a
        /// group (a lookaround, say), a `{{macro}}`, or one character.
        /// False, and `unsure` set, where the syntax could change what follows.
        mutating func skipItem() -> Bool {
            guard let scalar = peek() else { return false }
            switch scalar {
            case "\\":
                return skipEscape()
            case "[":
                return skipClass()
            case "(":
                if Self.changesReading(peek(1), peek(2)) { unsure = true; return false }
                return skipGroup()
            case "{" where peek(1) == "{":
                guard let close = (index..<scalars.count).first(where: { scalars[$0] == "}" && peek($0 - index + 1) == "}" }) else { return false }
                index = close + 2
                return true
            default:
                index += 1
                return true
            }
        }

        /// `(*ACCEPT)` and other verbs, `(?(condition)…)`, `(?#comment)`.
        private static func changesReading(_ first: Unicode.Scalar?, _ second: Unicode.Scalar?) -> Bool {
            first == "*" || (first == "?" && (second == "(" || second == "#"))
        }

        /// `\s`, `\p{Lu}`, `\pL`, `\x{2019}`, `\x41`, `\cA`, `\g{1}`…
        private mutating func skipEscape() -> Bool {
            guard let kind = peek(1) else { return false }
            if kind == "Q" || kind == "E" { unsure = true; return false }
            index += 2
            if "pPxNgko".unicodeScalars.contains(kind), let open = peek(), open == "{" || open == "<" || open == "'" {
                let close: Unicode.Scalar = open == "{" ? "}" : open == "<" ? ">" : "'"
                while let next = peek(), next != close { index += 1 }
                index += 1
            } else if kind == "p" || kind == "P" || kind == "c" {
                index += 1
            } else if kind == "x" {
                var digits = 0
                while digits < 2, let next = peek(), next.properties.isASCIIHexDigit { index += 1; digits += 1 }
            }
            return index <= scalars.count
        }

        /// A character class, with `]` first taken literally, escapes and `[:alpha:]`.
        private mutating func skipClass() -> Bool {
            index += 1
            if peek() == "^" { index += 1 }
            if peek() == "]" { index += 1 }
            while let scalar = peek() {
                if scalar == "\\" { index += 2; continue }
                if scalar == "[", peek(1) == ":" {
                    index += 2
                    while let next = peek(), !(next == ":" && peek(1) == "]") { index += 1 }
                    index += 2
                    continue
                }
                index += 1
                if scalar == "]" { return true }
            }
            return false
        }

        /// A whole group, nested groups, classes and escapes included.
        private mutating func skipGroup() -> Bool {
            index += 1
            while let scalar = peek() {
                switch scalar {
                case "\\": guard skipEscape() else { return false }
                case "[": guard skipClass() else { return false }
                case "(":
                    if Self.changesReading(peek(1), peek(2)) { unsure = true; return false }
                    guard skipGroup() else { return false }
                case ")":
                    index += 1
                    return true
                default:
                    index += 1
                }
            }
            return false
        }
    }
}
