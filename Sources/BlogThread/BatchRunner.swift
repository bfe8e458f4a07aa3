#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArchiveInput
import RawFileSystem

/// Runs many pages through read and export, in parallel, writing each result atomically
/// (a temporary file renamed into place), so a result already written is never lost or half
/// written, and one bad page never stops the rest.
///
/// Inputs are read in order (an archive record by record) a little ahead of the workers, each
/// worker takes the next page as soon as it is free, and results go out in input order. What is
/// read and not yet written out is bounded in bytes, so memory stays flat however many and
/// however large the inputs are.
public struct BatchRunner: Sendable {
    /// Where results go.
    public enum Destination: Sendable, Hashable {
        /// One after another on standard output (one thread per line for JSON Lines).
        case standardOutput
        /// One after another into a file, written under a temporary name and renamed at the end.
        /// Paths are bytes, which need not be UTF-8, as inputs' are.
        case file(InputPath)
        /// `DIR/<name>.<ext>` for every page (every record of an archive).
        case directory(InputPath)
    }

    /// How a batch runs.
    public struct Options: Sendable {
        /// Where results go.
        public var destination: Destination
        /// Pass over pages whose result file is already there (resuming an interrupted batch).
        public var skipExisting = false
        /// The inputs are JSON Lines of `{"url": …, "html": …}` pages.
        public var jsonLinesInput = false
        /// Join the pages of one thread (comment pages, captures) into one thread.
        public var merge = false
        /// The largest page (file, archive record, JSON line) read, in bytes; a larger one is a
        /// failure, refused before it is read where its size is known up front.
        public var maximumPageSize: Int

        /// The default `maximumPageSize`: 256 MB.
        public static let standardMaximumPageSize = PageLimit.standard

        /// Options for a batch writing to `destination`.
        public init(
            destination: Destination, skipExisting: Bool = false, jsonLinesInput: Bool = false, merge: Bool = false,
            maximumPageSize: Int = standardMaximumPageSize
        ) {
            self.destination = destination
            self.skipExisting = skipExisting
            self.jsonLinesInput = jsonLinesInput
            self.merge = merge
            self.maximumPageSize = maximumPageSize
        }
    }

    /// The format every result is written in.
    public let exporter: any ThreadExporter
    /// Reads each input.
    public let reader: ThreadReader
    /// How many pages are worked on at once.
    public let jobs: Int
    /// The bytes of pages read and not yet written out, per job: enough for the other workers
    /// to go on while one works on a large page, few enough that two large pages seldom meet.
    static let pageBytesInFlightPerJob = 4 << 20

    /// A runner writing with `exporter`, `jobs` pages at once (one per core unless told).
    public init(
        exporter: any ThreadExporter, reader: ThreadReader = ThreadReader(),
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.exporter = exporter
        self.reader = reader
        self.jobs = max(1, jobs)
    }

