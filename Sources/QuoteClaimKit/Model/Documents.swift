/// ingest → normalize: one document's original bytes (valid UTF-8, unless
/// `encoding` says otherwise) and name.
public struct SourceDocument: Sendable {
    /// How the bytes hold the text.
    public enum Format: String, Sendable {
        case text, html, markdown

        /// HTML when the name ends in .html/.htm/.xhtml or the bytes start
        /// (after white space) with a doctype or an html tag; Markdown when
        /// the name ends in .md/.markdown; text otherwise.
        public static func detect(name: String, bytes: [UInt8]) -> Format {
            let lower = name.lowercased()
            if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
            if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
            let start = bytes.prefix(1024).drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            let head = String(decoding: start.prefix(14), as: UTF8.self).lowercased()
            return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") ? .html : .text
        }
    }

    /// How the bytes encode characters: UTF-8, or Windows-1252 for a legacy
    /// file read with `--encoding auto` (decoded in normalize, with a map back).
    public enum Encoding: String, Sendable { case utf8, windows1252 = "windows-1252" }

    /// The path as given on the command line (joined with the path inside a
    /// directory argument, with `/`), or the id of a JSONL document.
    public let name: String
    public let bytes: [UInt8]
    public let format: Format
    public let encoding: Encoding

    public init(name: String, bytes: [UInt8], format: Format = .text, encoding: Encoding = .utf8) {
        self.name = name
        self.bytes = bytes
        self.format = format
        self.encoding = encoding
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
    /// From `text` back to the text before glued words were split.
    public let offsets: OffsetMap
    /// For an HTML page or a Markdown file: the text without markup, and the
    /// map back to the bytes it was read from.
    public let markup: MappedText?
    /// For a Windows-1252 file: its text as UTF-8, and the map back to the file's bytes.
    public let decoding: MappedText?
    public let paragraphs: [Paragraph]
    /// Sentences of article paragraphs, in order; each lies inside one paragraph.
    public let sentences: [Range<Int>]

    public var name: String { source.name }

    /// Where a range of `text` stands in the original bytes, and the text a
    /// record shows for it: the original bytes themselves, or for an HTML
    /// page or a Markdown file the text without markup (decoded to UTF-8
    /// for a Windows-1252 file).
    public func original(_ range: Range<Int>) -> (range: Range<Int>, text: ArraySlice<UInt8>) {
        let unglued = offsets.original(range)
        let (read, shown) = markup.map { ($0.source(unglued), $0.text[unglued]) } ?? (unglued, (decoding?.text ?? source.bytes)[unglued])
        return (decoding?.source(read) ?? read, shown)
    }
}
