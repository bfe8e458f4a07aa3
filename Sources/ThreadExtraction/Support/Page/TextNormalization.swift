import HTMLDOM

extension Character {
    /// `0` to `9`, told from the character's single byte: `isNumber` reads Unicode's tables.
    var isASCIIDigit: Bool {
        guard let byte = asciiValue else { return false }
        return byte >= 0x30 && byte <= 0x39
    }
}

extension Node {
    /// The text of the element's own text nodes, white space folded: what it says itself,
    /// without its children's words.
    var ownText: String {
        // Most elements hold only white space between their children: told from the bytes, with
        // no String made.
        guard children.contains(where: { $0.kind == .text && $0.hasVisibleText }) else { return "" }
        var text = ""
        for child in children where child.kind == .text { text += child.content }
        return text.collapsingWhitespace
    }
}

extension StringProtocol {
    /// `count`, read off the bytes where all are ASCII, as most texts are (a CR LF pair is one
    /// character); the standard library's count steps through grapheme clusters.
    var characterCount: Int {
        let asciiCount = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var pairs = 0
            for index in bytes.indices {
                if bytes[index] >= 0x80 { return nil }
                if bytes[index] == 0x0A, index > 0, bytes[index - 1] == 0x0D { pairs += 1 }
            }
            return bytes.count - pairs
        }
        return asciiCount.flatMap { $0 } ?? count
    }

    /// Runs of white space (including no-break spaces) folded to one space, ends trimmed:
    /// how a reader sees a name, a title or a date.
    var collapsingWhitespace: String {
        // Folded as UTF-8 bytes: appending scalar by scalar to a String costs more than the rest.
        utf8.withContiguousStorageIfAvailable(collapsedWhitespace)
            ?? Array(utf8).withUnsafeBufferPointer(collapsedWhitespace)
    }

    /// nil for text that is empty once white space is folded.
    var nonEmptyCollapsed: String? {
        let text = collapsingWhitespace
        return text.isEmpty ? nil : text
    }

}

/// The bytes (valid UTF-8) with runs of white space folded to one space, ends trimmed.
private func collapsedWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { out in
        var count = 0
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let space = foldableSpaceLength(bytes, at: index)
            if space > 0 {
                pendingSpace = count > 0
                index += space
                continue
            }
            if pendingSpace {
                out[count] = 0x20
                count += 1
                pendingSpace = false
            }
            out[count] = bytes[index]
            count += 1
            index += 1
        }
        return count
    }
}

/// The length of the UTF-8 sequence at `index` where it is white space as HTML text shows it, or
/// one of the invisible spaces pages sprinkle in (no-break, ideographic, zero-width, BOM); else 0.
/// Checked without Unicode property tables, which cost more than the rest of the folding.
private func foldableSpaceLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int where Bytes.Index == Int {
    let byte = bytes[index]
    switch byte {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return 1
    case 0xC2, 0xE1, 0xE2, 0xE3, 0xEF: break
    default: return 0
    }
    guard index + 1 < bytes.endIndex else { return 0 }
    let second = bytes[index + 1]
    if byte == 0xC2 { return second == 0xA0 ? 2 : 0 }
    guard index + 2 < bytes.endIndex else { return 0 }
    let third = bytes[index + 2]
    let isSpace = switch (byte, second) {
    case (0xE1, 0x9A): third == 0x80  // U+1680
    case (0xE2, 0x80): (0x80...0x8B).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF  // U+2000–200B, 2028, 2029, 202F
    case (0xE2, 0x81): third == 0x9F  // U+205F
    case (0xE3, 0x80): third == 0x80  // U+3000
    case (0xEF, 0xBB): third == 0xBF  // U+FEFF
    default: false
    }
    return isSpace ? 3 : 0
}

extension StringProtocol {
    /// Whether some character is a number (`Character.isNumber`). Up to the first non-ASCII
    /// byte the bytes answer: an ASCII character always starts a Character of its own.
    /// Past it, a text whose every scalar is a Character of its own is read by scalars.
    var containsNumber: Bool {
        for byte in utf8 {
            if byte >= 0x80 {
                guard unicodeScalars.allSatisfy(\.standsAlone) else { return contains(where: \.isNumber) }
                return unicodeScalars.contains(where: \.readsAsNumber)
            }
            if byte >= 0x30 && byte <= 0x39 { return true }
        }
        return false
    }

