import Foundation

/// A JSON object written field by field, so that keys keep the documented
/// order and the bytes are the same on every run and platform.
public struct JSONObject {
    /// Built as bytes: string concatenation per field cost more than the
    /// extraction itself.
    private var body: [UInt8]

    public init() {
        body = [0x7B]
        body.reserveCapacity(512)
    }

    public mutating func add(_ key: String, _ value: String?) {
        guard var string = value else { return addRaw(key, "null") }
        addKey(key)
        string.withUTF8 { Self.appendQuoted($0, to: &body) }
    }
    /// A string value given as UTF-8 bytes (a slice of the input).
    public mutating func add(_ key: String, utf8 value: ArraySlice<UInt8>) {
        addKey(key)
        value.withUnsafeBufferPointer { Self.appendQuoted($0, to: &body) }
    }
    public mutating func add(_ key: String, _ value: Int?) {
        guard let value else { return addRaw(key, "null") }
        addKey(key)
        appendDecimal(value)
    }
    public mutating func add(_ key: String, _ value: Double) { addRaw(key, String(value)) }
    public mutating func add(flag key: String, _ value: Bool) { addRaw(key, value ? "true" : "false") }
    public mutating func add(_ key: String, _ values: [String]) {
        addKey(key)
        body.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { body.append(0x2C) }
            var string = value
            string.withUTF8 { Self.appendQuoted($0, to: &body) }
        }
        body.append(0x5D)
    }
    public mutating func add(_ key: String, object: JSONObject) { addRaw(key, object.text) }

    public var text: String {
        var bytes = body
        bytes.append(0x7D)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Digits straight into the body: a String per offset cost more than the digits.
    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { body.append(0x2D) }
        var magnitude = value.magnitude
        let start = body.count
        repeat {
            body.append(0x30 + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        body[start...].reverse()
    }

    private mutating func addKey(_ key: String) {
        if body.count > 1 { body.append(0x2C) }
        var key = key
        key.withUTF8 { Self.appendQuoted($0, to: &body) }
        body.append(0x3A)
    }

    private mutating func addRaw(_ key: String, _ raw: String) {
        addKey(key)
        body.append(contentsOf: raw.utf8)
    }

    /// Appends `bytes` as a JSON string; non-ASCII text stays UTF-8. Runs of bytes that need no escape
    /// (most text) are copied whole; one table lookup per byte finds where a run ends.
    static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var plainStart = 0
        var index = 0
        let count = bytes.count
        let stops = Self.stops
        while index < count {
            let byte = bytes[index]
            guard stops[Int(byte)] else { index += 1; continue }
            // U+2028 and U+2029 end lines in JavaScript: escaped; other E2 sequences are plain.
            if byte == 0xE2 {
                guard index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]))
                out.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 3
                plainStart = index
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]))
            appendEscape(byte, to: &out)
            index += 1
            plainStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<count]))
        out.append(0x22)
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: out.append(contentsOf: [0x5C, 0x72])
        case 0x09: out.append(contentsOf: [0x5C, 0x74])
        default: out.append(contentsOf: String(format: "\\u%04x", byte).utf8)
        }
    }

    /// Bytes that end a plain run: control characters, `"`, `\\`, and 0xE2
    /// (the lead byte of U+2028 and U+2029).
    private static let stops: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
}
