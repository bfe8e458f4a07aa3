/// Nodes of one document, held as their indices in its store: 4 bytes a node where an array of
/// `Node` takes 16 (each holds the document). For lists kept as long as a page is read, such as
/// the elements of every comment of a thread.
package struct NodeList: RandomAccessCollection {
    private let document: HTMLDocument
    private var members: [Int32]

    /// No node yet, of `document`'s tree.
    package init(of document: HTMLDocument) {
        self.document = document
        members = []
    }

    /// `node` alone.
    package init(_ node: Node) {
        document = node.document
        members = [node.index]
    }

    private init(of document: HTMLDocument, members: [Int32]) {
        self.document = document
        self.members = members
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { members.count }
    package subscript(position: Int) -> Node { Node(members[position], in: document) }

    /// Adds `node`, a node of the same document, at the end.
    package mutating func append(_ node: Node) {
        precondition(node.document === document, "a node of another document")
        members.append(node.index)
    }

    /// The nodes `isIncluded` keeps, in order, as a list of their own.
    package func filtered(_ isIncluded: (Node) -> Bool) -> NodeList {
        NodeList(of: document, members: members.filter { isIncluded(Node($0, in: document)) })
    }

    /// Gives back the room the list kept for growth (it grows by doubling), for a list kept long.
    package mutating func shrinkToFit() {
        guard members.capacity > members.count else { return }
        members = members.withUnsafeBufferPointer { Array($0) }
    }
}
