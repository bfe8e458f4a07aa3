import Foundation
import XCTest

@testable import BlogThread

final class OrderedPipelineTests: XCTestCase {
    /// Uneven items (some a hundred times the work of others) come back in input order, each once.
    func testResultsComeBackInInputOrder() {
        let costs = (0..<300).map { $0 % 37 == 0 ? 50 : $0 % 5 }
        let ledger = Ledger(costs: costs)
        var results: [Int] = []
        OrderedPipeline<Int, Int>.run(
            workers: 3, budget: 60, limit: 16,
            produce: { ledger.produce() }, work: { Self.busyWork($0, rounds: costs[$0] * 400 + 1) },
            consume: { result in
                results.append(result)
                ledger.consume()
            }, caughtUp: {})
        XCTAssertEqual(results, Array(0..<300))
    }

    /// What is fed and not yet done with stays within the cost and the count; an item over the
    /// whole budget passes alone; and items are read ahead of the one being waited for.
    func testWhatIsInFlightStaysBounded() {
        let costs = (0..<400).map { $0 == 100 ? 500 : ($0 * 7919) % 23 }
        let ledger = Ledger(costs: costs)
        var taken = 0
        OrderedPipeline<Int, Int>.run(
            workers: 2, budget: 100, limit: 8,
            produce: { ledger.produce() }, work: { Self.busyWork($0, rounds: 2_000) },
            consume: { _ in
                taken += 1
                ledger.consume()
            }, caughtUp: {})
        XCTAssertEqual(taken, 400)
        XCTAssertLessThanOrEqual(ledger.peakCost, 100)
        XCTAssertLessThanOrEqual(ledger.peakCount, 8)
        XCTAssertGreaterThan(ledger.peakCount, 2)
    }

    func testNoItems() {
        var consumed = 0
        OrderedPipeline<Int, Int>.run(
            workers: 1, budget: 10, limit: 1, produce: { nil }, work: { $0 }, consume: { _ in consumed += 1 },
            caughtUp: {})
        XCTAssertEqual(consumed, 0)
    }

    private static func busyWork(_ value: Int, rounds: Int) -> Int {
        var hash = UInt64(value)
        for _ in 0..<rounds { hash = hash &* 6_364_136_223_846_793_005 &+ 1 }
        return hash == 42 ? -1 : value
    }
}

/// Items given to the pipeline and taken back, with the most that was between them whenever a
/// new one was asked for (more than one item, for the cost: one item may exceed the budget).
private final class Ledger: @unchecked Sendable {
    private let costs: [Int]
    private let lock = NSLock()
    private var next = 0
    private var inFlight: [Int] = []
    private var peaks = (cost: 0, count: 0)

    init(costs: [Int]) { self.costs = costs }

    func produce() -> (item: Int, cost: Int)? {
        lock.withLock {
            if inFlight.count > 1 { peaks.cost = max(peaks.cost, inFlight.reduce(0, +)) }
            peaks.count = max(peaks.count, inFlight.count)
            guard next < costs.count else { return nil }
            defer { next += 1 }
            inFlight.append(costs[next])
            return (next, costs[next])
        }
    }

    func consume() {
        lock.withLock { _ = inFlight.removeFirst() }
    }

    var peakCost: Int { lock.withLock { peaks.cost } }
    var peakCount: Int { lock.withLock { peaks.count } }
}
