/// At most `jobs` reviews at once, at most `queue` waiting; a request beyond them is refused at
/// once (429) rather than kept waiting without end.
actor JobGate {
    private let jobs: Int
    private let queue: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(jobs: Int, queue: Int) {
        self.jobs = max(1, jobs)
        self.queue = max(0, queue)
    }

    /// Waits for a slot; false when the queue is full (nothing was taken).
    func enter() async -> Bool {
        if running < jobs {
            running += 1
            return true
        }
        guard waiting.count < queue else { return false }
        await withCheckedContinuation { waiting.append($0) }
        return true
    }

    func leave() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
