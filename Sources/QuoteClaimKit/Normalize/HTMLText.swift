/// normalize, for HTML: the text a reader sees, with a map back to the
/// page's bytes. Tags are dropped, block elements end a paragraph, white
/// space collapses to one space, character references are decoded, and the
/// contents of scripts, styles, the head and page furniture elements (nav,
/// footer, aside, forms) are not text at all, nor a block whose class or id
/// names furniture (`furniture`: "newsletter", "comments", "related").
///
/// Works on bytes in one pass; it is a reader of what crawlers save, not a
/// validating parser: a tag that never closes ends at the end of the page.
public enum HTMLText {
    public static func read(_ page: [UInt8], furniture: Set<String> = []) -> MappedText {
        var reader = HTMLReader(page: page, furniture: furniture)
        reader.run()
        return reader.builder.build()
    }

    /// `amp`, `#8220`, `#x201C` (without `&` and `;`): the character, or nil
    /// when unknown or a control character.
    static func decodeReference(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        let text = String(decoding: name, as: UTF8.self)
        let number = text.hasPrefix("#x") || text.hasPrefix("#X") ? UInt32(text.dropFirst(2), radix: 16)
            : text.hasPrefix("#") ? UInt32(text.dropFirst()) : nil
        if let number {
            // Control characters (and NUL) are no text: the reference stays as written.
            guard number >= 0x20 || number == 0x09 || number == 0x0A, !(0x7F...0x9F).contains(number) else { return nil }
            return Unicode.Scalar(number)
        }
        return namedReferences[text]
    }

    /// The references news pages use; others are left as written.
    static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}", "bdquo": "\u{201E}",
        "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{B7}",
        "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}",
        "cent": "\u{A2}", "sect": "\u{A7}", "para": "\u{B6}", "times": "\u{D7}", "divide": "\u{F7}", "frac12": "\u{BD}",
        "frac14": "\u{BC}", "frac34": "\u{BE}", "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}",
        "ensp": "\u{2002}", "emsp": "\u{2003}",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "Aacute": "Á", "Eacute": "É", "Iacute": "Í",
        "Oacute": "Ó", "Uacute": "Ú", "agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò", "ugrave": "ù", "acirc": "â",
        "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û", "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü",
        "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "ccedil": "ç", "Ccedil": "Ç", "ntilde": "ñ", "Ntilde": "Ñ",
        "atilde": "ã", "otilde": "õ", "aring": "å", "Aring": "Å", "aelig": "æ", "oslash": "ø", "Oslash": "Ø",
    ]
}

private struct HTMLReader {
    let page: [UInt8]
    /// Words of class and id names that mark a block as page furniture.
    let furniture: Set<String>
    var builder: MappedTextBuilder
    var index = 0

    init(page: [UInt8], furniture: Set<String>) {
        self.page = page
        self.furniture = furniture
        self.builder = MappedTextBuilder(source: page)
    }

