/// Finds the part of a pattern that a cheap prefilter can look for first:
/// the body of its `(?<cue>…)` group. Every match of the pattern captures a
/// cue, so where the cue's own pattern finds nothing, neither can the whole
/// pattern, and the costly search (a speaker name scanned from every word) is
/// skipped. The trigger is made only where that reasoning is sure to hold.
enum CueTrigger {
    /// The trigger's source (before `{{…}}` expansion), or nil when the cue
    /// group is optional, inside an alternation or quantified group, or refers
    /// to other groups.
    static func source(of pattern: String) -> String? {
        let characters = Array(pattern)
        guard let open = find("(?<cue>", in: characters) else { return nil }
        var depth = 0
        var options = ""
        var index = 0
        var escaped = false
        var inClass = false
        // Everything before the cue group: track depth, alternations and leading option settings.
        while index < open {
            let character = characters[index]
            defer { index += 1 }
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if inClass { if character == "]" { inClass = false }; continue }
            switch character {
            case "[": inClass = true
            case "(":
                if depth == 0, let setting = optionSetting(characters, at: index) { options += setting }
                depth += 1
            case ")": depth -= 1
            case "|" where depth == 0: return nil
            default: break
            }
        }
        guard depth == 0, let close = matchingParen(characters, from: open) else { return nil }
        let body = String(characters[(open + "(?<cue>".count)..<close])
        if close + 1 < characters.count, "?*{".contains(characters[close + 1]) { return nil }
        if hasTopLevelAlternation(characters, from: close + 1) { return nil }
        for reference in ["\\1", "\\2", "\\3", "\\4", "\\5", "\\6", "\\7", "\\8", "\\9", "\\g", "\\k", "(?P", "(?R", "(?(", "(?1", "(?+", "(?-"] where body.utf8.containsBytes(reference) {
            return nil
        }
        return options + "(?:" + body + ")"
    }

    private static func find(_ needle: String, in characters: [Character]) -> Int? {
        let target = Array(needle)
        guard characters.count >= target.count else { return nil }
        var escaped = false
        for index in 0...(characters.count - target.count) {
            if escaped { escaped = false; continue }
            if characters[index] == "\\" { escaped = true; continue }
            if Array(characters[index..<(index + target.count)]) == target { return index }
        }
        return nil
    }

    /// `(?i)` or `(?x-i)`: an option setting that applies to what follows.
    private static func optionSetting(_ characters: [Character], at index: Int) -> String? {
        guard index + 2 < characters.count, characters[index + 1] == "?" else { return nil }
        var end = index + 2
        while end < characters.count, characters[end].isLetter || characters[end] == "-" { end += 1 }
        guard end > index + 2, end < characters.count, characters[end] == ")" else { return nil }
        return String(characters[index...end])
    }

    private static func matchingParen(_ characters: [Character], from open: Int) -> Int? {
        var depth = 0
        var index = open
        var escaped = false
        var inClass = false
        while index < characters.count {
            let character = characters[index]
            if escaped { escaped = false } else if character == "\\" { escaped = true } else if inClass {
                if character == "]" { inClass = false }
            } else if character == "[" { inClass = true } else if character == "(" { depth += 1 } else if character == ")" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    private static func hasTopLevelAlternation(_ characters: [Character], from start: Int) -> Bool {
        var depth = 0
        var escaped = false
        var inClass = false
        for character in characters[start...] {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if inClass { if character == "]" { inClass = false }; continue }
            switch character {
            case "[": inClass = true
            case "(": depth += 1
            case ")": depth -= 1
            case "|" where depth <= 0: return true
            default: break
            }
        }
        return false
    }
}
