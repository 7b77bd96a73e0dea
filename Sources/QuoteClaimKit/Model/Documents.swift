/// ingest → normalize: one document's original bytes (valid UTF-8) and name.
public struct SourceDocument: Sendable {
    /// The path as given on the command line (joined with the path inside a
    /// directory argument, with `/`), or the id of a JSONL document.
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// An input that produced no document, and why.
public struct SkippedInput: Sendable, Error {
    public let name: String
    /// A short machine-readable reason: binary, invalid-utf8, unreadable, …
    public let reason: String
    /// The byte offset that decided it, where there is one.
    public let offset: Int?
    public let message: String

    public init(name: String, reason: String, offset: Int? = nil, message: String) {
        self.name = name
        self.reason = reason
        self.offset = offset
        self.message = message
    }
}

/// normalize → quotes: the text the later stages read, with paragraphs,
/// sentences, and the map back to the original bytes.
public struct NormalizedDocument: Sendable {
    public struct Paragraph: Sendable, Equatable {
        public let range: Range<Int>
        /// Page furniture (ads, "Keep reading:", repeated captions): no quotes or claims.
        public let isBoilerplate: Bool
        /// The rule that marked it as boilerplate.
        public let boilerplateRule: String?
    }

    public let source: SourceDocument
    /// Normalized UTF-8: line ends made `\n`, glued words split.
    public let text: UTF8Text
    public let offsets: OffsetMap
    public let paragraphs: [Paragraph]
    /// Sentences of article paragraphs, in order; each lies inside one paragraph.
    public let sentences: [Range<Int>]

    public var name: String { source.name }
}
