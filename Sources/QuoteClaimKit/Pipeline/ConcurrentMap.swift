import Dispatch
import Synchronization

/// Runs `body` for every index in `0..<count` on up to `workers` threads.
/// Each thread takes the next index when it is done, so one long item does
/// not hold the others back; results come back in index order. Once `stop`
/// says so, no new index is started and the ones not run stay nil.
func concurrentMap<T: Sendable>(count: Int, workers: Int, stop: @Sendable () -> Bool = { false },
                                _ body: @Sendable (_ worker: Int, _ index: Int) -> T) -> [T?] {
    let results = Mutex([T?](repeating: nil, count: count))
    let next = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { worker in
        while true {
            let index = next.withLock { value -> Int in
                defer { value += 1 }
                return value
            }
            guard index < count, !stop() else { return }
            let result = body(worker, index)
            results.withLock { $0[index] = result }
        }
    }
    return results.withLock { $0 }
}
