import HTMLDOM
import ThreadModel

/// Cross-checks on a finished thread, reported as diagnostics.
enum ThreadChecks {
    static func diagnostics(for thread: ExtractedThread, document: HTMLDocument, countIncludesPings: Bool) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let counted = countIncludesPings ? thread.comments.count : thread.comments.filter { $0.kind == .comment }.count
        if let declared = thread.declaredCommentCount, declared != counted {
            found.append(
                Diagnostic(
                    .countMismatch,
                    "the page states \(declared) comments but \(counted) are in it"
                        + (declared > counted ? " (the rest may be on other pages or loaded by script)" : "")))
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
        return found
    }
}
