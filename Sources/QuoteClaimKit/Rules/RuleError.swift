/// A problem in a rule or lexicon file: where, which rule, what, and what to do.
public struct RuleError: Error, Sendable, CustomStringConvertible {
    public let location: SourceLocation?
    public let file: String
    public let ruleID: String?
    public let message: String
    public let hint: String?

    init(_ message: String, file: String, location: SourceLocation? = nil, rule: String? = nil, hint: String? = nil) {
        self.message = message
        self.file = file
        self.location = location
        self.ruleID = rule
        self.hint = hint
    }

    public var description: String {
        var text = location.map(\.description) ?? file
        text += ": error: "
        if let ruleID { text += "rule '\(ruleID)': " }
        text += message
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// Every problem found while loading rules; the run does not start if any.
public struct RuleLoadError: Error, Sendable, CustomStringConvertible {
    public let errors: [RuleError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
