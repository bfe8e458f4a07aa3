#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where a batch's results go when they are not a file each: bytes one after another
/// (`OutputSink`), one WXR channel (`WXRSink`) or a database (`DatabaseSink`). Threads arrive
/// in input order, on one thread.
protocol ResultSink {
    /// Whether the sink writes the thread itself, so the workers need not export it.
    var takesThreads: Bool { get }
    /// Writes one thread (with its exported bytes, unless `takesThreads`); why not where refused.
    mutating func append(_ thread: ExtractedThread, data: Data?) -> ReadError?
    /// Ends the output; the error where that, or anything before it, failed.
    mutating func finish() -> ReadError?
}

extension BatchRunner {
    /// The sink for `destination`: a database or one WXR channel where the format makes one
    /// output of a batch, else the exported bytes one after another.
    func sink(for destination: Destination) -> any ResultSink {
        switch (destination, exporter) {
        case (.file(let path), is SQLiteExporter): DatabaseSink(path: path)
        case (.standardOutput, let wxr as WXRExporter), (.file, let wxr as WXRExporter):
            WXRSink(exporter: wxr, output: OutputSink(destination, allowsSeveral: true))
        default: OutputSink(destination, allowsSeveral: (exporter as? JSONExporter)?.isLines == true)
        }
    }
}
