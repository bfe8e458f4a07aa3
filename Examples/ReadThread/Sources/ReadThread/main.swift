// Reads saved pages and prints each discussion as an indented tree; checks that the JSON it
// would archive reads back into the same thread.
//
//     swift run ReadThread ../../Fixtures/wordpress/seed-wpcom-swedish.html
import BlogThread
import Foundation

func printTree(_ nodes: [CommentNode], level: Int = 0) {
    for node in nodes {
        let comment = node.comment
        let who = comment.author?.name ?? "anonymous"
        let when = comment.published?.rfc3339 ?? comment.publishedText ?? "undated"
        let words = comment.text.split(whereSeparator: \.isWhitespace).prefix(12).joined(separator: " ")
        print(String(repeating: "  ", count: level) + "- \(who), \(when): \(words)")
        printTree(node.replies, level: level + 1)
    }
}

let files = CommandLine.arguments.dropFirst().map { URL(fileURLWithPath: $0) }
guard !files.isEmpty else {
    print("usage: ReadThread PAGE...")
    exit(2)
}

var failed = 0
for await page in ThreadReader().threads(contentsOf: files) {
    switch page.result {
    case .failure(let error):
        print("\(error)")
        failed += 1
    case .success(let thread):
        print("# \(thread.post?.title ?? page.file.lastPathComponent) (\(thread.source.platform))")
        printTree(thread.commentTree)
        let pings = thread.comments.filter { $0.kind != .comment }.count
        print("\(thread.comments.count) entries, \(thread.topLevelComments.count) top level, \(pings) pings")
        for diagnostic in thread.diagnostics { print("note: \(diagnostic.code): \(diagnostic.message)") }
        // What an archive would keep, read back with the same types.
        let json = try JSONExporter().export(thread)
        let archived = try JSONDecoder().decode(ExtractedThread.self, from: json)
        precondition(archived == thread, "the JSON did not read back into the same thread")
    }
}
exit(failed == 0 ? 0 : 1)
