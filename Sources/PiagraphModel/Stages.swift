import Foundation

/// How many documents were parsed and graphs built, for a test that a command builds each
/// once (the parser and the graph builder count themselves). Counted only inside
/// `Stages.counting`, on the task that runs it: nothing is counted otherwise.
public enum Stages {
    public enum Stage: Sendable { case parse, graph }

    public final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [Stage: Int] = [:]
        public init() {}
        public subscript(stage: Stage) -> Int { lock.withLock { counts[stage, default: 0] } }
        func add(_ stage: Stage) { lock.withLock { counts[stage, default: 0] += 1 } }
    }

    @TaskLocal static var tally: Tally?

    /// Runs `body`, counting the stages built in it.
    public static func counting<T>(_ body: () throws -> T) rethrows -> (T, Tally) {
        let tally = Tally()
        let result = try $tally.withValue(tally) { try body() }
        return (result, tally)
    }

    public static func count(_ stage: Stage) { tally?.add(stage) }
}
