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
