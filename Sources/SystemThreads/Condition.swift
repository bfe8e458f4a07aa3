#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lock and a condition that threads holding it wait on until another announces a change.
package final class Condition: @unchecked Sendable {
    private let lock = Lock()
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    package init() {
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deallocate()
    }

    package func withLock<Value>(_ body: () throws -> Value) rethrows -> Value {
        try lock.withLock(body)
    }

    /// With the lock held: lets it go until a `broadcast`, then holds it again. A wait may also
    /// end without one, so the caller tests what it waits for in a loop.
    package func wait() {
        pthread_cond_wait(condition, lock.mutex)
    }

    /// Wakes every thread waiting.
    package func broadcast() {
        pthread_cond_broadcast(condition)
    }
}
