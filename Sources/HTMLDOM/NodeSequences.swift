/// The children of an element (or of the document), every kind, in order.
package struct NodeChildren: Sequence {
    let first: Int32
    let document: HTMLDocument

    package struct Iterator: IteratorProtocol {
        var upcoming: Int32
        let document: HTMLDocument

        package mutating func next() -> Node? {
            guard upcoming != NodeStore.none else { return nil }
            defer { upcoming = document.store.nextSiblings[Int(upcoming)] }
            return Node(upcoming, in: document)
        }
    }

    package func makeIterator() -> Iterator { Iterator(upcoming: first, document: document) }
}

/// Every element below a root, pre-order, without recursion; `skipChildren()` prunes the subtree
/// of the element last returned.
package struct Descendants: Sequence {
    let root: Node

    package struct Iterator: IteratorProtocol {
        let root: Int32
        let document: HTMLDocument
        var last: Int32 = NodeStore.none
        var started = false
        var skipLastChildren = false

        package mutating func skipChildren() { skipLastChildren = true }

        package mutating func next() -> Node? {
            if started {
                // Past the end it stays there.
                guard last != NodeStore.none else { return nil }
            }
            let first = !started
            started = true
            last = document.nextElement(after: first ? NodeStore.none : last, below: root, skippingChildren: skipLastChildren)
            skipLastChildren = false
            return last == NodeStore.none ? nil : Node(last, in: document)
        }
    }

    package func makeIterator() -> Iterator {
        Iterator(root: root.index, document: root.document)
    }
}

// On the document rather than its store: called on `document.store`, a method of the store
// copies the whole struct (a retain and a release of each of its arrays) at every step.
extension HTMLDocument {
    /// The element after `node` in pre-order inside `root` (the first below `root` for `none`),
    /// past `node`'s own subtree where `skippingChildren`; `none` at the end.
    func nextElement(after node: Int32, below root: Int32, skippingChildren: Bool) -> Int32 {
        var candidate: Int32
        if node == NodeStore.none {
            candidate = store.firstChildren[Int(root)]
        } else {
            candidate = skippingChildren ? NodeStore.none : store.firstChildren[Int(node)]
            if candidate == NodeStore.none { candidate = following(node, below: root) }
        }
        while candidate != NodeStore.none {
            if store.kinds[Int(candidate)] == .element { return candidate }
            let child = store.firstChildren[Int(candidate)]
            candidate = child != NodeStore.none ? child : following(candidate, below: root)
        }
        return NodeStore.none
    }

    /// The next node after `node`'s subtree, staying inside `root`.
    private func following(_ node: Int32, below root: Int32) -> Int32 {
        var current = node
        while current != root {
            let next = store.nextSiblings[Int(current)]
            if next != NodeStore.none { return next }
            current = store.parents[Int(current)]
            if current == NodeStore.none { return NodeStore.none }
        }
        return NodeStore.none
    }
}
