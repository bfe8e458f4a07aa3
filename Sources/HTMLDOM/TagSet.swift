/// Tag names tested by the numbers one document gives its names: for passes that ask several
/// tag questions of every element, where each comparison of name bytes is a loop of its own.
package struct TagSet {
    private let document: HTMLDocument
    /// The numbers of the tags the document uses; a tag it never uses matches nothing.
    private let numbers: [Int32]

    package init(_ tags: [StaticString], in document: HTMLDocument) {
        self.document = document
        numbers = tags.compactMap { tag in
            document.store.names.existingID(of: Array(UnsafeBufferPointer(start: tag.utf8Start, count: tag.utf8CodeUnitCount)))
        }
    }

    /// Whether `node` is an element of the document with one of the tags: `node.isAny(of: tags)`.
    package func contains(_ node: Node) -> Bool {
        let number = node.nameNumber
        return number >= 0 && node.document === document && numbers.contains(number)
    }
}
