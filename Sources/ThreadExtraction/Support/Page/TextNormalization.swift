import HTMLDOM

extension StringProtocol {
    /// Runs of white space (including no-break spaces) folded to one space, ends trimmed:
    /// how a reader sees a name, a title or a date.
    var collapsingWhitespace: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isFoldableSpace {
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

extension Unicode.Scalar {
    /// White space as HTML text shows it, plus the invisible spaces pages sprinkle in; checked
    /// without Unicode property tables, which cost more than the rest of the folding.
    var isFoldableSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
