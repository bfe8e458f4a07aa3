import HTMLDOM

extension StringProtocol {
    /// Runs of white space (including no-break spaces) folded to one space, ends trimmed:
    /// how a reader sees a name, a title or a date.
    var collapsingWhitespace: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace {
                    out.unicodeScalars.append(" ")
                    pendingSpace = false
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// nil for text that is empty once white space is folded.
    var nonEmptyCollapsed: String? {
        let text = collapsingWhitespace
        return text.isEmpty ? nil : text
    }
}

extension Node {
    /// The node's visible text as a reader sees it on one line.
    var visibleText: String { text.collapsingWhitespace }
}
