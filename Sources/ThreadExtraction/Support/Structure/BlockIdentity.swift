import HTMLDOM

/// Ids of comment blocks: `comment_123`, `kommentar_2770530`, `data-id="696745"`, or an anchor
/// `<a name="167407">` at the top of the block.
enum BlockIdentity {
    /// The block's own number: the longest run of digits (three or more) in its id, a data id, or
    /// the id or name of an element among its first descendants.
    static func number(of block: Node) -> String? {
        let own = [block.id, block["data-id"], block["data-comment-id"], block["rel"]]
        if let number = own.lazy.compactMap({ $0.flatMap(number(in:)) }).first { return number }
        for node in block.descendants.prefix(4) {
            if let number = [node.id, node["name"]].lazy.compactMap({ $0.flatMap(number(in:)) }).first {
                return number
            }
        }
        return nil
    }

    /// The number in an id, where it is one: a hash (`…e75a545147a27d…`) holds digits but no number.
    private static func number(in value: String) -> String? {
        var run = 0
        var letters = 0
        for character in value {
            if character.isHexDigit {
                run += 1
                if character.isLetter { letters += 1 }
                if run >= 16, letters >= 3 { return nil }
            } else {
                run = 0
                letters = 0
            }
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
        guard let start = id.firstIndex(where: { $0.isASCII && $0.isNumber }),
            id[start...].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return id[..<start]
    }

    /// The id with its digits removed: `comment-` for `comment-17`, `b-comment-root` for a wrapper.
    static func idShape(of block: Node) -> String? {
        guard let id = block.id, !id.isEmpty else { return nil }
        return String(id.filter { !($0.isASCII && $0.isNumber) })
    }

    /// The longest run of three or more digits in `text`.
    static func digits(in text: String) -> String? {
        var best = Substring()
        var current = text[text.startIndex..<text.startIndex]
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isASCII, character.isNumber {
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