    /// Whether some character is a letter (`Character.isLetter`), read as `containsNumber` is.
    var containsLetter: Bool {
        for byte in utf8 {
            if byte >= 0x80 { return contains(where: \.isLetter) }
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { return true }
        }
        return false
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is sure to be a Character alone, whatever stands beside it: none of
    /// these combines with a neighbour (no mark, joiner, selector, jamo, emoji or CR of a CR LF).
    /// Their properties are their Characters'.
    var standsAlone: Bool {
        switch value {
        case 0x0D: false
        case 0...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E,
            0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
            0xFF01...0xFF5E, 0xFF61...0xFF9D:
            true
        default: false
        }
    }

    /// The scalar lower-cased, where it is of a script whose capitals each lower-case to the
    /// scalar a fixed step on (ASCII, Latin-1, basic Cyrillic, full-width Latin) or that has no
    /// case (CJK, kana, Hangul, general punctuation); nil for others, left to the case tables.
    var lowercasedAlone: Unicode.Scalar? {
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F, 0xFF21...0xFF3A: Unicode.Scalar(value + 0x20)
        case 0x400...0x40F: Unicode.Scalar(value + 0x50)
        case 0...0xFF, 0x430...0x45F, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096,
            0x30A0...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF5E, 0xFF61...0xFF9D:
            self
        default: nil
        }
    }

    /// `Character.isNumber` of the scalar's Character, where it stands alone. The scripts most
    /// pages are written in are answered from their ranges; a property lookup costs more.
    fileprivate var readsAsNumber: Bool {
        switch value {
        case 0x30...0x39, 0xB2, 0xB3, 0xB9, 0xBC...0xBE: true
        case 0...0x2FF, 0x400...0x52F, 0x3041...0x3096, 0x30A0...0x30FF, 0xAC00...0xD7A3: false
        default: properties.numericType != nil
        }
    }
}

extension String {
    /// `lowercased()`: written scalar by scalar where every scalar lower-cases by itself
    /// (`Unicode.Scalar.lowercasedAlone`), which the case tables cost many times over.
    var quicklyLowercased: String {
        guard !utf8.isAllASCII, unicodeScalars.allSatisfy({ $0.lowercasedAlone != nil }) else { return lowercased() }
        // Each lower-cased scalar takes as many bytes as its capital.
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for scalar in unicodeScalars {
                UTF8.encode(scalar.lowercasedAlone!) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether the first and the last scalar are white space that folding takes out.
    var foldableSpaceAtEnds: (start: Bool, end: Bool) {
        var text = self
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return (false, false) }
            // The last scalar starts at the last byte that is no continuation byte (10xxxxxx).
            var last = bytes.count - 1
            while last > 0, bytes[last] & 0xC0 == 0x80 { last -= 1 }
            return (foldableSpaceLength(bytes, at: 0) > 0, foldableSpaceLength(bytes, at: last) > 0)
        }
    }

    /// Whether the text has at most `limit` characters, counting no further than that.
    func hasAtMost(_ limit: Int) -> Bool {
        utf8.count <= limit || (index(startIndex, offsetBy: limit, limitedBy: endIndex) ?? endIndex) == endIndex
    }
}

extension Node {
    /// The node's visible text as a reader sees it on one line.
    var visibleText: String { text.collapsingWhitespace }

    /// The visible text where it has at most `limit` characters, else nil; of a long text only
    /// a prefix is read, for tests that look at short texts only (a date, a name).
    func visibleText(atMost limit: Int) -> String? {
        visibleText(atMost: limit, from: textPrefix(maxBytes: Self.prefixBytes(forAtMost: limit)))
    }

    /// `trimmed(visibleText)` where it is shorter than `limit` UTF-8 bytes, else nil: for an
    /// element that may be a whole article, only a prefix is read to tell. `trimmed` may drop a
    /// start (a separator), never more.
    func visibleText(underBytes limit: Int, trimmed: (String) -> String = { $0 }) -> String? {
        // A kilobyte settles most texts in one gathering: a shorter prefix sends more of them
        // back for their whole text, a longer one copies text no test reads.
        let prefix = textPrefix(maxBytes: max(1024, limit))
        // The folded start of a text begins its folded whole, so it is never longer.
        let start = trimmed(prefix.text.collapsingWhitespace)
        guard start.utf8.count < limit else { return nil }
        let text = prefix.isWhole ? start : trimmed(visibleText)
        return text.utf8.count < limit ? text : nil
    }

    /// The bytes of text that `visibleText(atMost: limit)` gathers first.
    static func prefixBytes(forAtMost limit: Int) -> Int {
        // A prefix never has more characters than the whole text; the prefix is long enough
        // that only a text of kilobytes of white space is read twice.
        max(4096, 64 * (limit + 1))
    }

    /// `visibleText(atMost: limit)`, for a caller that has gathered the text's prefix of
    /// `prefixBytes(forAtMost: limit)` bytes for its own use as well.
    func visibleText(atMost limit: Int, from prefix: (text: String, isWhole: Bool)) -> String? {
        let start = prefix.text.collapsingWhitespace
        guard start.hasAtMost(limit) else { return nil }
        let text = prefix.isWhole ? start : visibleText
        return text.hasAtMost(limit) ? text : nil
    }

    /// Whether the element shows any text: some byte of it that folding does not take out (a
    /// space never spans two texts, each being whole UTF-8).
    var hasVisibleText: Bool {
        containsText { text in
            var index = text.startIndex
            while index < text.endIndex {
                let space = foldableSpaceLength(text, at: index)
                if space == 0 { return true }
                index += space
            }
            return false
        }
    }
}
