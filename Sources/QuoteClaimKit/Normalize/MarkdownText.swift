/// normalize, for Markdown (what many scrapers write): the text a reader
/// sees, with a map back to the file's bytes. Lines wrapped inside a
/// paragraph are joined; headings, list items, quotes' `>` and blank lines
/// end paragraphs; emphasis marks, backticks, link targets and images are
/// dropped (`[the minister](https://…)` reads "the minister"); code blocks
/// are not text.
public enum MarkdownText {
    public static func read(_ bytes: [UInt8]) -> MappedText {
        var reader = MarkdownReader(source: bytes)
        reader.run()
        return reader.builder.build()
    }
}

private struct MarkdownReader {
    let source: [UInt8]
    var builder: MappedTextBuilder
    private var inFence = false
    /// The line before was a heading or a list item's first line, or blank:
    /// the next line starts a paragraph.
    private var startsParagraph = true
    private var previousQuoteDepth = 0

    init(source: [UInt8]) {
        self.source = source
        self.builder = MappedTextBuilder(source: source)
    }

    mutating func run() {
        var start = 0
        while start < source.count {
            let end = source[start...].firstIndex(of: 0x0A) ?? source.count
            line(start..<end)
            start = end + 1
        }
    }

    private mutating func line(_ range: Range<Int>) {
        var start = range.lowerBound
        var end = range.upperBound
        while end > start, isSpace(source[end - 1]) { end -= 1 }
        while start < end, source[start] == UInt8(ascii: " ") || source[start] == 0x09 { start += 1 }
        if starts(with: "```", at: start) || starts(with: "~~~", at: start) {
            inFence.toggle()
            paragraphEnds(range)
            return
        }
        guard !inFence, start < end, !isRule(start..<end) else {
            paragraphEnds(range)
            return
        }
        // Quote marks: "> " as often as the quote is nested.
        var depth = 0
        while start < end, source[start] == UInt8(ascii: ">") {
            depth += 1
            start += 1
            if start < end, source[start] == UInt8(ascii: " ") { start += 1 }
        }
        if depth != previousQuoteDepth { startsParagraph = true }
        previousQuoteDepth = depth
        guard start < end else {
            paragraphEnds(range)
            return
        }
        let heading = headingText(start..<end)
        let item = heading == nil ? listItemText(start..<end) : nil
        let content = heading ?? item ?? (start..<end)
        if startsParagraph || heading != nil || item != nil {
            builder.lineBreak(range.lowerBound..<content.lowerBound)
        } else {
            // A line wrapped inside a paragraph: the line end is a space.
            builder.space((range.lowerBound - 1)..<content.lowerBound)
        }
        inline(content)
        startsParagraph = heading != nil
    }

    private mutating func paragraphEnds(_ range: Range<Int>) {
        builder.lineBreak(range)
        startsParagraph = true
    }

    /// "## Title ##" → "Title".
    private func headingText(_ range: Range<Int>) -> Range<Int>? {
        var cursor = range.lowerBound
        while cursor < range.upperBound, source[cursor] == UInt8(ascii: "#"), cursor - range.lowerBound < 6 { cursor += 1 }
        guard cursor > range.lowerBound, cursor < range.upperBound, source[cursor] == UInt8(ascii: " ") else { return nil }
        var end = range.upperBound
        while end > cursor, source[end - 1] == UInt8(ascii: "#") || source[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return (cursor + 1)..<max(cursor + 1, end)
    }

    /// "- item", "* item", "+ item", "1. item", "2) item" → "item".
    private func listItemText(_ range: Range<Int>) -> Range<Int>? {
        var cursor = range.lowerBound
        let first = source[cursor]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            cursor += 1
        } else {
            while cursor < range.upperBound, isDigit(source[cursor]), cursor - range.lowerBound < 9 { cursor += 1 }
            guard cursor > range.lowerBound, cursor < range.upperBound,
                  source[cursor] == UInt8(ascii: ".") || source[cursor] == UInt8(ascii: ")") else { return nil }
            cursor += 1
        }
        guard cursor < range.upperBound, source[cursor] == UInt8(ascii: " ") else { return nil }
        return (cursor + 1)..<range.upperBound
    }

