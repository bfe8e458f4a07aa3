/// A set of nodes of one document, as one bit per node of its tree: for sets asked about every
/// element of a walk (is this a comment's element?), where a `Set<Node>` hashes each question
/// and holds 16 bytes and more a member, and a page's comments can be counted in hundreds of
/// thousands.
package struct NodeSet {
    private let document: HTMLDocument
    private var words: [UInt64]

    /// `nodes`, each a node of `document`'s tree.
    package init(_ nodes: some Sequence<Node>, of document: HTMLDocument) {
        self.document = document
        words = Array(repeating: 0, count: (document.store.count + 63) / 64)
        for node in nodes {
            precondition(node.document === document, "a node of another document")
            words[Int(node.index) / 64] |= 1 << UInt64(node.index % 64)
        }
    }

    /// Whether `node` is a member (never, for a node of another document).
    package func contains(_ node: Node) -> Bool {
        node.document === document && words[Int(node.index) / 64] & (1 << UInt64(node.index % 64)) != 0
    }
}
