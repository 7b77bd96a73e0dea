/// Whether PCRE2's caseless option (`i`) is in force at a point of a pattern,
/// read left to right: `(?i:…)`, `(?-i:…)`, `(?^:…)` and option settings
/// such as `(?i)` that last to the end of their group. Escapes and character
/// classes are skipped; a pattern is read in pieces, each after the last.
struct CaseScope {
    private(set) var caseless: Bool
    /// The option in force outside each open group, restored at its `)`.
    private var outer: [Bool] = []
    private var escaped = false
    private var inClass = false
    /// How many groups were open inside the `(?<cue>…)` group's opening; nil outside it.
    private var cueDepth: Int?

    /// Inside the pattern's `(?<cue>…)` group, where a long lexicon may be checked by a callout.
    var inCue: Bool { cueDepth != nil }

    init(caseless: Bool) {
        self.caseless = caseless
    }

    mutating func read(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if inClass {
                if byte == UInt8(ascii: "]") { inClass = false }
            } else if byte == UInt8(ascii: "[") {
                inClass = true
                // A `]` right after `[` or `[^` is a member, not the end.
                if index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "^") { index += 1 }
                if index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "]") { index += 1 }
            } else if byte == UInt8(ascii: "(") {
                let opensCue = bytes[index...].starts(with: "(?<cue>".utf8)
                index = open(bytes, at: index)
                if opensCue { cueDepth = outer.count }
            } else if byte == UInt8(ascii: ")") {
                caseless = outer.popLast() ?? caseless
                if let depth = cueDepth, outer.count < depth { cueDepth = nil }
            }
            index += 1
        }
    }

    /// Reads a group's opening; returns the index of its last byte read.
    private mutating func open(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        guard index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "?") else {
            outer.append(caseless)
            return index
        }
        var end = index + 2
        var setting = caseless, negated = false
        while end < bytes.endIndex {
            switch bytes[end] {
            case UInt8(ascii: "-"): negated = true
            case UInt8(ascii: "^"): setting = false
            case UInt8(ascii: "i"): setting = !negated
            case let letter where (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(letter): break
            default:
                return finishOpening(bytes, end: end, setting: setting, plain: index)
            }
            end += 1
        }
        outer.append(caseless)
        return index
    }

    /// `(?i:` opens a group with the option; `(?i)` sets it for the rest of
    /// the group it stands in; anything else (`(?:`, `(?=`, `(?<name>`) opens
    /// a group that keeps the option it finds.
    private mutating func finishOpening(_ bytes: ArraySlice<UInt8>, end: Int, setting: Bool, plain: Int) -> Int {
        let hasOptions = end > plain + 2
        if hasOptions && bytes[end] == UInt8(ascii: ")") {
            caseless = setting
            return end
        }
        outer.append(caseless)
        if hasOptions && bytes[end] == UInt8(ascii: ":") {
            caseless = setting
            return end
        }
        return plain
    }
}
