// TEMPORARY STUB
import Foundation
import ThreadModel
public struct MarkdownExporter: ThreadExporter {
    public init() {}
    public var fileExtension: String { "md" }
    public func export(_ thread: ExtractedThread) throws -> Data {
        var s = "# \(thread.post?.title ?? "")\n\n"
        for c in thread.comments { s += String(repeating: "  ", count: c.depth) + "- \(c.author?.name ?? ""): \(PlainTextRenderer.render(c.body))\n" }
        return Data(s.utf8)
    }
}
