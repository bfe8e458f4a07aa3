import HTMLDOM

/// Threading from containment: a comment's parent is the nearest comment element that encloses it.
enum CommentNesting {
    /// For elements in document order, the index of each one's enclosing element, or nil.
    static func parents(of elements: [Node]) -> [Int?] {
        var stack: [Int] = []
        var parents: [Int?] = []
        parents.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            while let top = stack.last, !elements[top].contains(element) { stack.removeLast() }
            parents.append(stack.last)
            stack.append(index)
        }
        return parents
    }

    /// Threading from stated depths, for themes that print replies as flat siblings with a
    /// `depth-N` class: the parent is the nearest earlier entry one level up.
    static func parents(depths: [Int]) -> [Int?] {
        var lastAtDepth: [Int: Int] = [:]
        var parents: [Int?] = []
        for (index, depth) in depths.enumerated() {
            parents.append(depth > 1 ? lastAtDepth[depth - 1] : nil)
            lastAtDepth[depth] = index
            lastAtDepth = lastAtDepth.filter { $0.key <= depth }
        }
        return parents
    }
}

extension Node {
    /// The elements below this one that belong to it rather than to a nested comment:
    /// pre-order, not descending into any element of `others`.
    func scopedDescendants(excluding others: NodeSet) -> [Node] {
        var found: [Node] = []
        var walker = descendants.makeIterator()
        while let node = walker.next() {
            if others.contains(node) {
                walker.skipChildren()
                continue
            }
            found.append(node)
        }
        return found
    }

    /// The number N in a class token `prefixN` (e.g. `depth-3`).
    func classNumber(prefix: String) -> Int? {
        for token in classes where token.hasPrefix(prefix) {
            if let value = Int(token.dropFirst(prefix.count)) { return value }
        }
        return nil
    }
}
