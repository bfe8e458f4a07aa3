import ArchiveInput

extension BatchRunner {
    /// What a batch did; `line` is the one line the command prints at the end.
    public struct Summary: Sendable {
        /// Pages found: files that are pages and archive records that hold one.
        public var pages = 0
        /// Threads written (fewer than pages read where `--merge` joined some).
        public var threads = 0
        /// Pages whose result was already there (`--skip-existing`).
        public var alreadyWritten = 0
        /// Comments in the threads written.
        public var comments = 0
        /// Pingbacks and trackbacks.
        public var pingbacks = 0
        /// Archive records that are not pages, by reason (`request`, `revisit`, `not HTML`, …).
        public var skippedRecords: [String: Int] = [:]
        /// What could not be read or written, in the order it failed.
        public var failures: [ReadError] = []
        /// How long the batch took.
        public var seconds: Double = 0
        /// Whether threads were merged, so threads and pages read differ.
        public var merged = false

        /// Nothing done yet.
        public init() {}

        /// Pages read into threads: every page neither failed nor already written. A failure
        /// counts as a page: an input or record that could not be read is a page lost.
        public var pagesRead: Int { pages - alreadyWritten - failures.count }

        /// `blogthread: 12 pages, 12 threads, 0 failed, 80 comments, 3 pingbacks, 4 records
        /// skipped (2 request, 1 revisit, 1 not HTML), 1.2 s, 10.0 pages/s`.
        public var line: String {
            var parts = [Self.count(pages, "page")]
            parts.append(merged ? "\(pagesRead) read into " + Self.count(threads, "thread") : Self.count(threads, "thread"))
            if alreadyWritten > 0 { parts.append("\(alreadyWritten) already written") }
            parts.append("\(failures.count) failed")
            parts.append(Self.count(comments, "comment"))
            parts.append(Self.count(pingbacks, "pingback"))
            let skipped = skippedRecords.values.reduce(0, +)
            if skipped > 0 {
                let reasons = SkipReason.allCases.compactMap { reason in
                    skippedRecords[reason.rawValue].map { "\($0) \(reason.rawValue)" }
                }
                parts.append(Self.count(skipped, "record") + " skipped (" + reasons.joined(separator: ", ") + ")")
            }
            parts.append(seconds.inTenths + " s")
            parts.append((seconds > 0 ? Double(pages) / seconds : 0).inTenths + " pages/s")
            return "blogthread: " + parts.joined(separator: ", ")
        }

        static func count(_ value: Int, _ noun: String) -> String {
            "\(value) \(noun)\(value == 1 ? "" : "s")"
        }

        mutating func add(_ thread: ExtractedThread) {
            threads += 1
            for comment in thread.comments {
                if comment.kind == .comment { comments += 1 } else { pingbacks += 1 }
            }
        }
    }
}
