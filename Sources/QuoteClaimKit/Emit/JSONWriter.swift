import Foundation

/// A JSON object written field by field, so that keys keep the documented
/// order and the bytes are the same on every run and platform.
public struct JSONObject {
    private var body = ""
    private var first = true

    public init() {}

    public mutating func add(_ key: String, _ value: String?) { append(key, value.map(JSONObject.quoted) ?? "null") }
    public mutating func add(_ key: String, _ value: Int?) { append(key, value.map(String.init) ?? "null") }
    public mutating func add(_ key: String, _ value: Double) { append(key, String(value)) }
    public mutating func add(flag key: String, _ value: Bool) { append(key, value ? "true" : "false") }
    public mutating func add(_ key: String, _ values: [String]) { append(key, "[" + values.map(JSONObject.quoted).joined(separator: ",") + "]") }
    public mutating func add(_ key: String, object: JSONObject) { append(key, object.text) }

    public var text: String { "{" + body + "}" }

    private mutating func append(_ key: String, _ raw: String) {
        if !first { body += "," }
        first = false
        body += JSONObject.quoted(key) + ":" + raw
    }

    /// JSON string escaping; non-ASCII text stays UTF-8. Works on bytes, and
    /// copies the string unchanged when nothing needs escaping (most text).
    public static func quoted(_ string: String) -> String {
        let plain = string.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
        } ?? false
        if plain { return "\"" + string + "\"" }
        let bytes = Array(string.utf8)
        var out: [UInt8] = [0x22]
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                // U+2028 and U+2029 end lines in JavaScript: escape them.
                out += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
