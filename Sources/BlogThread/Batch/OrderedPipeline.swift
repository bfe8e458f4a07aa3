import SystemThreads

/// Items worked on by several threads at once and handed back in the order they came: one
/// thread feeds them, each worker takes the next as soon as it is free, and the caller takes the
/// results in input order, so a slow item holds up only its own worker.
///
/// What has been fed and not yet taken back (queued, being worked on, or done and waiting for
/// an earlier item) is bounded by a cost, the bytes of the pages, and by a count, so memory stays
/// flat however many items pass and however uneven they are. An item costlier than the whole
/// bound still passes, alone.
final class OrderedPipeline<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    private let budget: Int
    private let limit: Int
    private let work: @Sendable (Item) -> Result
    // Everything below is guarded by `condition`.
    private let condition = Condition()
    private var queued: [Int: (item: Item, cost: Int)] = [:]
    private var done: [Int: (result: Result, cost: Int)] = [:]
    /// Items fed, taken by a worker, handed back, and done with by the caller (who is, once it
    /// comes back for more): the next index of each.
    private var fed = 0, started = 0, taken = 0, released = 0
    /// The cost of what is fed and not released, and of that, what is handed back.
    private var costInFlight = 0, costTaken = 0
    private var feeding = true
    private var threadsRunning = 0

    /// `budget`: the cost in flight at most; `limit`: the items in flight at most.
    private init(budget: Int, limit: Int, work: @escaping @Sendable (Item) -> Result) {
        self.budget = budget
        self.limit = max(1, limit)
        self.work = work
    }

    /// Works on every item `produce` gives (with its cost), until it gives nil, on `workers`
    /// threads; `consume` gets each result in input order, on the calling thread, and `caughtUp`
    /// is called each time it has had every result ready so far.
    static func run(
        workers: Int, budget: Int, limit: Int,
        produce: @escaping @Sendable () -> (item: Item, cost: Int)?, work: @escaping @Sendable (Item) -> Result,
        consume: (Result) -> Void, caughtUp: () -> Void
    ) {
        let pipeline = OrderedPipeline(budget: budget, limit: limit, work: work)
        pipeline.start(workers: max(1, workers), produce: produce)
        while let results = pipeline.takeReady() {
            results.forEach(consume)
            caughtUp()
        }
        pipeline.waitForThreads()
    }

    private func start(workers: Int, produce: @escaping @Sendable () -> (item: Item, cost: Int)?) {
        threadsRunning = workers + 1
        spawn {
            while let next = produce() { self.feed(next.item, cost: next.cost) }
            self.condition.withLock {
                self.feeding = false
                self.threadsRunning -= 1
                self.condition.broadcast()
            }
        }
        for _ in 0..<workers { spawn { self.workUntilDone() } }
    }

    /// With the main thread's stack size, which deep pages need as much on a worker.
    private func spawn(_ body: @escaping @Sendable () -> Void) {
        SystemThread.start(stackSize: 8 << 20, body)
    }

    private func feed(_ item: Item, cost: Int) {
        condition.withLock {
            while fed > released, costInFlight + cost > budget || fed - released >= limit { condition.wait() }
            queued[fed] = (item, cost)
            fed += 1
            costInFlight += cost
            condition.broadcast()
        }
    }

    private func workUntilDone() {
        while true {
            let next: (index: Int, item: Item, cost: Int)? = condition.withLock {
                while started == fed, feeding { condition.wait() }
                guard let next = queued.removeValue(forKey: started) else {
                    threadsRunning -= 1
                    condition.broadcast()
                    return nil
                }
                started += 1
                return (started - 1, next.item, next.cost)
            }
            guard let next else { return }
            let result = work(next.item)
            condition.withLock {
                done[next.index] = (result, next.cost)
                condition.broadcast()
            }
        }
    }

    /// The results ready in order from the next one on, waiting for at least one; nil once all
    /// are taken. Those handed back before are done with.
    private func takeReady() -> [Result]? {
        condition.withLock {
            costInFlight -= costTaken
            costTaken = 0
            released = taken
            condition.broadcast()
            while done[taken] == nil, feeding || taken < fed { condition.wait() }
            var results: [Result] = []
            while let next = done.removeValue(forKey: taken) {
                results.append(next.result)
                costTaken += next.cost
                taken += 1
            }
            return results.isEmpty ? nil : results
        }
    }

    private func waitForThreads() {
        condition.withLock {
            while threadsRunning > 0 { condition.wait() }
        }
    }
}
