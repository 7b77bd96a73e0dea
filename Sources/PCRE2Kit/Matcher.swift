import CPCRE2

/// One match: the whole range plus every capture group, as byte ranges into
/// the subject that was searched.
public struct Match: Sendable, Equatable {
    public let range: Range<Int>
    /// Index 0 is the whole match; nil for a group that did not take part.
    public let groups: [Range<Int>?]
    let names: [String: Int]

    public subscript(name: String) -> Range<Int>? {
        guard let number = names[name], number < groups.count else { return nil }
        return groups[number]
    }
}

/// Per-thread matching state: match data, a match context with limits and a
/// JIT stack. Not Sendable on purpose — create one per thread or task.
public final class Matcher {
    public let regex: Regex
    @usableFromInline let matchData: OpaquePointer
    @usableFromInline let context: OpaquePointer
    private let jitStack: OpaquePointer?
    /// Matchers for the regex's assertions, reached from PCRE2's callout.
    private let assertions: AssertionMatchers?

    /// The default match limit stops catastrophic backtracking within
    /// milliseconds instead of PCRE2's default 10 million steps.
    public static let defaultMatchLimit: UInt32 = 1_000_000

    public init(_ regex: Regex, matchLimit: UInt32 = Matcher.defaultMatchLimit) {
        self.regex = regex
        matchData = pcre2_match_data_create_from_pattern_8(regex.code, nil)
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, matchLimit)
        pcre2_set_depth_limit_8(context, matchLimit)
        if regex.isJIT {
            // The JIT's default 32 KiB machine stack fails on deep backtracking.
            let stack = pcre2_jit_stack_create_8(32 * 1024, 8 * 1024 * 1024, nil)
            pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack))
            jitStack = stack
        } else {
            jitStack = nil
        }
        if regex.assertions.isEmpty {
            assertions = nil
        } else {
            let table = AssertionMatchers(regex.assertions.map { Matcher($0, matchLimit: matchLimit) })
            pcre2_set_callout_8(context, AssertionMatchers.callout, Unmanaged.passUnretained(table).toOpaque())
            assertions = table
        }
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }

    /// Finds the first match at or after `start` in `subject`.
    ///
    /// The subject must be valid UTF-8 (see `UTF8Validation`): it is matched
    /// with `PCRE2_NO_UTF_CHECK`, because checking on every call makes
    /// repeated matching quadratic, and invalid input would crash the JIT.
    /// Offsets are bytes into `subject`. `anchored` on a pattern not compiled
    /// with `.anchored` works but runs without JIT.
    public func firstMatch(
        in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0, anchored: Bool = false
    ) throws(PCRE2Error) -> Match? {
        if regex.usesOffsetLimit { pcre2_set_offset_limit_8(context, Int(bitPattern: PCRE2_SIZE_MAX)) }
        let options = PCRE2_NO_UTF_CHECK | (anchored && !regex.isAnchored ? PCRE2_ANCHORED : 0)
        guard try run(subject, Self.characterStart(at: start, in: subject), options) else { return nil }
        return currentMatch()
    }

    /// All non-overlapping matches from left to right (Perl's rules for empty matches),
    /// starting at or after `from` (lookbehinds still see the text before it).
    /// With `limit` (a pattern compiled with `.offsetLimit`), no match starts after that offset,
    /// and the search stops there instead of trying every later position.
    public func allMatches(in subject: UnsafeBufferPointer<UInt8>, from first: Int = 0,
                           startingNoLaterThan limit: Int? = nil) throws(PCRE2Error) -> [Match] {
        if regex.usesOffsetLimit { pcre2_set_offset_limit_8(context, limit ?? Int(bitPattern: PCRE2_SIZE_MAX)) }
        var matches: [Match] = []
        var start = Self.characterStart(at: first, in: subject)
        var extra: UInt32 = 0
        while start <= subject.count {
            guard try run(subject, start, PCRE2_NO_UTF_CHECK | extra) else {
                if extra == 0 { break }
                // An empty match could not be extended here: step one character.
                extra = 0
                start += 1
                while start < subject.count, subject[start] & 0xC0 == 0x80 { start += 1 }
                continue
            }
            let match = currentMatch()
            matches.append(match)
            extra = match.range.isEmpty ? (PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED) : 0
            start = match.range.upperBound
        }
        return matches
    }

    /// `offset`, or the start of the next character when it falls inside
    /// one: with `PCRE2_NO_UTF_CHECK`, a start on a continuation byte made the
    /// JIT read outside its tables and crash (found by the fuzzer).
    static func characterStart(at offset: Int, in subject: UnsafeBufferPointer<UInt8>) -> Int {
        var start = offset
        while start > 0, start < subject.count, subject[start] & 0xC0 == 0x80 { start += 1 }
        return start
    }

    /// The last offset at which a match starts, matches overlapping allowed
    /// (after each match the search resumes one character past its start).
    public func lastMatchStart(in subject: UnsafeBufferPointer<UInt8>) throws(PCRE2Error) -> Int? {
        var last: Int?
        var start = 0
        while start <= subject.count, try run(subject, start, PCRE2_NO_UTF_CHECK) {
            let found = pcre2_get_ovector_pointer_8(matchData)![0]
            last = found
            start = found + 1
            while start < subject.count, subject[start] & 0xC0 == 0x80 { start += 1 }
        }
        return last
    }

    /// Convenience for tests and rule examples: matches on a Swift string.
    public func allMatches(in text: String) throws(PCRE2Error) -> [Match] {
        let bytes = Array(text.utf8)
        let result: Result<[Match], PCRE2Error> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(PCRE2Error) in try allMatches(in: buffer) }
        }
        return try result.get()
    }

    private func run(_ subject: UnsafeBufferPointer<UInt8>, _ start: Int, _ options: UInt32) throws(PCRE2Error) -> Bool {
        // An empty buffer may have a nil base address; PCRE2 wants a pointer.
        let rc: Int32
        if let base = subject.baseAddress {
            rc = pcre2_match_8(regex.code, base, subject.count, start, options, matchData, context)
        } else {
            rc = withUnsafePointer(to: UInt8(0)) { empty in
                pcre2_match_8(regex.code, empty, 0, start, options, matchData, context)
            }
        }
        if rc == PCRE2_ERROR_NOMATCH { return false }
        if rc < 0 { throw PCRE2Error(code: rc, offset: nil) }
        return true
    }

    private func currentMatch() -> Match {
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        let unset = Int(bitPattern: PCRE2_SIZE_MAX)
        var groups: [Range<Int>?] = []
        groups.reserveCapacity(regex.captureCount + 1)
        for group in 0...regex.captureCount {
            let lower = ovector[2 * group]
            let upper = ovector[2 * group + 1]
            groups.append(lower == unset || upper < lower ? nil : lower..<upper)
        }
        return Match(range: groups[0]!, groups: groups, names: regex.groupNames)
    }
}