    /// "---", "***", "___" (three or more, spaces allowed), or a table's "|---|---|".
    private func isRule(_ range: Range<Int>) -> Bool {
        let marks = source[range].filter { $0 != UInt8(ascii: " ") }
        guard marks.count >= 3, let first = marks.first else { return false }
        if [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_")].contains(first), marks.allSatisfy({ $0 == first }) { return true }
        return first == UInt8(ascii: "|") && marks.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }
    }

    /// Text with emphasis, code marks, links, images and escapes read.
    private mutating func inline(_ range: Range<Int>) {
        var cursor = range.lowerBound
        var run = cursor
        func flush(_ builder: inout MappedTextBuilder, to end: Int) {
            if run < end { builder.copy(run..<end) }
        }
        while cursor < range.upperBound {
            let byte = source[cursor]
            switch byte {
            case UInt8(ascii: "\\") where cursor + 1 < range.upperBound && isPunctuation(source[cursor + 1]):
                flush(&builder, to: cursor)
                builder.copy((cursor + 1)..<(cursor + 2))
                cursor += 2
                run = cursor
            case UInt8(ascii: "!") where cursor + 1 < range.upperBound && source[cursor + 1] == UInt8(ascii: "["):
                guard let link = link(at: cursor + 1, in: range) else { cursor += 1; continue }
                flush(&builder, to: cursor)
                cursor = link.end
                run = cursor
            case UInt8(ascii: "["):
                guard let link = link(at: cursor, in: range) else { cursor += 1; continue }
                flush(&builder, to: cursor)
                inline(link.text)
                cursor = link.end
                run = cursor
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"):
                var end = cursor
                while end < range.upperBound, source[end] == byte { end += 1 }
                let before = cursor > range.lowerBound ? source[cursor - 1] : UInt8(ascii: " ")
                let after = end < range.upperBound ? source[end] : UInt8(ascii: " ")
                // "snake_case" and a lone "*" between spaces stay as written.
                let intraword = byte == UInt8(ascii: "_") && before.isWordByte && after.isWordByte
                let spaced = byte != UInt8(ascii: "`") && isSpace(before) && isSpace(after)
                if intraword || spaced {
                    cursor = end
                    continue
                }
                flush(&builder, to: cursor)
                cursor = end
                run = cursor
            case UInt8(ascii: "&"):
                guard let semicolon = source[cursor..<min(range.upperBound, cursor + 33)].firstIndex(of: UInt8(ascii: ";")),
                      let scalar = HTMLText.decodeReference(source[(cursor + 1)..<semicolon]) else { cursor += 1; continue }
                flush(&builder, to: cursor)
                builder.emit(ArraySlice(Array(String(scalar).utf8)), source: cursor..<(semicolon + 1), isCopy: false)
                cursor = semicolon + 1
                run = cursor
            default:
                cursor += 1
            }
        }
        flush(&builder, to: range.upperBound)
    }

    /// `[text](target)` or `[text][label]` starting at `open`: the text and the end.
    private func link(at open: Int, in range: Range<Int>) -> (text: Range<Int>, end: Int)? {
        guard let close = source[(open + 1)..<range.upperBound].firstIndex(of: UInt8(ascii: "]")),
              close + 1 < range.upperBound else { return nil }
        let opener = source[close + 1]
        let closer: UInt8 = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        guard opener == UInt8(ascii: "(") || opener == UInt8(ascii: "["),
              let end = source[(close + 2)..<range.upperBound].firstIndex(of: closer) else { return nil }
        return ((open + 1)..<close, end + 1)
    }

    private func starts(with prefix: String, at offset: Int) -> Bool {
        let bytes = Array(prefix.utf8)
        return offset + bytes.count <= source.count && source[offset..<(offset + bytes.count)].elementsEqual(bytes)
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private func isPunctuation(_ byte: UInt8) -> Bool { byte < 0x80 && byte > 0x20 && !byte.isWordByte }
}
