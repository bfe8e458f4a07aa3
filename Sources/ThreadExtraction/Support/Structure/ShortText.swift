import HTMLDOM

/// The start of an element's visible text as the tests on short texts (a date, a name) read it,
/// known bottom-up from its children's: so that no element walks its subtree again for every
/// element above it (a chain of wrappers around one text would cost the square of its depth).
struct ShortText {
    /// The text with white space folded, where it has at most `kept` characters; nil for a longer one.
    let folded: String?
    /// Whether the unfolded text starts or ends with white space, which folds into a space
    /// between it and the text beside it.
    let startsWithSpace: Bool
    let endsWithSpace: Bool

    /// One character more than any test reads: a text joined to the one before it can count one
    /// character fewer (an emoji joiner at its start joins the emoji before it), so a text kept
    /// as longer than this is longer than the tests' limit in every element around it too.
    static let kept = 61

    static let long = ShortText(folded: nil, startsWithSpace: false, endsWithSpace: false)

    /// The folded text where it has at most `limit` (at most `kept`) characters, as
    /// `Node.visibleText(atMost:)` gives it.
    func text(atMost limit: Int) -> String? {
        guard let folded, folded.hasAtMost(limit) else { return nil }
        return folded
    }

    /// A child's part of its parent's text, read from the child itself: for the nodes the caller
    /// keeps no summary of. Scripts, styles and templates are left out of a parent's text.
    init(child node: Node) {
        if node.isAny(of: ["script", "style", "noscript", "template"]) {
            self = .empty
            return
        }
        // White space between elements, the most common child of all: read in place, as no text.
        if node.kind == .text, !node.hasVisibleText {
            let spaces = node.content.foldableSpaceAtEnds
            self.init(folded: "", startsWithSpace: spaces.start, endsWithSpace: spaces.end)
            return
        }
        // One gathering of the text's start serves both the folded text and its unfolded ends.
        let raw = node.textPrefix(maxBytes: Node.prefixBytes(forAtMost: Self.kept))
        guard let text = node.visibleText(atMost: Self.kept, from: raw) else {
            self = .long
            return
        }
        // A short text, or one of white space: its unfolded start and end are read once.
        let spaces = (raw.isWhole ? raw.text : node.text).foldableSpaceAtEnds
        self.init(folded: text, startsWithSpace: spaces.start, endsWithSpace: spaces.end)
    }

    /// No text at all: where a parent's text starts before its children's are added.
    static let empty = ShortText(folded: "", startsWithSpace: false, endsWithSpace: false)

    /// The text followed by `part`, as their parent shows them.
    mutating func append(_ part: ShortText) {
        guard var text = folded, let added = part.folded else {
            self = .long
            return
        }
        // An empty text adds nothing, not even a space.
        if added.isEmpty, !part.startsWithSpace { return }
        if text.isEmpty, !startsWithSpace {
            self = part
            return
        }
        if !added.isEmpty {
            if !text.isEmpty, endsWithSpace || part.startsWithSpace { text += " " }
            text += added
            guard text.hasAtMost(Self.kept) else {
                self = .long
                return
            }
        }
        self = ShortText(folded: text, startsWithSpace: startsWithSpace, endsWithSpace: part.endsWithSpace)
    }

    private init(folded: String?, startsWithSpace: Bool, endsWithSpace: Bool) {
        self.folded = folded
        self.startsWithSpace = startsWithSpace
        self.endsWithSpace = endsWithSpace
    }
}
