import HTMLDOM
import ThreadModel

/// Cross-checks on a finished thread, reported as diagnostics.
enum ThreadChecks {
    static func diagnostics(for thread: ExtractedThread, document: HTMLDocument, isCounted: (Comment) -> Bool) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Counted, not filtered: a filtered copy of a large thread's comments is its largest allocation.
        let counted = thread.comments.reduce(into: 0) { count, comment in if isCounted(comment) { count += 1 } }
        if let declared = thread.declaredCommentCount, declared != counted {
            found.append(
                Diagnostic(
                    .countMismatch,
                    "the page states \(declared) comments but \(counted) are in it"
                        + (declared > counted ? " (the rest may be on other pages or loaded by script)" : "")))
        }
        let reported = Set(thread.diagnostics.map(\.code))
        if thread.comments.isEmpty, !reported.contains(.commentsLoadedByScript),
            let widget = document.root?.first(where: isCommentWidget)
        {
            found.append(
                Diagnostic(
                    .commentsLoadedByScript,
                    "the page holds a comment widget (\(widget.name)\(widget.id.map { "#" + $0 } ?? "")) whose comments load by script and are not in this file"))
        }
        if document.encoding.evidence == .utf8OverridingDeclaration {
            found.append(
                Diagnostic(
                    .encodingOverridden,
                    "the page declares \(document.encoding.declared ?? "another encoding") but its bytes are UTF-8"))
        }
        let messages = document.messages
        if messages.count > 0 {
            let first = messages.first.first.map { " (first, line \($0.line): \($0.text))" } ?? ""
            found.append(
                Diagnostic(.markupRecovered, "the HTML parser recovered from \(messages.count) markup errors\(first)"))
        }
        if let stop = messages.stop {
            found.append(
                Diagnostic(
                    .limitReached,
                    "the parser stopped at line \(stop.line) (\(stop.text)): the rest of the page, and any post text or comment in it, is missing"))
        }
        return found
    }

    /// Third-party comment services leave an empty placeholder that their script fills.
    private static func isCommentWidget(_ node: Node) -> Bool {
        node.hasAnyClass(["fb-comments", "commento", "utterances", "giscus", "hyvor-talk-view", "remark42", "cackle_widget"])
            || ["disqus_thread", "isso-thread", "commento", "remark42", "mc-container", "vk_comments", "hypercomments_widget"]
                .contains(node.id ?? "")
    }
}
