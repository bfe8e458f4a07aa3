/// A position (a number from 0) for nodes of one document, as one `Int32` per node of its tree:
/// for passes that number every element of a page and look each one up again, where a
/// `[Node: Int]` hashes every question and grows by rehashing.
package struct NodePositions {
    private let document: HTMLDocument
    private var positions: [Int32]

    /// No node has a position yet.
    package init(of document: HTMLDocument) {
        self.document = document
        positions = Array(repeating: NodeStore.none, count: document.store.count)
    }

    /// The node's position; nil where it has none (always, for a node of another document).
    package subscript(node: Node) -> Int? {
        get {
            guard node.document === document else { return nil }
            let position = positions[Int(node.index)]
            return position == NodeStore.none ? nil : Int(position)
        }
        set {
            precondition(node.document === document, "a node of another document")
            positions[Int(node.index)] = newValue.map { Int32($0) } ?? NodeStore.none
        }
    }
}
