import Foundation

/// A word list from `lexicons/NAME.txt`: one entry a line, `#` starts a comment.
/// In a user folder, an entry adds to the built-in list and `-entry` removes one.
/// Entries match in any case unless the file has the line `#! case-sensitive`
/// (reporting verbs: "states" is a verb, "the United States" is not).
public struct Lexicon: Sendable {
    public let name: String
    public private(set) var entries: [String]
    public private(set) var caseSensitive: Bool

    public init(name: String, entries: [String], caseSensitive: Bool = false) {
        self.name = name
        self.entries = entries
        self.caseSensitive = caseSensitive
    }

    /// Parses a lexicon file, merging into `base` when given.
    static func parse(name: String, text: String, base: Lexicon?) -> Lexicon {
        var entries = base?.entries ?? []
        var present = Set(entries)
        var caseSensitive = base?.caseSensitive ?? false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if rawLine.hasPrefix("#!") {
                caseSensitive = rawLine.dropFirst(2).trimmingBlanks == "case-sensitive"
                continue
            }
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingBlanks } ?? ""
            guard !line.isEmpty else { continue }
            if line.hasPrefix("-") && line.count > 1 {
                let removed = String(line.dropFirst()).trimmingBlanks
                entries.removeAll { $0 == removed }
                present.remove(removed)
            } else if present.insert(line).inserted {
                entries.append(line)
            }
        }
        return Lexicon(name: name, entries: entries, caseSensitive: caseSensitive)
    }

    /// The entries as one PCRE2 alternation shaped as a trie
    /// (`s(?:aid|ays|tated)`), so matching costs the length of a word rather
    /// than the number of entries. A longer entry is always tried before its
    /// prefix ("warned against" before "warned"). Spaces match any white
    /// space, and letters match in either case unless the file says
    /// `#! case-sensitive`.
    var pattern: String {
        let trie = Trie()
        for entry in entries where !entry.isEmpty { trie.insert(Self.atoms(entry)) }
        return (caseSensitive ? "(?-i:" : "(?i:") + trie.pattern() + ")"
    }

    /// A run of words of the kind the entries are made of: letters and the
    /// other characters they hold, up to as many words as the longest entry,
    /// longer runs first. A span assertion then checks the run against
    /// `pattern` itself (see `PatternExpander`).
    var wordRun: String {
        var others = Set<Character>()
        var words = 1
        for entry in entries {
            words = max(words, entry.split(separator: " ").count)
            others.formUnion(entry.filter { $0 != " " && !$0.isLetter })
        }
        if !others.isDisjoint(with: ["'", "’"]) { others.formUnion(["'", "’"]) }
        let word = "[\\p{L}\\p{M}" + others.sorted().map { Self.special.contains($0) ? "\\" + String($0) : String($0) }.joined() + "]++"
        // The entries' first letters, checked first: a word no entry starts like costs no callout.
        let starts = Lexicon(name: name, entries: Array(Set(entries.map { String($0.prefix(Self.runPrefix)) })), caseSensitive: caseSensitive)
        return "(?=" + starts.pattern + ")" + (words > 1 ? word + "(?:\\s+" + word + "){0,\(words - 1)}" : word)
    }

    /// Letters of an entry's start that a run is checked against before its callout.
    private static let runPrefix = 3

    /// An entry as regex atoms: one per character, escaped; a run of spaces is `\s+`.
    static func atoms(_ entry: String) -> [String] {
        var atoms: [String] = []
        for character in entry {
            if character == " " {
                if atoms.last != "\\s+" { atoms.append("\\s+") }
            } else if character == "'" || character == "’" {
                // Not a class: one of an ASCII and a wider character compiles to a 32-byte bitmap.
                atoms.append("(?:'|’)")
            } else if Self.special.contains(character) {
                atoms.append("\\" + String(character))
            } else {
                atoms.append(String(character))
            }
        }
        return atoms
    }

    /// Characters a regex reads as syntax. A set: searching a string of them
    /// for each character of every entry was a tenth of start-up.
    private static let special = Set("\\^$.|?*+()[]{}/#-")

    /// A prefix tree of atoms, written out as nested alternations.
    private final class Trie {
        var children: [(atom: String, node: Trie)] = []
        var isEnd = false

        func insert(_ atoms: [String]) {
            var node = self
            for atom in atoms {
                if let next = node.children.first(where: { $0.atom == atom })?.node {
                    node = next
                } else {
                    let next = Trie()
                    node.children.append((atom, next))
                    node = next
                }
            }
            node.isEnd = true
        }

        func pattern() -> String {
            let branches = children.sorted { $0.atom < $1.atom }.map { $0.atom + $0.node.pattern() }
            if branches.isEmpty { return "" }
            if branches.count == 1 && !isEnd { return branches[0] }
            // The empty branch comes last: the longer entry is tried first.
            return "(?:" + branches.joined(separator: "|") + (isEnd ? "|" : "") + ")"
        }
    }

    /// Lower-cased entries, for lookups from code.
    public var lowercasedSet: Set<String> { Set(entries.map { $0.lowercased() }) }

}
