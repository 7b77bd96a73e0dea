extension RandomAccessCollection {
    /// The first index whose element is no longer `isBefore`, for a
    /// collection sorted so that all such elements come first (binary
    /// search). Long documents made linear scans of offsets quadratic.
    func partitionIndex(where isBefore: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if isBefore(self[middle]) {
                low = index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}
