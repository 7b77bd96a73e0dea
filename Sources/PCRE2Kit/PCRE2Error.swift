import CPCRE2

/// An error reported by PCRE2: a compile error (with the offset in the pattern)
/// or a match-time error such as the match limit.
public struct PCRE2Error: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: Int32
    /// Offset in the pattern (compile errors) or in the subject (UTF-8 errors).
    public let offset: Int?

    @usableFromInline
    init(code: Int32, offset: Int?) {
        self.code = code
        self.offset = offset
    }

    /// PCRE2's own text for the error code.
    public var message: String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            let count = pcre2_get_error_message_8(code, buffer.baseAddress, buffer.count)
            guard count >= 0 else { return "unknown PCRE2 error \(code)" }
            return String(decoding: buffer[..<Int(count)], as: UTF8.self)
        }
    }

    public var description: String {
        if let offset { return "\(message) (at offset \(offset))" }
        return message
    }

    /// True when a pattern compiles to more than PCRE2's 64 KB (its link size).
    public var isTooLarge: Bool { code == PCRE2_ERROR_PATTERN_TOO_LARGE }

    /// True when a match gave up because of a resource limit (a pathological
    /// pattern), as opposed to a bug or bad input.
    public var isResourceLimit: Bool {
        code == PCRE2_ERROR_MATCHLIMIT || code == PCRE2_ERROR_DEPTHLIMIT
            || code == PCRE2_ERROR_HEAPLIMIT || code == PCRE2_ERROR_JIT_STACKLIMIT
    }
}
