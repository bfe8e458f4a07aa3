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

extension String {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes: for markers in attribute
    /// values and scripts, where Foundation's locale-aware search costs more than the page's parse.
    func containsBytes(_ needle: StaticString) -> Bool {
        let wanted = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = wanted.first else { return true }
        var utf8 = self
        return utf8.withUTF8 { bytes in
            guard bytes.count >= wanted.count else { return false }
            for start in 0...(bytes.count - wanted.count) where bytes[start] == first {
                if UnsafeBufferPointer(rebasing: bytes[start..<start + wanted.count]).elementsEqual(wanted) { return true }
            }
            return false
        }
    }
}
