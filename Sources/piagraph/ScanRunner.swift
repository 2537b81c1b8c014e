import Foundation
import PiagraphMessages

/// Runs the work on `jobs` threads and hands the results to `deliver` in input order, from one
/// thread at a time; results that finish early wait in a buffer (at most a few per job).
final class ScanRunner: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var delivered = 0
    private var waiting: [Int: ScanWork.Result] = [:]
    private let items: [ScanInputs.Item]
    private let work: ScanWork
    private let deliver: (ScanWork.Result, ScanInputs.Item) -> Void

    init(items: [ScanInputs.Item], work: ScanWork, deliver: @escaping (ScanWork.Result, ScanInputs.Item) -> Void) {
        self.items = items
        self.work = work
        self.deliver = deliver
    }

    func run(jobs: Int) {
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, items.count))) { _ in worker() }
    }

    private func worker() {
        while true {
            lock.lock()
            guard next < items.count else {
                lock.unlock()
                return
            }
            let k = next
            next += 1
            lock.unlock()
            let result = work.run(items[k], index: k + 1)
            lock.lock()
            waiting[k] = result
            while let ready = waiting.removeValue(forKey: delivered) {
                deliver(ready, items[delivered])
                delivered += 1
            }
            lock.unlock()
        }
    }
}

/// Runs `work` for each index below `count` on up to `jobs` threads: the results in index order,
/// whatever order they finish in.
enum OrderedWork {
    /// The next index to take and the results so far, shared by the threads under the lock.
    private final class Slots<T>: @unchecked Sendable {
        let lock = NSLock()
        var next = 0
        var results: [T?]
        init(_ count: Int) { results = Array(repeating: nil, count: count) }
    }

    static func map<T>(_ count: Int, jobs: Int, _ work: @escaping @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            while true {
                slots.lock.lock()
                let k = slots.next
                slots.next += 1
                slots.lock.unlock()
                guard k < count else { return }
                let result = work(k)
                slots.lock.lock()
                slots.results[k] = result
                slots.lock.unlock()
            }
        }
        return slots.results.map { $0! }
    }
}
