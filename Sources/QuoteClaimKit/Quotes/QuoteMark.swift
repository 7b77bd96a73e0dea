/// A quotation mark in context: whether it can open or close a quote, judged
/// from the characters on either side. Apostrophes (`don’t`, `the ’90s`)
/// are not marks at all.
struct QuoteMark: Sendable {
    enum Family: Sendable { case double, single, guillemet }

    let range: Range<Int>
    let family: Family
    let canOpen: Bool
    let canClose: Bool
    /// `"` (or `''`), as typed on a keyboard, rather than a typographic mark.
    let isStraight: Bool
    /// `“`: a typographic double mark that opens.
    let isCurlyOpen: Bool

    init(range: Range<Int>, family: Family, canOpen: Bool, canClose: Bool, isStraight: Bool = false, isCurlyOpen: Bool = false) {
        self.range = range
        self.family = family
        self.canOpen = canOpen
        self.canClose = canClose
        self.isStraight = isStraight
        self.isCurlyOpen = isCurlyOpen
    }

    /// Classifies the scalar at `offset`, or nil when it is no quote mark.
    static func classify(_ text: UTF8Text, at offset: Int) -> QuoteMark? {
        guard let (scalar, length) = text.scalar(at: offset) else { return nil }
        let previous = text.scalar(before: offset)?.scalar
        let next = text.scalar(at: offset + length)?.scalar
        let range = offset..<(offset + length)
        let afterSpace = previous.map { $0.isSpaceLike || "([{–—-“\"«".unicodeScalars.contains($0) } ?? true
        let beforeSpace = next.map { $0.isSpaceLike || ",.;:!?)]}–—-".unicodeScalars.contains($0) } ?? true
        let previousIsLetter = previous?.isLetterOrDigit ?? false
        let nextIsLetter = next?.isLetterOrDigit ?? false
        switch scalar {
        case "“":
            return QuoteMark(range: range, family: .double, canOpen: true, canClose: !afterSpace && beforeSpace, isCurlyOpen: true)
        case "”":
            return QuoteMark(range: range, family: .double, canOpen: afterSpace && nextIsLetter, canClose: true)
        case "„":
            return QuoteMark(range: range, family: .double, canOpen: true, canClose: false)
        case "\"" where isInchMark(text, at: offset):
            return nil
        case "\"":
            return QuoteMark(range: range, family: .double, canOpen: !beforeSpace || afterSpace, canClose: !afterSpace || beforeSpace,
                             isStraight: true)
        case "«":
            return QuoteMark(range: range, family: .guillemet, canOpen: true, canClose: false)
        case "»":
            return QuoteMark(range: range, family: .guillemet, canOpen: false, canClose: true)
        case "'" where next == "'":
            // Two apostrophes standing for a double mark (''…'').
            let pair = offset..<(offset + 2)
            let before = text.scalar(at: offset + 2)?.scalar
            let opens = afterSpace && !(before.map { $0.isSpaceLike } ?? true)
            return QuoteMark(range: pair, family: .double, canOpen: opens || afterSpace, canClose: !afterSpace, isStraight: true)
        case "‘", "’", "'":
            if previousIsLetter && nextIsLetter { return nil }                       // don’t, Russia’s
            if afterSpace, let next, next.properties.numericType != nil { return nil } // the ’90s
            let canOpen = afterSpace && !beforeSpace && scalar != "’" || (scalar == "’" && afterSpace && nextIsLetter)
            let canClose = !afterSpace && beforeSpace && scalar != "‘" || (scalar == "‘" && previousIsLetter && beforeSpace)
            guard canOpen || canClose else { return nil }
            return QuoteMark(range: range, family: .single, canOpen: canOpen, canClose: canClose)
        default:
            return nil
        }
    }

    /// `"` after feet and inches: "6'2\"" is a height, no closing mark.
    private static func isInchMark(_ text: UTF8Text, at offset: Int) -> Bool {
        var start = offset
        while start > 0, text.bytes[start - 1] &- UInt8(ascii: "0") < 10 { start -= 1 }
        return start < offset && start >= 2 && text.bytes[start - 1] == UInt8(ascii: "'") && text.bytes[start - 2] &- UInt8(ascii: "0") < 10
    }

    /// Whether this mark ends a quote opened by `opener`.
    func closes(_ opener: QuoteMark) -> Bool { family == opener.family && canClose }
}
