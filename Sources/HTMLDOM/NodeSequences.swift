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

extension Node {
    /// The elements below this one whose tag is one of `tags`, in document order. Read off the
    /// store's tables as numbers: the elements passed over cost a comparison each, not a node.
    package func descendants(named tags: [String]) -> [Node] {
        let names = document.store.names
        let wanted = tags.compactMap { names.existingID(of: Array($0.utf8)) }
        guard !wanted.isEmpty else { return [] }
        return document.elements(below: index) { element in wanted.contains(document.store.nameIDs[element]) }
    }

    /// The elements below this one that carry the attribute `name` in the page, in document
    /// order, found as `descendants(named:)` finds its elements.
    package func descendants(carrying name: String) -> [Node] {
        guard let nameID = document.store.names.existingID(of: Array(name.utf8)) else { return [] }
        return document.elements(below: index) { element in
            let start = Int(document.store.payloadStarts[element])
            for attribute in start..<(start + Int(document.store.payloadCounts[element])) where document.store.attributeNameIDs[attribute] == nameID {
                return true
            }
            return false
        }
    }
}

extension HTMLDocument {
    /// The elements below `root` for which `test` holds, in document order. Both builders add
    /// nodes in pre-order, and never under an element already closed, so a subtree is the run
    /// of numbers from its root up to the node that follows it.
    @inline(__always)
    fileprivate func elements(below root: Int32, where test: (Int) -> Bool) -> [Node] {
        var end = store.count
        var current = root
        while current != NodeStore.none {
            let next = store.nextSiblings[Int(current)]
            if next != NodeStore.none {
                end = Int(next)
                break
            }
            current = store.parents[Int(current)]
        }
        var found: [Node] = []
        var element = Int(root) + 1
        while element < end {
            if store.kinds[element] == .element, test(element) { found.append(Node(Int32(element), in: self)) }
            element += 1
        }
        return found
    }
}
