#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A batch's threads as one WXR file: the channel named after the first thread's site, then one
/// item per thread, numbered on from the items before it (post ids and comment ids are unique
/// in the file, as WordPress's own exports have them). One thread gives what `WXRExporter`
/// writes for it alone.
struct WXRSink: ResultSink {
    let exporter: WXRExporter
    var output: OutputSink
    private var numbering: WXRExporter.Numbering?

    init(exporter: WXRExporter, output: OutputSink) {
        self.exporter = exporter
        self.output = output
    }

    var takesThreads: Bool { true }

    mutating func append(_ thread: ExtractedThread, data: Data?) -> ReadError? {
        var text = ""
        if numbering == nil {
            text += exporter.channelStart(for: thread)
            numbering = WXRExporter.Numbering()
        }
        text += exporter.item(for: thread, numbering: &numbering!)
        return output.append(Data(text.utf8), from: thread.source.file)
    }

    mutating func finish() -> ReadError? {
        if numbering != nil, let refusal = output.append(Data(exporter.channelEnd.utf8), from: nil) { return refusal }
        return output.finish()
    }
}
