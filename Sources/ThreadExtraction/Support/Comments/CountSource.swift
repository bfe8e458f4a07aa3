import HTMLDOM

/// Where a page states how many comments its thread has, as a comment-markup description names
/// it. The walker reads the sources in order; the first that gives a number is the declared count.
enum CountSource: Sendable {
    /// The first element of the page that passes the test: its count phrase, or that of the first
    /// element inside it that passes `preferring` (a tab whose label is apart from its icon).
    case element(NodeTest, preferring: NodeTest? = nil)
    /// In the sections around the first item that pass `sections` (the `nearest` ancestors only,
    /// where given), nearest first: the last element before the first item that passes `element`
    /// and holds a count phrase, outside `skipped` subtrees (the reply form, whose heading names
    /// no count). With `labelsOnly`, for markup nobody described: only a short label counts (four
    /// words at most; a long text is a title that happens to hold a number), neither a signed vote
    /// tally nor a dated byline ("23.09.22 - Saarland"), and blocks of the first item's shape (a
    /// forum's opening message and its votes) are passed over.
    case beforeFirstItem(sections: NodeTest, element: NodeTest, skipped: NodeTest, nearest: Int? = nil, labelsOnly: Bool = false)
    /// The number in `attribute` of the first element that passes `element` inside the nearest
    /// section around the first item that passes `section` (RDFa's `sioc:num_replies` of the
    /// node that holds the comments).
    case stated(attribute: String, element: NodeTest, section: NodeTest)

    /// The count this source finds on the page, given the first item's element.
    func count(in root: Node, firstItem: Node?) -> Int? {
        switch self {
        case .element(let test, let preferring):
            guard let element = root.first(test) else { return nil }
            let label = preferring.flatMap { element.first($0) } ?? element
            return CountPhrase.count(in: label.visibleText)
        case .beforeFirstItem(let sections, let element, let skipped, let nearest, let labelsOnly):
            guard let firstItem else { return nil }
            for section in firstItem.ancestors.prefix(nearest ?? .max) where sections.matches(section) {
                let count = Self.lastCount(
                    in: section, before: firstItem, element: element, skipped: skipped, labelsOnly: labelsOnly)
                if let count { return count }
            }
            return nil
        case .stated(let attribute, let element, let section):
            guard let holder = firstItem?.ancestors.first(where: section.matches) else { return nil }
            return holder.first(element)?[attribute].flatMap { Int($0) }
        }
    }

    private static func lastCount(
        in section: Node, before firstItem: Node, element: NodeTest, skipped: NodeTest, labelsOnly: Bool
    ) -> Int? {
        var count: Int?
        var walker = section.descendants.makeIterator()
        while let node = walker.next(), node != firstItem {
            if skipped.matches(node) || (labelsOnly && node.name == firstItem.name && node.classes.first == firstItem.classes.first) {
                walker.skipChildren()
                continue
            }
            guard element.matches(node) else { continue }
            let text = node.visibleText
            if labelsOnly {
                guard text.split(separator: " ").count <= 4, !text.hasPrefix("-"), !text.hasPrefix("+"),
                    DisplayedDate.parse(text) == nil, let value = CountPhrase.count(in: text)
                else { continue }
                count = value
                walker.skipChildren()
            } else if let value = CountPhrase.count(in: text) {
                count = value
            }
        }
        return count
    }
}
