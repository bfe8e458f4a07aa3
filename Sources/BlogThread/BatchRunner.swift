import Foundation

/// Runs many pages through read and export, in parallel, writing each result atomically
/// (a temporary file renamed into place), so a result already written is never lost or half
/// written, and one bad page never stops the rest.
public struct BatchRunner: Sendable {
    /// What a batch run did.
    public struct Summary: Sendable {
        /// How many inputs were given to the run.
        public var pages = 0
        /// How many results were written.
        public var written = 0
        /// Comments, pingbacks and trackbacks in the written results.
        public var comments = 0
        /// The inputs that could not be read, exported or written, in the order they failed.
        public var failures: [ReadError] = []
    }

    /// The format every result is written in.
    public let exporter: any ThreadExporter
    /// Reads each input.
    public let reader: ThreadReader
    /// How many pages are worked on at once.
    public let jobs: Int

    /// A runner writing with `exporter`, `jobs` pages at once (one per core unless told).
    public init(
        exporter: any ThreadExporter, reader: ThreadReader = ThreadReader(),
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.exporter = exporter
        self.reader = reader
        self.jobs = max(1, jobs)
    }

    /// Reads and exports one input to bytes.
    public func render(_ input: InputFiles.Input) throws(ReadError) -> (data: Data, comments: Int) {
        let thread: ExtractedThread
        switch input {
        case .standardInput:
            thread = try reader.read(data: FileHandle.standardInput.readDataToEndOfFile(), file: nil)
        case .file(let path, _):
            thread = try reader.read(contentsOf: path)
        }
        do {
            return (try exporter.export(thread), thread.comments.count)
        } catch {
            throw ReadError(file: thread.source.file, reason: "could not be exported: \(error)")
        }
    }

    /// Writes `DIR/<outputName>.<ext>` for every input; `report` hears of each failure as it happens.
    public func run(
        _ inputs: [InputFiles.Input], outputDirectory: String, report: @Sendable (ReadError) -> Void
    ) -> Summary {
        let state = SummaryState()
        // `jobs` workers, each taking the next input as it finishes one, so a slow page holds up
        // one worker rather than a share of the batch.
        DispatchQueue.concurrentPerform(iterations: min(jobs, inputs.count)) { _ in
            while let index = state.nextIndex(below: inputs.count) {
                process(inputs[index], into: outputDirectory, state: state, report: report)
            }
        }
        var summary = state.summary
        summary.pages = inputs.count
        return summary
    }

    private func process(
        _ input: InputFiles.Input, into outputDirectory: String, state: SummaryState,
        report: @Sendable (ReadError) -> Void
    ) {
        do throws(ReadError) {
            let (data, comments) = try render(input)
            let target = outputPath(for: input, in: outputDirectory)
            try write(data, to: target, naming: input)
            state.record(comments: comments)
        } catch {
            report(error)
            state.record(failure: error)
        }
    }

    private func outputPath(for input: InputFiles.Input, in directory: String) -> String {
        let name: String
        switch input {
        case .standardInput: name = "stdin"
        case .file(_, let outputName): name = outputName
        }
        return (directory as NSString).appendingPathComponent(name + "." + exporter.fileExtension)
    }

    private func write(_ data: Data, to path: String, naming input: InputFiles.Input)
        throws(ReadError)
    {
        let file: String? = if case .file(let source, _) = input { source } else { nil }
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ReadError(file: file, reason: "could not write \(path): \(InputFiles.describe(error))")
        }
    }
}

/// The batch's tallies, shared by the worker threads.
private final class SummaryState: @unchecked Sendable {
    // Guarded by `lock`.
    private var value = BatchRunner.Summary()
    private var next = 0
    private let lock = NSLock()

    func nextIndex(below count: Int) -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func record(comments: Int) {
        lock.withLock {
            value.written += 1
            value.comments += comments
        }
    }

    func record(failure: ReadError) {
        lock.withLock { value.failures.append(failure) }
    }

    var summary: BatchRunner.Summary { lock.withLock { value } }
}
