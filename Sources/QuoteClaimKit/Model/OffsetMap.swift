/// Maps offsets in the normalized text back to the original bytes.
///
/// Normalization keeps lengths wherever it can (CR becomes a space or `\n`,
/// a BOM becomes spaces), so the only edits are inserted bytes, such as the
/// space that splits `Blinkenwarned`. The map records where they are.
public struct OffsetMap: Sendable, Equatable {
    /// Normalized offsets of inserted bytes, ascending.
    public private(set) var insertions: [Int] = []

    public init(insertions: [Int] = []) { self.insertions = insertions.sorted() }

    /// The original offset for a normalized one. An offset on an inserted byte
    /// maps to the original position where the insertion was made.
    public func original(_ offset: Int) -> Int {
        var low = 0
        var high = insertions.count
        while low < high {
            let middle = (low + high) / 2
            if insertions[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return offset - low
    }

    public func original(_ range: Range<Int>) -> Range<Int> {
        let lower = original(range.lowerBound)
        return lower..<max(lower, original(range.upperBound))
    }
}
