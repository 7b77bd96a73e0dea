import Dispatch
import Foundation
import PCRE2Kit
import Testing

@Suite("PCRE2 wrapper")
struct RegexTests {
    @Test("named groups give UTF-8 byte offsets, also after multi-byte text")
    func namedGroupsAndByteOffsets() throws {
        let regex = try Regex(#"(?<verb>warn(?:ed|s)?)\s+(?<object>\w+)"#)
        #expect(regex.isJIT)
        #expect(regex.groupNames["verb"] == 1)
        #expect(regex.groupNames["object"] == 2)
        let matches = try Matcher(regex).allMatches(in: "Émile warned Zoë")
        #expect(matches.count == 1)
        // "Émile " is 7 bytes: É takes two.
        #expect(matches[0]["verb"] == 7..<13)
        #expect(matches[0]["object"] == 14..<18)
    }

    @Test("Unicode properties work without case folding: \\p{Lu} is only upper case")
    func unicodeProperties() throws {
        let matches = try Matcher(try Regex(#"\p{Lu}\p{Ll}+"#)).allMatches(in: "the Øresund bridge")
        #expect(matches.map(\.range) == [4..<12])  // "Ø" is two bytes
    }

    @Test("a bad pattern reports PCRE2's message and the offset in the pattern")
    func compileError() {
        #expect {
            _ = try Regex("warn(ed")
        } throws: { error in
            guard let error = error as? PCRE2Error else { return false }
            return error.offset == 7 && error.message.contains("missing closing parenthesis")
        }
    }

    @Test("catastrophic backtracking stops at the match limit instead of hanging")
    func matchLimit() throws {
        let regex = try Regex("(a+)+$")
        let subject = String(repeating: "a", count: 40) + "b"
        let start = Date()
        #expect {
            _ = try Matcher(regex, matchLimit: 100_000).allMatches(in: subject)
        } throws: { error in
            (error as? PCRE2Error)?.isResourceLimit == true
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test("empty matches step over multi-byte characters")
    func emptyMatches() throws {
        let matches = try Matcher(try Regex("x*")).allMatches(in: "aéx")
        #expect(matches.map(\.range) == [0..<0, 1..<1, 3..<4, 4..<4])
    }

    @Test("a start offset inside a multi-byte character moves to the next character instead of crashing the JIT")
    func startInsideCharacter() throws {
        let matcher = Matcher(try Regex(#"."#))
        let bytes = Array("ƗS".utf8)  // Ɨ is two bytes: offset 1 is inside it
        let (first, all) = try bytes.withUnsafeBufferPointer { buffer throws(PCRE2Error) in
            (try matcher.firstMatch(in: buffer, from: 1)?.range, try matcher.allMatches(in: buffer, from: 1).map(\.range))
        }
        #expect(first == 2..<3)
        #expect(all == [2..<3])
    }

    @Test("a pattern compiled anchored matches only at the start offset, with JIT")
    func anchoredPattern() throws {
        let regex = try Regex(#"said\s+(\w+)"#, options: .anchored)
        #expect(regex.isJIT && regex.isAnchored)
        let bytes = Array("he said so; said no".utf8)
        try bytes.withUnsafeBufferPointer { (buffer) throws in
            #expect(try Matcher(regex).firstMatch(in: buffer) == nil)
            #expect(try Matcher(regex).firstMatch(in: buffer, from: 3)?.range == 3..<10)
            #expect(try Matcher(regex).firstMatch(in: buffer, from: 3, anchored: true)?.range == 3..<10)
        }
    }

    @Test("an offset limit stops the search for match starts; the last overlapping start is found")
    func offsetLimit() throws {
        let regex = try Regex(#"\w+ said"#, options: .offsetLimit)
        let bytes = Array("Ann said, Bob said, Cy said".utf8)
        try bytes.withUnsafeBufferPointer { (buffer) throws in
            let matcher = Matcher(regex)
            #expect(try matcher.allMatches(in: buffer).map(\.range) == [0..<8, 10..<18, 20..<27])
            #expect(try matcher.allMatches(in: buffer, startingNoLaterThan: 10).map(\.range) == [0..<8, 10..<18])
            #expect(try matcher.allMatches(in: buffer, startingNoLaterThan: 9).map(\.range) == [0..<8])
            // A later first start: lookbehinds still see the text before it.
            #expect(try matcher.allMatches(in: buffer, from: 1, startingNoLaterThan: 10).map(\.range) == [1..<8, 10..<18])
            let wordStart = Matcher(try Regex(#"\b\w+ said"#, options: .offsetLimit))
            #expect(try wordStart.allMatches(in: buffer, from: 1).map(\.range) == [10..<18, 20..<27])
            // The limit is per call: the next call without one sees everything again.
            #expect(try matcher.allMatches(in: buffer).count == 3)
            let said = Matcher(try Regex("said|aid"))
            #expect(try said.lastMatchStart(in: buffer) == 24)
            #expect(try Matcher(try Regex("zzz")).lastMatchStart(in: buffer) == nil)
        }
    }

    @Test("an assertion compiled on its own runs where the match has got to, and a failed one backtracks like a lookaround")
    func calloutAssertions() throws {
        let notIng = try Regex(#"(?<!ing)(?!\s+off\b)"#, options: .anchored)
        // In a lookahead, as the rule loader writes it: PCRE2 makes a repeat before a bare callout possessive.
        let called = try Regex(#"\b(?<word>\w+)(?=(?C1))"#, assertions: [notIng])
        let inline = try Regex(#"\b(?<word>\w+)(?<!ing)(?!\s+off\b)"#)
        let text = "Walking home, they called off the talks"
        let found = try Matcher(called).allMatches(in: text)
        #expect(found.map(\.range) == (try Matcher(inline).allMatches(in: text)).map(\.range))
        // "Walking" backtracks to "Walkin"; "called" before "off" to "calle".
        #expect(found.map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) } == ["Walkin", "home", "they", "calle", "off", "the", "talks"])
        // A callout number with no assertion changes nothing.
        #expect(try Matcher(try Regex(#"\bthe(?C9)"#, assertions: [notIng])).allMatches(in: text).count == 2)
    }

    @Test("a span assertion must match exactly the group closed before its callout, and a failed one makes the group try other lengths")
    func spanAssertion() throws {
        let verbs = try Regex(#"(?i:said|pointed\s+out)\z"#, options: .anchored, matchesLastCapture: true)
        let regex = try Regex(#"\bhe\s+([A-Za-z]++(?:\s+[A-Za-z]++){0,2})(?=(?C1))\s+that\b"#, assertions: [verbs])
        let text = "he said that; he pointed out that; he pointed that; he SAID that"
        let found = try Matcher(regex).allMatches(in: text)
        #expect(found.map { String(decoding: Array(text.utf8)[$0.groups[1]!], as: UTF8.self) } == ["said", "pointed out", "SAID"])
    }

    @Test("an assertion that hits the match limit ends the match with that error")
    func calloutAssertionLimit() throws {
        let runaway = try Regex("(?=(a+)+$)", options: .anchored)
        let regex = try Regex("x(?C1)", assertions: [runaway])
        #expect {
            _ = try Matcher(regex, matchLimit: 100_000).allMatches(in: "x" + String(repeating: "a", count: 40) + "b")
        } throws: { error in
            (error as? PCRE2Error)?.isResourceLimit == true
        }
    }

    @Test("one compiled pattern is shared by threads, each with its own matcher")
    func sharedAcrossThreads() throws {
        let regex = try Regex(#"\bsaid\b"#)
        let text = String(repeating: "he said so and she said no. ", count: 200)
        let expected = try Matcher(regex).allMatches(in: text).count
        let counts = Locked([Int]())
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let count = (try? Matcher(regex).allMatches(in: text).count) ?? -1
            counts.append(count)
        }
        #expect(expected == 400)
        #expect(counts.values == Array(repeating: expected, count: 8))
    }

    @Test("UTF-8 validation finds the first bad byte")
    func utf8Validation() {
        let good = Array("Zoë “quoted”".utf8)
        let bad: [UInt8] = Array("good ".utf8) + [0xC3, 0x28] + Array(" rest".utf8)
        let truncated: [UInt8] = Array("cut ".utf8) + [0xE2, 0x80]
        #expect(good.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } == nil)
        #expect(bad.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } == 5)
        #expect(truncated.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } == 4)
    }
}

/// A tiny lock for collecting results from several threads in a test.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    var values: Value { lock.withLock { value } }
    func append<Element>(_ element: Element) where Value == [Element] { lock.withLock { value.append(element) } }
}
