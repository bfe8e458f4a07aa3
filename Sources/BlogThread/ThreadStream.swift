#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One page of an asynchronous batch: which file, and its thread or why it could not be read.
public struct PageReading: Sendable {
    /// The file as given.
    public let file: URL
    /// The thread, or the reason the page could not be read.
    public let result: Result<ExtractedThread, ReadError>
}

/// Saved pages read concurrently, delivered in the order given, for servers and apps that read
/// in `async` code. At most `maxConcurrentPages` pages are worked on at any time, including
/// results not yet asked for, so a slow consumer holds back the reading instead of piling up
/// threads in memory. Stopping the iteration early lets the pages already started finish and
/// starts no more.
///
/// ```swift
/// for await page in ThreadReader().threads(contentsOf: files) {
///     switch page.result {
///     case .success(let thread): print(page.file.lastPathComponent, thread.comments.count)
///     case .failure(let error): print(error)
///     }
/// }
/// ```
public struct PageReadings: AsyncSequence, Sendable {
    /// Each page's reading.
    public typealias Element = PageReading

    let reader: ThreadReader
    let files: [URL]
    let maxConcurrentPages: Int

    /// Starts reading when iteration starts.
    public func makeAsyncIterator() -> Iterator {
        Iterator(readings: self)
    }

    /// Keeps up to `maxConcurrentPages` readings running ahead of the consumer.
    public struct Iterator: AsyncIteratorProtocol {
        private let readings: PageReadings
        private var nextIndex = 0
        private var running: [Task<PageReading, Never>] = []

        init(readings: PageReadings) {
            self.readings = readings
        }

        /// The next page's reading in input order, or nil after the last.
        public mutating func next() async -> PageReading? {
            while running.count < readings.maxConcurrentPages, nextIndex < readings.files.count, !Task.isCancelled {
                let file = readings.files[nextIndex]
                let reader = readings.reader
                nextIndex += 1
                // Detached: reading is synchronous work that belongs on no caller's actor.
                running.append(
                    Task.detached {
                        PageReading(file: file, result: Result { () throws(ReadError) in try reader.read(contentsOf: file) })
                    })
            }
            guard !running.isEmpty else { return nil }
            return await running.removeFirst().value
        }
    }
}

extension ThreadReader {
    /// Reads `files` (file URLs) concurrently, delivering each page's thread or error in the order
    /// given; `maxConcurrentPages` bounds the work in flight (one per core unless told).
    public func threads(
        contentsOf files: [URL], maxConcurrentPages: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> PageReadings {
        PageReadings(reader: self, files: files, maxConcurrentPages: max(1, maxConcurrentPages))
    }
}
