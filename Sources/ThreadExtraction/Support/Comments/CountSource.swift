import HTMLDOM

/// Where a page states how many comments its thread has, as a comment-markup description names
/// it. The walker reads the sources in order; the first that gives a number is the declared count.
enum CountSource: Sendable {
    /// The first element of the page that passes the test: its count phrase, or that of the first
    /// element inside it that passes `preferring` (a tab whose label is apart from its icon).
    case element(NodeTest, preferring: NodeTest? = nil)
    /// In the sections around the first item that pass `sections`, nearest first: the last element
    /// before the first item that passes `element` and holds a count phrase, outside `skipped`
    /// subtrees (the reply form, whose heading names no count).
    case beforeFirstItem(sections: NodeTest, element: NodeTest, skipped: NodeTest)
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
        case .beforeFirstItem(let sections, let element, let skipped):
            guard let firstItem else { return nil }
            for section in firstItem.ancestors where sections.matches(section) {
                if let count = Self.lastCount(in: section, before: firstItem, element: element, skipped: skipped) { return count }
            }
            return nil
        case .stated(let attribute, let element, let section):
            guard let holder = firstItem?.ancestors.first(where: section.matches) else { return nil }
            return holder.first(element)?[attribute].flatMap { Int($0) }
        }
    }

    private static func lastCount(in section: Node, before firstItem: Node, element: NodeTest, skipped: NodeTest) -> Int? {
        var count: Int?
        var walker = section.descendants.makeIterator()
        while let node = walker.next(), node != firstItem {
            if skipped.matches(node) {
                walker.skipChildren()
                continue
            }
            if element.matches(node), let value = CountPhrase.count(in: node.visibleText) { count = value }
        }
        return count
    }
}
