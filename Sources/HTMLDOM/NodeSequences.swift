internal import CLibXML2

/// The children of an element (or of the document), every kind, in order.
package struct NodeChildren: Sequence {
    let first: xmlNodePtr?
    let document: HTMLDocument

    package struct Iterator: IteratorProtocol {
        var upcoming: xmlNodePtr?
        let document: HTMLDocument

        package mutating func next() -> Node? {
            guard let current = upcoming else { return nil }
            upcoming = current.pointee.next
            return Node(current, in: document)
        }
    }

    package func makeIterator() -> Iterator { Iterator(upcoming: first, document: document) }
}

/// Every element below a root, pre-order, without recursion; `skipChildren()` prunes the subtree
/// of the element last returned.
package struct Descendants: Sequence {
    let root: Node

    package struct Iterator: IteratorProtocol {
        let root: xmlNodePtr
        let document: HTMLDocument
        var last: xmlNodePtr?
        var started = false
        var skipLastChildren = false

        package mutating func skipChildren() { skipLastChildren = true }

        package mutating func next() -> Node? {
            var candidate: xmlNodePtr?
            if !started {
                started = true
                candidate = treeChildren(of: root)
            } else if let last {
                candidate = skipLastChildren ? nil : treeChildren(of: last)
                if candidate == nil { candidate = following(last) }
            }
            skipLastChildren = false
            while let node = candidate {
                if node.pointee.type == XML_ELEMENT_NODE {
                    last = node
                    return Node(node, in: document)
                }
                candidate = treeChildren(of: node) ?? following(node)
            }
            last = nil
            return nil
        }

        /// The next node after `node`'s subtree, staying inside `root`.
        private func following(_ node: xmlNodePtr) -> xmlNodePtr? {
            var current = node
            while current != root {
                if let next = current.pointee.next { return next }
                guard let parent = current.pointee.parent else { return nil }
                current = parent
            }
            return nil
        }
    }

    package func makeIterator() -> Iterator {
        Iterator(root: root.pointer, document: root.document)
    }
}