/// The assertions' matchers, handed to PCRE2 as the callout's data.
private final class AssertionMatchers {
    let matchers: [Matcher]

    init(_ matchers: [Matcher]) { self.matchers = matchers }

    /// Callout n runs assertion n where the match has got to: 0 lets the match
    /// go on, 1 makes it backtrack (as a failed lookahead would), and a
    /// negative code (a match limit) ends the whole match with that error.
    static let callout: @convention(c) (UnsafeMutablePointer<pcre2_callout_block_8>?, UnsafeMutableRawPointer?) -> Int32 = { block, data in
        guard let block, let data else { return 0 }
        let table = Unmanaged<AssertionMatchers>.fromOpaque(data).takeUnretainedValue()
        let number = Int(block.pointee.callout_number)
        // A callout the pattern's author wrote (not an assertion's) changes nothing.
        guard number >= 1, number <= table.matchers.count else { return 0 }
        let matcher = table.matchers[number - 1]
        var start = block.pointee.current_position
        var length = block.pointee.subject_length
        // A span assertion reads the last closed group's text alone, so that its `\z` is the group's end.
        if matcher.regex.matchesLastCapture, let offsets = block.pointee.offset_vector {
            start = offsets[2 * Int(block.pointee.capture_last)]
            length = block.pointee.current_position
        }
        let rc = pcre2_match_8(matcher.regex.code, block.pointee.subject, length, start,
                               PCRE2_NO_UTF_CHECK | (matcher.regex.isAnchored ? 0 : PCRE2_ANCHORED), matcher.matchData, matcher.context)
        if rc >= 0 { return 0 }
        return rc == PCRE2_ERROR_NOMATCH ? 1 : rc
    }
}
