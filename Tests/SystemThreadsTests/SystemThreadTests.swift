import XCTest
@testable import SystemThreads

final class SystemThreadTests: XCTestCase {
    /// Workers handing turns to one another through the condition: every turn is taken once, in
    /// order, and each thread runs to its end.
    func testThreadsTakeTurnsThroughTheCondition() {
        final class Turns: @unchecked Sendable {
            let condition = Condition()
            var next = 0
            var taken: [Int] = []
            var finished = 0
        }
        let turns = Turns()
        let threads = 4, rounds = 250
        for worker in 0..<threads {
            SystemThread.start {
                for round in 0..<rounds {
                    turns.condition.withLock {
                        while turns.next % threads != worker { turns.condition.wait() }
                        turns.taken.append(round * threads + worker)
                        turns.next += 1
                        turns.condition.broadcast()
                    }
                }
                turns.condition.withLock {
                    turns.finished += 1
                    turns.condition.broadcast()
                }
            }
        }
        turns.condition.withLock {
            while turns.finished < threads { turns.condition.wait() }
        }
        XCTAssertEqual(turns.taken, Array(0..<threads * rounds))
    }

    func testALockKeepsCountsWhole() {
        final class Counter: @unchecked Sendable {
            let lock = Lock()
            var value = 0
        }
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { counter.lock.withLock { counter.value += 1 } }
        }
        XCTAssertEqual(counter.value, 80_000)
    }
}
