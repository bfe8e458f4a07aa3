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
    /// Where the number ends before the value does (`_` in `wpd-comm-12_0`).
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

    /// The number in `value`, or nil where the value does not have this shape.
    func number(in value: String) -> String? {
        let allowed: (Character) -> Bool =
            characters == .digits ? { $0.isASCII && $0.isNumber } : { $0.isASCII && ($0.isNumber || $0.isLetter) }
        for prefix in prefixes {
            var number: Substring
            if inAddress {
                guard let range = value.range(of: prefix) else { continue }
                number = value[range.upperBound...].prefix(while: allowed)
            } else {
                guard value.hasPrefix(prefix) else { continue }
                number = value.dropFirst(prefix.count)
            }
            if let endsAt, let end = number.firstIndex(of: endsAt) { number = number[..<end] }
            guard !number.isEmpty, number.allSatisfy(allowed) else { return nil }
            return kept.contains(prefix) ? prefix + number : String(number)
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
