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
                caseSensitive = rawLine.dropFirst(2).trimmingCharacters(in: .whitespaces) == "case-sensitive"
                continue
            }
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard !line.isEmpty else { continue }
            if line.hasPrefix("-") && line.count > 1 {
                let removed = String(line.dropFirst()).trimmingCharacters(in: .whitespaces)
                entries.removeAll { $0 == removed }
                present.remove(removed)
            } else if present.insert(line).inserted {
                entries.append(line)
            }
        }
        return Lexicon(name: name, entries: entries, caseSensitive: caseSensitive)
    }

    /// The entries as one PCRE2 alternation, longest first so that
    /// "warned against" wins over "warned"; spaces match any white space and
    /// letters match in either case ("Said", "the"/"The").
    var pattern: String {
        let sorted = entries.sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
        return (caseSensitive ? "(?-i:" : "(?i:") + sorted.map(Self.escape).joined(separator: "|") + ")"
    }

    /// Lower-cased entries, for lookups from code.
    public var lowercasedSet: Set<String> { Set(entries.map { $0.lowercased() }) }

    static func escape(_ entry: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in entry {
            if character == " " { pendingSpace = true; continue }
            if pendingSpace { out += "\\s+"; pendingSpace = false }
            if "\\^$.|?*+()[]{}/#".contains(character) { out.append("\\") }
            if character == "'" || character == "’" { out += "['’]"; continue }
            out.append(character)
        }
        return out
    }
}