    /// Elements whose content is never article text.
    static let skipped: Set<String> = ["script", "style", "head", "noscript", "template", "svg", "nav", "footer", "aside",
                                       "form", "button", "select", "iframe", "object", "canvas", "math"]
    /// Blocks that a class or id may mark as furniture; never an inline
    /// element, so that a skipped one always ends a paragraph.
    static let containers: Set<String> = ["div", "section", "ul", "ol", "p", "table", "figure"]
    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                                      "blockquote", "pre", "section", "article", "header", "main", "figure", "figcaption",
                                      "table", "tr", "td", "th", "caption", "hr", "address", "details", "summary", "body", "html", "title"]

    mutating func run() {
        while index < page.count {
            switch page[index] {
            case UInt8(ascii: "<"): tag()
            case UInt8(ascii: "&"): reference()
            case let byte where isSpace(byte):
                let start = index
                while index < page.count, isSpace(page[index]) { index += 1 }
                builder.space(start..<index)
            default: copyRun()
            }
        }
    }

    /// Plain bytes up to the next tag, reference or white space.
    private mutating func copyRun() {
        let start = index
        while index < page.count {
            let byte = page[index]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || isSpace(byte) { break }
            index += 1
        }
        builder.copy(start..<index)
    }

    private mutating func tag() {
        let start = index
        if starts(with: "<!--") {
            index = find("-->", from: index + 4).map { $0 + 3 } ?? page.count
            return
        }
        guard index + 1 < page.count, isLetter(page[index + 1]) || page[index + 1] == UInt8(ascii: "/")
                || page[index + 1] == UInt8(ascii: "!") || page[index + 1] == UInt8(ascii: "?") else {
            copyLiteral()  // "a < b": a lone angle bracket is text
            return
        }
        let closing = page[index + 1] == UInt8(ascii: "/")
        var cursor = index + (closing ? 2 : 1)
        let nameStart = cursor
        while cursor < page.count, isLetter(page[cursor]) || (cursor > nameStart && isDigit(page[cursor])) { cursor += 1 }
        let name = String(decoding: page[nameStart..<cursor], as: UTF8.self).lowercased()
        index = tagEnd(from: cursor)
        let selfClosing = index - 2 > start && page[index - 2] == UInt8(ascii: "/")
        if !closing, !selfClosing, Self.skipped.contains(name) || (Self.containers.contains(name) && namesFurniture(start..<index)) {
            index = closingTag(name, from: index)
            // "</head>" may be left out: the body starts the text.
            if name == "head", let body = find("<body", from: start), body < index { index = body }
        }
        if Self.blocks.contains(name) || Self.skipped.contains(name) {
            builder.lineBreak(start..<index)
        }
    }

    /// The tag's class or id names furniture: one of its words, split at
    /// white space, hyphens and underscores ("newsletter-signup", "article_comments").
    private func namesFurniture(_ tag: Range<Int>) -> Bool {
        guard !furniture.isEmpty else { return false }
        for attribute in ["class", "id"] {
            guard let value = attributeValue(attribute, in: tag) else { continue }
            let words = String(decoding: value, as: UTF8.self).lowercased()
                .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "-" || $0 == "_" })
            if words.contains(where: { furniture.contains(String($0)) }) { return true }
        }
        return false
    }

    /// The value of `name="…"`, `name='…'` or `name=…` inside a tag.
    private func attributeValue(_ name: String, in tag: Range<Int>) -> ArraySlice<UInt8>? {
        let key = Array(name.utf8)
        var cursor = tag.lowerBound + 1
        while cursor + key.count + 2 < tag.upperBound {
            if isSpace(page[cursor - 1]), matches(key, at: cursor), page[cursor + key.count] == UInt8(ascii: "=") {
                let open = cursor + key.count + 1
                let quote = page[open]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                    let end = page[open..<tag.upperBound].firstIndex { isSpace($0) || $0 == UInt8(ascii: ">") } ?? tag.upperBound
                    return page[open..<end]
                }
                let end = page[(open + 1)..<tag.upperBound].firstIndex(of: quote) ?? tag.upperBound
                return page[(open + 1)..<end]
            }
            cursor += 1
        }
        return nil
    }

    /// The byte after the tag's closing ">", skipping quoted attribute values.
    private func tagEnd(from start: Int) -> Int {
        var cursor = start
        var quote: UInt8?
        while cursor < page.count {
            let byte = page[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return cursor + 1
            }
            cursor += 1
        }
        return page.count
    }

    /// The byte after the closing tag of `name` (nested ones of the same name counted).
    private func closingTag(_ name: String, from start: Int) -> Int {
        let open = Array("<\(name)".utf8)
        let close = Array("</\(name)".utf8)
        var depth = 1
        var cursor = start
        let rawText = name == "script" || name == "style"
        while cursor < page.count {
            if page[cursor] == UInt8(ascii: "<") {
                if matches(close, at: cursor), boundary(at: cursor + close.count) {
                    depth -= 1
                    if depth == 0 { return tagEnd(from: cursor + close.count) }
                } else if !rawText, matches(open, at: cursor), boundary(at: cursor + open.count) {
                    depth += 1
                }
            }
            cursor += 1
        }
        return page.count
    }

    private func boundary(at offset: Int) -> Bool {
        offset >= page.count || !isLetter(page[offset]) && !isDigit(page[offset])
    }

    /// Case-insensitive comparison of ASCII `bytes` at `offset`.
    private func matches(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset + bytes.count <= page.count else { return false }
        for (position, byte) in bytes.enumerated() where page[offset + position] | 0x20 != byte | 0x20 { return false }
        return true
    }

    private func starts(with prefix: String) -> Bool { matches(Array(prefix.utf8), at: index) }

    private func find(_ needle: String, from start: Int) -> Int? {
        let bytes = Array(needle.utf8)
        var cursor = start
        while cursor + bytes.count <= page.count {
            if matches(bytes, at: cursor) { return cursor }
            cursor += 1
        }
        return nil
    }

    private mutating func copyLiteral() {
        let start = index
        index += 1
        builder.copy(start..<index)
    }

    /// `&amp;`, `&#8220;`, `&#x201C;`: decoded; anything else stays as written.
    private mutating func reference() {
        let start = index
        var cursor = index + 1
        while cursor < page.count, cursor - start <= 32, isLetter(page[cursor]) || isDigit(page[cursor]) || page[cursor] == UInt8(ascii: "#") {
            cursor += 1
        }
        guard cursor < page.count, page[cursor] == UInt8(ascii: ";"), let scalar = HTMLText.decodeReference(page[(start + 1)..<cursor]) else {
            copyLiteral()
            return
        }
        index = cursor + 1
        if scalar == "\u{A0}" || scalar == " " {
            builder.space(start..<index)
            return
        }
        builder.emit(ArraySlice(Array(String(scalar).utf8)), source: start..<index, isCopy: false)
    }



    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
    private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
