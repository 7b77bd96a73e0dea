/// A JSON object written field by field, so that keys keep the documented
/// order and the bytes are the same on every run and platform.
public struct JSONObject {
    private var body = ""
    private var first = true

    public init() {}

    public mutating func add(_ key: String, _ value: String?) { append(key, value.map(JSONObject.quoted) ?? "null") }
    public mutating func add(_ key: String, _ value: Int?) { append(key, value.map(String.init) ?? "null") }
    public mutating func add(_ key: String, _ value: Double) { append(key, String(value)) }
    public mutating func add(_ key: String, _ values: [String]) { append(key, "[" + values.map(JSONObject.quoted).joined(separator: ",") + "]") }
    public mutating func add(_ key: String, object: JSONObject) { append(key, object.text) }

    public var text: String { "{" + body + "}" }

    private mutating func append(_ key: String, _ raw: String) {
        if !first { body += "," }
        first = false
        body += JSONObject.quoted(key) + ":" + raw
    }

    /// JSON string escaping; non-ASCII text stays UTF-8.
    public static func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
