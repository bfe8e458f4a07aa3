import HTMLDOM

/// How an engine writes a comment's number into an attribute: `comment-123`, `li-comment-123`,
/// `c123`, wpDiscuz's `wpd-comm-12_0`, Typepad's `comment-6a00d8…` (hex).
struct IDPattern: Sendable {
    enum Characters: Sendable {
        case digits
        /// Digits and ASCII letters (long hex asset ids).
        case alphanumerics
    }

    /// The prefixes, tried in order; the first that the value starts with decides.
    var prefixes: [String]
    var characters: Characters = .digits
    /// Where the number ends before the value does (`_` in `wpd-comm-12_0`); an ASCII character.
    var endsAt: Character?
    /// The attribute that holds it.
    var attribute: String = "id"
    /// Prefixes kept as part of the number, so that two kinds of entry never share one (Movable
    /// Type numbers trackbacks `ping-N` apart from its comments).
    var kept: [String] = []
    /// Whether the prefix may follow other text and the number end before the value does: an
    /// address's path (`about="/comment/82775#comment-82775"`).
    var inAddress = false
    /// Which element holds the attribute.
    var carrier: Carrier = .itself
    /// Other ways the same engine writes the number, tried in order where this one finds none.
    var alternatives: [IDPattern] = []

    enum Carrier: Sendable {
        /// The element itself.
        case itself
        /// The empty link just before the element (Drupal's `<a id="comment-5"></a>`).
        case anchorBefore
        /// The empty link that is the element's first child (Blogger's `<dt><a name="c5"></a>`).
        case anchorInside
    }

    /// The number in `value`, or nil where the value does not have this shape. Read as UTF-8
    /// bytes: every element of a thread with an id is asked, and the marks are all ASCII.
    func number(in value: String) -> String? {
        let bytes = value.utf8
        for prefix in prefixes {
            var number: Substring.UTF8View
            if inAddress {
                guard let range = Self.firstRange(of: prefix.utf8, in: bytes[...]) else { continue }
                number = bytes[range.upperBound...].prefix(while: allows)
            } else {
                guard bytes.starts(with: prefix.utf8) else { continue }
                number = bytes.dropFirst(prefix.utf8.count)
            }
            if let endsAt = endsAt?.asciiValue, let end = number.firstIndex(of: endsAt) { number = number[..<end] }
            guard !number.isEmpty, number.allSatisfy(allows) else { return nil }
            return kept.contains(prefix) ? prefix + Substring(number) : String(Substring(number))
        }
        return nil
    }

    private func allows(_ byte: UInt8) -> Bool {
        let isDigit = byte >= 0x30 && byte <= 0x39
        guard characters == .alphanumerics else { return isDigit }
        return isDigit || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func firstRange(of needle: String.UTF8View, in bytes: Substring.UTF8View) -> Range<String.Index>? {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            if bytes[start...].starts(with: needle) { return start..<bytes.index(start, offsetBy: needle.count) }
            start = bytes.index(after: start)
        }
        return nil
    }

    /// The number the node carries, by this pattern or one of its alternatives.
    func number(of node: Node) -> String? {
        if let number = carrierNode(of: node)?[attribute].flatMap(number(in:)) { return number }
        return alternatives.lazy.compactMap { $0.number(of: node) }.first
    }

    private func carrierNode(of node: Node) -> Node? {
        switch carrier {
        case .itself: return node
        case .anchorBefore: return node.previousElementSibling.flatMap(Self.emptyAnchor)
        case .anchorInside: return node.elementChildren.first { _ in true }.flatMap(Self.emptyAnchor)
        }
    }

    private static func emptyAnchor(_ node: Node) -> Node? {
        node.is("a") && !node.hasVisibleText ? node : nil
    }
}
