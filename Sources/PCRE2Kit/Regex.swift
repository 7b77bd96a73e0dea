import CPCRE2

/// A compiled PCRE2 pattern. Immutable once built, so one instance is shared
/// read-only by every thread; per-thread state lives in `Matcher`.
public final class Regex: Sendable {
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseless = Options(rawValue: PCRE2_CASELESS)
        public static let multiline = Options(rawValue: PCRE2_MULTILINE)
        public static let dotAll = Options(rawValue: PCRE2_DOTALL)
        public static let extended = Options(rawValue: PCRE2_EXTENDED)
        /// Matches only at the start offset. Set here, not per match: PCRE2
        /// runs a pattern given PCRE2_ANCHORED at match time without its JIT code.
        public static let anchored = Options(rawValue: PCRE2_ANCHORED)
        /// Allows `Matcher.allMatches(in:startingNoLaterThan:)` to stop the
        /// search for a match start early (PCRE2's offset limit).
        public static let offsetLimit = Options(rawValue: PCRE2_USE_OFFSET_LIMIT)
    }

    @usableFromInline nonisolated(unsafe) let code: OpaquePointer
    public let pattern: String
    public let isJIT: Bool
    public let isAnchored: Bool
    public let usesOffsetLimit: Bool
    public let captureCount: Int
    /// Named groups and their numbers.
    public let groupNames: [String: Int]
    /// The same, ordered by group number, for reading every group of a match.
    public let groupList: [(name: String, number: Int)]
    /// Zero-width patterns the pattern calls as `(?=(?C1))`, `(?=(?C2))` …: at each
    /// callout, assertion n is matched anchored where the match has got to,
    /// and the match goes on only if it succeeds. A long assertion (a list of
    /// idioms) compiled on its own keeps the calling pattern inside PCRE2's size limit.
    public let assertions: [Regex]
    /// As an assertion: it must match exactly the text of the capture group
    /// closed just before its callout, `(…)(?=(?Cn))`, not from where the
    /// match has got to (a lexicon checked on a run of words).
    public let matchesLastCapture: Bool

    /// Compiles `pattern` in UTF mode with Unicode properties (UCP) and, when
    /// available, JIT. Throws with PCRE2's message and the offset in the pattern.
    /// `assertions` should be compiled `.anchored`, so that they run with JIT. Write a call inside
    /// a lookahead, `(?=(?C1))`: PCRE2 makes a repeat before a bare callout possessive.
    public init(_ pattern: String, options: Options = [], assertions: [Regex] = [], matchesLastCapture: Bool = false) throws(PCRE2Error) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        var bytes = Array(pattern.utf8)
        let flags = PCRE2_UTF | PCRE2_UCP | options.rawValue
        let compiled = bytes.withUnsafeMutableBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, flags, &errorCode, &errorOffset, nil)
        }
        guard let compiled else { throw PCRE2Error(code: errorCode, offset: errorOffset) }
        self.code = compiled
        self.pattern = pattern
        self.isAnchored = options.contains(.anchored)
        self.usesOffsetLimit = options.contains(.offsetLimit)
        self.assertions = assertions
        self.matchesLastCapture = matchesLastCapture
        self.isJIT = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
        var count: UInt32 = 0
        _ = pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        self.captureCount = Int(count)
        self.groupNames = Regex.readNameTable(compiled)
        self.groupList = groupNames.map { (name: $0.key, number: $0.value) }.sorted { $0.number < $1.number }
    }

    deinit { pcre2_code_free_8(code) }

    /// Bytes of the compiled pattern's code, without the header and the
    /// group-name table: PCRE2 (link size 2) refuses a pattern whose code
    /// passes `maximumCompiledSize`, so a rule's headroom for more lexicon words is the difference.
    public var compiledSize: Int {
        Self.size(of: code) - Self.count(PCRE2_INFO_NAMECOUNT, of: code) * Self.count(PCRE2_INFO_NAMEENTRYSIZE, of: code) - Self.headerSize
    }

    /// PCRE2's limit on a compiled pattern's code with the link size Debian builds.
    public static let maximumCompiledSize = 65_536

    /// The size of an empty pattern: the header every compiled pattern has.
    private static let headerSize: Int = {
        var errorCode: Int32 = 0
        var errorOffset = 0
        guard let empty = pcre2_compile_8(nil, 0, 0, &errorCode, &errorOffset, nil) else { return 0 }
        defer { pcre2_code_free_8(empty) }
        return size(of: empty)
    }()

    /// PCRE2_INFO_SIZE, a size_t.
    private static func size(of code: OpaquePointer) -> Int {
        var size = 0
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_SIZE), &size)
        return size
    }

    /// A 32-bit item of pattern information (a count or an entry size).
    private static func count(_ info: Int32, of code: OpaquePointer) -> Int {
        var value: UInt32 = 0
        _ = pcre2_pattern_info_8(code, UInt32(info), &value)
        return Int(value)
    }

    /// Name table entries are a 2-byte big-endian group number followed by the
    /// NUL-terminated name, padded to `entrySize`.
    private static func readNameTable(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard count > 0, let table else { return [:] }
        var names: [String: Int] = [:]
        for index in 0..<Int(count) {
            let entry = table + index * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            names[String(cString: entry + 2)] = number
        }
        return names
    }
}
