/// Text read out of marked-up bytes (an HTML page, a Markdown file), with a
/// map back to those bytes: records show the text and point at the bytes.
public struct MappedText: Sendable {
    /// The text without markup (valid UTF-8).
    public let text: [UInt8]
    /// Runs of the text and the source bytes each stands for, by text offset.
    fileprivate let segments: [Segment]

    /// A run copied from the source, or one that replaces source bytes (a
    /// decoded reference, a space for white space, a line end for a block).
    fileprivate struct Segment: Sendable {
        let text: Int
        let length: Int
        let source: Int
        let sourceEnd: Int
        let isCopy: Bool
    }

    /// The source bytes a text range stands for: from the start of the run
    /// holding its start to the end of the run holding its end.
    public func source(_ range: Range<Int>) -> Range<Int> {
        let lower = start(range.lowerBound)
        return lower..<max(lower, end(range.upperBound))
    }

    private func start(_ offset: Int) -> Int {
        let index = segments.partitionIndex { $0.text <= offset } - 1
        guard index >= 0 else { return segments.first?.source ?? 0 }
        let segment = segments[index]
        if offset >= segment.text + segment.length { return segment.sourceEnd }
        return segment.isCopy ? segment.source + (offset - segment.text) : segment.source
    }

    private func end(_ offset: Int) -> Int {
        let index = segments.partitionIndex { $0.text < offset } - 1
        guard index >= 0 else { return segments.first?.source ?? 0 }
        let segment = segments[index]
        if segment.isCopy { return segment.source + min(offset - segment.text, segment.length) }
        return segment.sourceEnd
    }
}

/// Builds a `MappedText` as a reader walks its source: text runs, and the
/// white space or block boundaries between them, which become one space or
/// one line end (none at the start or the end).
struct MappedTextBuilder {
    private let source: [UInt8]
    private var out: [UInt8] = []
    private var segments: [MappedText.Segment] = []
    /// White space or a block boundary seen since the last text, and where it is.
    private var pendingSpace: Range<Int>?
    private var pendingBreak: Range<Int>?

    init(source: [UInt8]) { self.source = source }

    /// White space in the source: one space before the next text.
    mutating func space(_ range: Range<Int>) {
        if pendingSpace == nil { pendingSpace = range }
    }

    /// A block boundary in the source: a line end before the next text.
    mutating func lineBreak(_ range: Range<Int>) {
        pendingBreak = (pendingBreak?.lowerBound ?? range.lowerBound)..<max(range.upperBound, pendingBreak?.upperBound ?? 0)
    }

    /// Writes text, after the space or line end that separates it from the text before.
    mutating func emit(_ bytes: ArraySlice<UInt8>, source range: Range<Int>, isCopy: Bool = true) {
        guard !bytes.isEmpty else { return }
        if !out.isEmpty, let gap = pendingBreak ?? pendingSpace {
            let separator: UInt8 = pendingBreak != nil ? 0x0A : 0x20
            // A single space stays a copy of itself.
            let copied = gap.count == 1 && source[gap.lowerBound] == separator
            append(.init(text: out.count, length: 1, source: gap.lowerBound, sourceEnd: gap.upperBound, isCopy: copied))
            out.append(separator)
        }
        pendingBreak = nil
        pendingSpace = nil
        append(.init(text: out.count, length: bytes.count, source: range.lowerBound, sourceEnd: range.upperBound, isCopy: isCopy))
        out += bytes
    }

    /// Copies source bytes as they are.
    mutating func copy(_ range: Range<Int>) { emit(source[range], source: range) }

    func build() -> MappedText { MappedText(text: out, segments: segments) }

    /// Adds a segment, merged into the one before when both copy adjacent
    /// bytes: most text nodes end up as one segment.
    private mutating func append(_ segment: MappedText.Segment) {
        if segment.isCopy, let last = segments.last, last.isCopy, last.text + last.length == segment.text, last.sourceEnd == segment.source {
            segments[segments.count - 1] = .init(text: last.text, length: last.length + segment.length, source: last.source,
                                                 sourceEnd: segment.sourceEnd, isCopy: true)
        } else {
            segments.append(segment)
        }
    }
}
