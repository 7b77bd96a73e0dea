/// Text of a legacy Windows-1252 file (also Latin-1, which it extends) as
/// UTF-8, with a map back to the file's bytes: one byte a character, so a
/// record still points at the bytes on disk. Read only for `--encoding auto`.
enum Windows1252 {
    static func decode(_ bytes: [UInt8]) -> MappedText {
        var builder = MappedTextBuilder(source: bytes)
        var run = 0
        for (index, byte) in bytes.enumerated() where byte >= 0x80 {
            if run < index { builder.copy(run..<index) }
            builder.emit(ArraySlice(Array(String(scalar(byte)).utf8)), source: index..<(index + 1), isCopy: false)
            run = index + 1
        }
        if run < bytes.count { builder.copy(run..<bytes.count) }
        return builder.build()
    }

    /// 0x80–0x9F hold punctuation (curly quotes, dashes, €); the bytes the
    /// code page leaves undefined keep their Latin-1 control characters.
    /// 0xA0–0xFF are Latin-1.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(high[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
    }

    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
