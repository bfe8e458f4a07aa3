import HTMLDOM

/// Ids of comment blocks: `comment_123`, `kommentar_2770530`, `data-id="696745"`, or an anchor
/// `<a name="167407">` at the top of the block.
enum BlockIdentity {
    /// The block's own number: the longest run of digits (three or more) in its id, a data id, or
    /// the id or name of an element among its first descendants.
    static func number(of block: Node) -> String? {
        // Each value is read only where the ones before it hold no number.
        if let number = block.id.flatMap(number(in:)) ?? block["data-id"].flatMap(number(in:))
            ?? block["data-comment-id"].flatMap(number(in:)) ?? block["rel"].flatMap(number(in:))
        {
            return number
        }
        for node in block.descendants.prefix(4) {
            if let number = node.id.flatMap(number(in:)) ?? node["name"].flatMap(number(in:)) { return number }
        }
        return nil
    }

    /// The number in an id, where it is one: a hash (`…e75a545147a27d…`) holds digits but no number.
    private static func number(in value: String) -> String? {
        var run = 0
        var letters = 0
        func isHash(_ isHexDigit: Bool, _ isLetter: Bool) -> Bool {
            guard isHexDigit else {
                run = 0
                letters = 0
                return false
            }
            run += 1
            if isLetter { letters += 1 }
            return run >= 16 && letters >= 3
        }
        // An ASCII value's characters are its bytes (a CR LF pair is no hex digit either way).
        if value.utf8.isAllASCII {
            for byte in value.utf8 {
                let isDigit = byte >= 0x30 && byte <= 0x39
                let isHexLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66
                if isHash(isDigit || isHexLetter, isHexLetter) { return nil }
            }
        } else {
            for character in value where isHash(character.isHexDigit, character.isLetter) { return nil }
        }
        return digits(in: value)
    }

    /// Each block's number where every block has a distinct one, else `c1`, `c2`… in order.
    static func ids(of blocks: [Node]) -> [String] {
        let numbers = blocks.compactMap(number)
        guard numbers.count == blocks.count, Set(numbers).count == numbers.count else {
            return blocks.indices.map { "c\($0 + 1)" }
        }
        return numbers
    }

    /// The prefix of an id that is a prefix and a number: `comment-` for `comment-17`, empty for
    /// `17`; nil for an id of another shape (`b-comment-root`, `c17-reply`).
    static func numberedPrefix(of id: String) -> Substring? {
        guard let start = id.firstIndex(where: { $0.isASCIIDigit }),
            id[start...].allSatisfy({ $0.isASCIIDigit })
        else { return nil }
        return id[..<start]
    }

    /// The id with its digits removed: `comment-` for `comment-17`, `b-comment-root` for a wrapper.
    static func idShape(of block: Node) -> String? {
        guard let id = block.id, !id.isEmpty else { return nil }
        return String(id.filter { !$0.isASCIIDigit })
    }

    /// The longest run of three or more digits in `text`.
    static func digits(in text: String) -> String? {
        if text.utf8.isAllASCII {
            // As bytes: the first of the longest runs of digits.
            var best = 0..<0
            var start: Int?
            for (index, byte) in text.utf8.enumerated() {
                if byte >= 0x30 && byte <= 0x39 {
                    let run = (start ?? index)..<(index + 1)
                    start = run.lowerBound
                    if run.count > best.count { best = run }
                } else {
                    start = nil
                }
            }
            return best.count >= 3 ? String(decoding: Array(text.utf8)[best], as: UTF8.self) : nil
        }
        var best = Substring()
        var current = text[text.startIndex..<text.startIndex]
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isASCIIDigit {
                current = current.isEmpty ? text[index..<next] : text[current.startIndex..<next]
                if current.count > best.count { best = current }
            } else {
                current = text[next..<next]
            }
            index = next
        }
        return best.count >= 3 ? String(best) : nil
    }
}
