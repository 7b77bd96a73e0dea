/// One pass over a text range that tells which rules can match there at all,
/// and where the last match can start, for rules whose every cue contains
/// known literal text (see `RequiredLiterals`): an Aho-Corasick automaton over
/// all those literals, matched with ASCII case folded. A user can add hundreds
/// of such rules without a search each.
public struct LiteralIndex: Sendable {
    private struct Output: Sendable, Equatable {
        let rule: Int32
        let length: Int32
    }

    private struct Node: Sendable {
        var next: [UInt8: Int32] = [:]
        var fail: Int32 = 0
        /// Literals ending here, including via fail links.
        var outputs: [Output] = []
    }

    private var nodes: [Node] = [Node()]
    /// The automaton as a DFA: `table[state * 256 + byte]` is the next state.
    private var table: [Int32] = []
    /// The literals that end at each state (with fail links folded in), all
    /// in one flat list: state `s` owns `outputs[outputStarts[s]..<outputStarts[s + 1]]`.
    /// One array, not one per state, keeps reference counting out of the byte loop.
    private var outputs: [Output] = []
    private var outputStarts: [Int32] = []
    /// What the index covers, by number: a rule's pattern as `rule#n` (see `key`).
    public private(set) var keys: [String] = []

    public var isEmpty: Bool { keys.isEmpty }

    /// The entry's number in the index, or nil for one it does not cover.
    public func slot(of key: String) -> Int? { keys.firstIndex(of: key) }

    /// The key of a rule's pattern: the index covers patterns one by one.
    static func key(_ rule: String, pattern: Int) -> String { "\(rule)#\(pattern)" }

    /// The slot of each of the rule's patterns.
    public func slots(of rule: CompiledRule) -> [Int?] {
        rule.patterns.indices.map { slot(of: Self.key(rule.id, pattern: $0)) }
    }

    /// What one pass found: per slot, the offset where the last literal of
    /// that rule starts, or -1.
    public struct Hits: Sendable {
        let lastStarts: [Int]
    }

    /// What a rule's cue can be, as far as the index knows.
    public enum CueBound: Sendable, Equatable {
        /// Not covered by the index: the rule's own trigger decides.
        case unknown
        /// No literal of the rule occurs: it cannot match.
        case absent
        /// The last offset where the rule's cue can start.
        case lastStart(Int)
    }

    /// Nil when the index is empty, or when the range holds one of the two
    /// non-ASCII letters that case-insensitive PCRE2 matches to ASCII ones
    /// (K for k, ſ for s): the byte scan cannot vouch for it there.
    public func hits(in text: UTF8Text, range: Range<Int>) -> Hits? {
        hits(in: text, ranges: [range])
    }

    /// The same over several ranges (a sentence without its quotes), each
    /// scanned on its own: a literal never spans two of them.
    public func hits(in text: UTF8Text, ranges: [Range<Int>]) -> Hits? {
        guard !isEmpty else { return nil }
        var last = [Int](repeating: -1, count: keys.count)
        let sure = table.withUnsafeBufferPointer { table in
            outputs.withUnsafeBufferPointer { outputs in
                outputStarts.withUnsafeBufferPointer { starts in
                    last.withUnsafeMutableBufferPointer { last in
                        text.bytes.withUnsafeBufferPointer { bytes in
                            for range in ranges {
                                var state = 0
                                for index in range {
                                    let byte = bytes[index].asciiLowercased
                                    if byte >= 0xC5, Self.foldsToASCII(bytes, at: index, end: range.upperBound) { return false }
                                    state = Int(table[state &* 256 &+ Int(byte)])
                                    for output in outputs[Int(starts[state])..<Int(starts[state &+ 1])] {
                                        last[Int(output.rule)] = max(last[Int(output.rule)], index + 1 - Int(output.length))
                                    }
                                }
                            }
                            return true
                        }
                    }
                }
            }
        }
        return sure ? Hits(lastStarts: last) : nil
    }

    /// U+017F (C5 BF) or U+212A (E2 84 AA) at `index`.
    private static func foldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        if bytes[index] == 0xC5 { return index + 1 < end && bytes[index + 1] == 0xBF }
        return bytes[index] == 0xE2 && index + 2 < end && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xAA
    }

    /// What `hits` says of the patterns in `slots`; nil when none of them
    /// can match, which is decided without allocating (most rules, most
    /// sentences, when a user adds hundreds of rules).
    public static func cues(slots: [Int?], hits: Hits?) -> [CueBound]? {
        guard let hits else { return [] }
        if !slots.isEmpty && slots.allSatisfy({ $0.map { hits.lastStarts[$0] < 0 } ?? false }) { return nil }
        return slots.map { slot in
            guard let slot else { return .unknown }
            let start = hits.lastStarts[slot]
            return start < 0 ? .absent : .lastStart(start)
        }
    }

    /// The keys whose literals occur anywhere in `bytes[range]`.
    public func keysPresent(in text: UTF8Text, range: Range<Int>) -> Set<String> {
        guard let hits = hits(in: text, range: range) else { return [] }
        return Set(keys.indices.filter { hits.lastStarts[$0] >= 0 }.map { keys[$0] })
    }

    init(entries: [(key: String, literals: [String])]) {
        for (key, literals) in entries {
            let number = Int32(keys.count)
            keys.append(key)
            for literal in literals where !literal.isEmpty { insert(Array(literal.lowercased().utf8), rule: number) }
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
            // A state goes where its fail state goes, except along its own
            // children: copy that row (done earlier, breadth first), then set them.
            if state != 0 {
                let fail = Int(nodes[state].fail) * 256
                for byte in 0..<256 { table[state * 256 + byte] = table[fail + byte] }
            }
            for (byte, child) in nodes[state].next.sorted(by: { $0.key < $1.key }) {
                table[state * 256 + Int(byte)] = child
                order.append(Int(child))
            }
        }
        outputStarts = [0]
        for node in nodes {
            outputs += node.outputs
            outputStarts.append(Int32(outputs.count))
        }
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
        let output = Output(rule: rule, length: Int32(bytes.count))
        if !nodes[state].outputs.contains(output) { nodes[state].outputs.append(output) }
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

}
