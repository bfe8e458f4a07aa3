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

    /// The number in `value`, or nil where the value does not have this shape.
    func number(in value: String) -> String? {
        for prefix in prefixes where value.hasPrefix(prefix) {
            var number = value.dropFirst(prefix.count)
            if let endsAt, let end = number.firstIndex(of: endsAt) { number = number[..<end] }
            let allowed: (Character) -> Bool =
                characters == .digits ? { $0.isASCII && $0.isNumber } : { $0.isASCII && ($0.isNumber || $0.isLetter) }
            guard !number.isEmpty, number.allSatisfy(allowed) else { return nil }
            return kept.contains(prefix) ? prefix + number : String(number)
        }
        return nil
    }

    /// The number in the node's attribute.
    func number(of node: Node) -> String? {
        node[attribute].flatMap(number(in:))
    }
}
