import Foundation

/// Compares two JSONL outputs record by record: records are keyed by type,
/// doc and start offset, so a reviewer reads "changed class: report → denial"
/// instead of two long lines.
public enum RecordDiff {
    public static func summary(expected: String, actual: String, limit: Int = 20) -> [String] {
        let old = keyed(expected)
        let new = keyed(actual)
        var lines: [String] = []
        for key in old.order where new.records[key] == nil {
            lines.append("missing \(describe(key, old.records[key]!))")
        }
        for key in new.order where old.records[key] == nil {
            lines.append("extra   \(describe(key, new.records[key]!))")
        }
        for key in old.order {
            guard let before = old.records[key], let after = new.records[key] else { continue }
            for field in Set(before.keys).union(after.keys).sorted() where !same(before[field], after[field]) {
                var line = "changed \(key): \(field): \(show(before[field])) → \(show(after[field]))"
                if field == "class" || field == "speaker" || field == "source", let rule = after["rule"] as? String { line += " (rule \(rule))" }
                lines.append(line)
            }
        }
        if lines.count > limit { return Array(lines.prefix(limit)) + ["… \(lines.count - limit) more record changes"] }
        return lines
    }

    private static func keyed(_ text: String) -> (records: [String: [String: Any]], order: [String]) {
        var records: [String: [String: Any]] = [:]
        var order: [String] = []
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            let type = object["type"] as? String ?? "?"
            var key = "\(type) \(object["doc"] as? String ?? "")"
            // Keyed by start only, so a record whose end moved shows as changed.
            if let start = object["start"] as? Int { key += " @\(start)" }
            if type == "diagnostic" { key += " \(object["rule"] as? String ?? "")" }
            if records[key] == nil { order.append(key) }
            records[key] = object
        }
        return (records, order)
    }

    private static func describe(_ key: String, _ record: [String: Any]) -> String {
        let text = (record["text"] as? String).map { " «\($0.prefix(60))»" } ?? ""
        let detail = [record["class"], record["speaker"] ?? record["source"]].compactMap { $0 as? String }.joined(separator: ", ")
        return key + (detail.isEmpty ? "" : " (\(detail))") + text
    }

    private static func same(_ a: Any?, _ b: Any?) -> Bool { show(a) == show(b) }

    private static func show(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case let string as String: return "\"\(string.prefix(60))\""
        case let array as [Any]: return "[" + array.map { show($0) }.joined(separator: ",") + "]"
        default:
            guard let value, let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) else { return "\(value ?? "null")" }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
