/// One pass over a text range that tells which rules can match there at all,
/// for rules whose every cue is a plain set of literal words
/// (`(?<cue>branded|labelled)`): an Aho-Corasick automaton over all those
/// words. A user can add hundreds of such rules without a search each.
public struct LiteralIndex: Sendable {
    private struct Node: Sendable {
        var next: [UInt8: Int32] = [:]
        var fail: Int32 = 0
        /// Rule numbers (into `ruleIDs`) whose literal ends here, including via fail links.
        var outputs: [Int32] = []
    }

    private var nodes: [Node] = [Node()]
    /// The automaton as a DFA: `table[state * 256 + byte]` is the next state.
    private var table: [Int32] = []
    /// Per state, the rules whose literal ends there (with fail links folded in).
    private var outputs: [[Int32]] = []
    /// The rules the index covers, by number.
    public private(set) var ruleIDs: [String] = []

    public var isEmpty: Bool { ruleIDs.isEmpty }

    /// The literal words of a cue trigger's source, or nil when it is more
    /// than an alternation of plain words (classes, quantifiers, options).
    static func literals(ofTrigger source: String) -> [String]? {
        guard source.hasPrefix("(?:"), source.hasSuffix(")") else { return nil }
        var body = Substring(source.dropFirst(3).dropLast())
        if body.hasPrefix("(?:") && body.hasSuffix(")") { body = body.dropFirst(3).dropLast() }
        let words = body.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let plain = words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ($0 == " ") || ($0 == "-") }
        }
        return plain ? words : nil
    }

    /// The rule's number in the index, or nil for a rule it does not cover.
    public func slot(of rule: String) -> Int? { ruleIDs.firstIndex(of: rule) }

    /// Per slot, whether the rule's literals occur in the range; nil when
    /// the index is empty.
    public func presence(in text: UTF8Text, range: Range<Int>) -> [Bool]? {
        guard !isEmpty else { return nil }
        var present = [Bool](repeating: false, count: ruleIDs.count)
        table.withUnsafeBufferPointer { table in
            text.bytes.withUnsafeBufferPointer { bytes in
                var state = 0
                for index in range {
                    state = Int(table[state &* 256 &+ Int(bytes[index])])
                    for rule in outputs[state] { present[Int(rule)] = true }
                }
            }
        }
        return present
    }

    /// Whether the rule in `slot` can match where `present` was computed:
    /// always, for a rule the index does not cover.
    public static func allows(slot: Int?, present: [Bool]?) -> Bool {
        guard let slot, let present else { return true }
        return present[slot]
    }

    init(rules: [(id: String, literals: [String])]) {
        for (id, literals) in rules {
            let number = Int32(ruleIDs.count)
            ruleIDs.append(id)
            for literal in literals { insert(Array(literal.utf8), rule: number) }
        }
        buildFailLinks()
        buildTable()
    }

    /// Resolves every (state, byte) pair once, so matching is one array read a byte.
    private mutating func buildTable() {
        table = [Int32](repeating: 0, count: nodes.count * 256)
        var order: [Int] = [0]
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            for byte in 0..<256 {
                if let child = nodes[state].next[UInt8(byte)] {
                    table[state * 256 + byte] = child
                    order.append(Int(child))
                } else {
                    table[state * 256 + byte] = state == 0 ? 0 : table[Int(nodes[state].fail) * 256 + byte]
                }
            }
        }
        outputs = nodes.map(\.outputs)
        nodes = []
    }

    private mutating func insert(_ bytes: [UInt8], rule: Int32) {
        var state = 0
        for byte in bytes {
            if let next = nodes[state].next[byte] {
                state = Int(next)
            } else {
                nodes.append(Node())
                nodes[state].next[byte] = Int32(nodes.count - 1)
                state = nodes.count - 1
            }
        }
        if !nodes[state].outputs.contains(rule) { nodes[state].outputs.append(rule) }
    }

    private mutating func buildFailLinks() {
        var queue: [Int] = []
        for (_, child) in nodes[0].next { queue.append(Int(child)) }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (byte, child) in nodes[state].next {
                var fail = Int(nodes[state].fail)
                while fail != 0 && nodes[fail].next[byte] == nil { fail = Int(nodes[fail].fail) }
                let target = nodes[fail].next[byte].map(Int.init) ?? 0
                nodes[Int(child)].fail = Int32(target == Int(child) ? 0 : target)
                nodes[Int(child)].outputs += nodes[Int(nodes[Int(child)].fail)].outputs
                queue.append(Int(child))
            }
        }
    }

    /// The rules (by id) whose literals occur anywhere in `bytes[range]`.
    public func rulesPresent(in text: UTF8Text, range: Range<Int>) -> Set<String> {
        guard let present = presence(in: text, range: range) else { return [] }
        return Set(present.indices.filter { present[$0] }.map { ruleIDs[$0] })
    }
}
