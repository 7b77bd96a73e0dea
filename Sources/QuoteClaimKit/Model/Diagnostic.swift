/// Something that went wrong inside one document without stopping it, such
/// as a rule that hit PCRE2's match limit. Reported once per rule and document.
public struct Diagnostic: Sendable, Hashable {
    public let document: String
    public let rule: String
    public let message: String
}
