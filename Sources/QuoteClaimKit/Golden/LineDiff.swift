/// A unified line diff (longest common subsequence), for showing how a
/// golden file and the actual output differ. Output is capped for reading.
public enum LineDiff {
    public static func unified(expected: String, actual: String, context: Int = 2, maxLines: Int = 60) -> [String] {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let operations = diff(old, new)
        var out: [String] = ["--- expected", "+++ actual"]
        var index = 0
        while index < operations.count {
            guard operations[index].kind != " " else { index += 1; continue }
            let start = max(0, index - context)
            var end = index
            while end < operations.count {
                if operations[end].kind != " " { end += 1; continue }
                let run = operations[end...].prefix { $0.kind == " " }.count
                if run > context * 2 || end + run >= operations.count { break }
                end += run
            }
            let stop = min(operations.count, end + context)
            out.append("@@ line \(operations[start].oldLine + 1) @@")
            for operation in operations[start..<stop] { out.append(operation.kind + String(operation.text.prefix(240))) }
            index = stop
            if out.count > maxLines { break }
        }
        if out.count > maxLines { return Array(out.prefix(maxLines)) + ["… diff cut at \(maxLines) lines"] }
        return out
    }

    private struct Operation { let kind: String; let text: String; let oldLine: Int }

    private static func diff(_ old: [String], _ new: [String]) -> [Operation] {
        // Trim the common head and tail first: most golden diffs are small.
        var head = 0
        while head < old.count && head < new.count && old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head && tail < new.count - head && old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let a = Array(old[head..<(old.count - tail)])
        let b = Array(new[head..<(new.count - tail)])
        var operations = (0..<head).map { Operation(kind: " ", text: old[$0], oldLine: $0) }
        if a.count * b.count > 4_000_000 {
            operations += a.enumerated().map { Operation(kind: "-", text: $1, oldLine: head + $0) }
            operations += b.map { Operation(kind: "+", text: $0, oldLine: head + a.count) }
        } else {
            var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] {
                    operations.append(Operation(kind: " ", text: a[i], oldLine: head + i)); i += 1; j += 1
                } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                    operations.append(Operation(kind: "-", text: a[i], oldLine: head + i)); i += 1
                } else {
                    operations.append(Operation(kind: "+", text: b[j], oldLine: head + i)); j += 1
                }
            }
        }
        operations += (0..<tail).map { Operation(kind: " ", text: old[old.count - tail + $0], oldLine: old.count - tail + $0) }
        return operations
    }
}