    /// Reads every page of `inputs` and writes its result to `options.destination`; `report`
    /// hears of each failure as it happens, `written` of each thread written, `progress` of the
    /// tallies as results go out, with the fraction of the inputs' bytes read (nil
    /// where unknown).
    public func run(
        _ inputs: [InputFiles.Input], options: Options, report: @Sendable (ReadError) -> Void,
        written: (ExtractedThread) -> Void = { _ in }, progress: (Summary, Double?) -> Void = { _, _ in }
    ) -> Summary {
        let started = Date()
        switch options.destination {
        case .directory(let folder): PartialFiles.sweep(folder, recursive: true)
        case .file(let path): PartialFiles.sweep(path.parent, recursive: false)
        case .standardOutput: break
        }
        var summary = Summary()
        summary.merged = options.merge
        let feed = StreamFeed(PageStream(inputs, jsonLines: options.jsonLinesInput, pageLimit: options.maximumPageSize))
        var sink = sink(for: options.destination)
        let exportsEach = !sink.takesThreads
        var held: [(thread: ExtractedThread, outputName: String)] = []
        var fractionDone: Double?
        OrderedPipeline.run(
            workers: jobs, budget: jobs * Self.pageBytesInFlightPerJob, limit: jobs * 32,
            produce: { feed.next() },
            work: { [self] read in
                (outcome(of: read.item, options: options, exportsEach: exportsEach), read.fractionDone)
            },
            consume: { outcome, fraction in
                emit(outcome, into: &summary, sink: &sink, held: &held, report: report, written: written)
                fractionDone = fraction
            },
            caughtUp: {
                summary.seconds = Date().timeIntervalSince(started)
                progress(summary, fractionDone)
            })
        if options.merge {
            for (thread, outputName) in ThreadMerger.merge(held) {
                emit(exported(thread, outputName: outputName, options: options, exportsEach: exportsEach),
                     into: &summary, sink: &sink, held: &held, report: report, written: written)
            }
        }
        if let error = sink.finish() {
            report(error)
            summary.failures.append(error)
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// What became of one item of the stream.
    fileprivate enum Outcome: Sendable {
        case written(ExtractedThread, Data?)
        /// Read, to be merged at the end.
        case read(ExtractedThread, outputName: String)
        case alreadyWritten
        case skipped(SkipReason)
        case failed(ReadError)
    }

    private func outcome(of item: StreamItem, options: Options, exportsEach: Bool) -> Outcome {
        switch item {
        case .skipped(let reason): return .skipped(reason)
        case .failed(let error): return .failed(error)
        case .page(let job):
            if options.skipExisting, case .directory(let folder) = options.destination, !options.merge,
                (try? FileStatus.of(outputPath(for: job.outputName, in: folder).bytes).get()) != nil
            {
                return .alreadyWritten
            }
            do throws(ReadError) {
                let thread = try reader.read(job.takePage(), file: job.file)
                return options.merge
                    ? .read(thread, outputName: job.outputName)
                    : exported(thread, outputName: job.outputName, options: options, exportsEach: exportsEach)
            } catch {
                return .failed(error)
            }
        }
    }

    /// The thread's bytes; written here already where each result is a file of its own, and not
    /// made where the sink writes the thread itself (`exportsEach` false).
    private func exported(_ thread: ExtractedThread, outputName: String, options: Options, exportsEach: Bool) -> Outcome {
        guard exportsEach else { return .written(thread, nil) }
        let data: Data
        do {
            data = try exporter.export(thread)
        } catch {
            return .failed(ReadError(file: thread.source.file, reason: "could not be exported: \(error)"))
        }
        guard case .directory(let folder) = options.destination else { return .written(thread, data) }
        do throws(ReadError) {
            try write(data, to: outputPath(for: outputName, in: folder), file: thread.source.file)
        } catch {
            return .failed(error)
        }
        return .written(thread, nil)
    }

    private func emit(
        _ outcome: Outcome, into summary: inout Summary, sink: inout any ResultSink,
        held: inout [(thread: ExtractedThread, outputName: String)],
        report: @Sendable (ReadError) -> Void, written: (ExtractedThread) -> Void
    ) {
        switch outcome {
        case .written(let thread, let data):
            if let refusal = sink.append(thread, data: data) {
                report(refusal)
                if !summary.merged { summary.pages += 1 }
                summary.failures.append(refusal)
                return
            }
            if !summary.merged { summary.pages += 1 }
            summary.add(thread)
            written(thread)
        case .read(let thread, let outputName):
            summary.pages += 1
            held.append((thread, outputName))
        case .alreadyWritten:
            summary.pages += 1
            summary.alreadyWritten += 1
        case .skipped(let reason):
            summary.skippedRecords[reason.rawValue, default: 0] += 1
        case .failed(let error):
            report(error)
            summary.pages += 1
            summary.failures.append(error)
        }
    }

    private func outputPath(for name: String, in directory: InputPath) -> InputPath {
        directory.appending(Array((name + "." + exporter.fileExtension).utf8))
    }

    private func write(_ data: Data, to path: InputPath, file: String?) throws(ReadError) {
        do {
            try FileChanges.makeFolders(path.parent.bytes).get()
            try PartialFiles.write(data, to: path)
        } catch {
            throw ReadError(file: file, reason: "could not write \(path): \(error)")
        }
    }
}

/// The pages to read, read only by the pipeline's feeding thread once the batch has started.
private final class StreamFeed: @unchecked Sendable {
    private var stream: PageStream

    init(_ stream: PageStream) { self.stream = stream }

    /// The next item with how far the inputs are read by then, and what it costs in flight: its page's bytes.
    func next() -> (item: (item: StreamItem, fractionDone: Double?), cost: Int)? {
        guard let item = stream.next() else { return nil }
        let cost = if case .page(let job) = item { job.size } else { 0 }
        return ((item, stream.fractionDone), cost)
    }
}
