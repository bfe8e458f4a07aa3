/// A node of an `HTMLDocument`'s tree: its index in the document's `NodeStore` plus a strong
/// reference to the document, so that no node outlives its tree and no object is allocated per node.
package struct Node: Hashable {
    let index: Int32
    package let document: HTMLDocument

    init(_ index: Int32, in document: HTMLDocument) {
        self.index = index
        self.document = document
    }

    package static func == (lhs: Node, rhs: Node) -> Bool { lhs.index == rhs.index && lhs.document === rhs.document }
    package func hash(into hasher: inout Hasher) { hasher.combine(index) }

    package enum Kind: Sendable {
        case element, text, comment, other
    }

    private var store: NodeStore { _read { yield document.store } }
    private var at: Int { Int(index) }

    /// An entity reference (`&e;` of an XML file's own DTD) counts as text: its declared
    /// replacement text, one level, never expanded further.
    package var kind: Kind {
        switch store.kinds[at] {
        case .element: .element
        case .text, .cdata, .entityReference: .text
        case .comment: .comment
        case .processingInstruction, .other: .other
        }
    }

    package var isElement: Bool { store.kinds[at] == .element }

    /// The tag name of an element (lower case in HTML: the parser lower-cases them), else "".
    package var name: String {
        guard isElement else { return "" }
        return String(decoding: store.names.bytes[Int(store.nameIDs[at])], as: UTF8.self)
    }

    /// The number of an element's tag name in its document: elements of one document share it
    /// exactly where they share the name. -1 for other nodes.
    package var nameNumber: Int32 { store.nameIDs[at] }

    /// Whether this is an element with the tag `tag` (lower case), compared as bytes.
    package func `is`(_ tag: StaticString) -> Bool {
        guard isElement else { return false }
        return store.names.bytes[Int(store.nameIDs[at])].equals(tag)
    }

    /// Whether this is an element whose tag name is `name`, as `self.name == name` answers it:
    /// compared as bytes, and as Strings only where either holds other than ASCII.
    package func hasName(_ name: String) -> Bool {
        guard isElement else { return false }
        let own = store.names.bytes[Int(store.nameIDs[at])]
        if own.count == name.utf8.count, own.elementsEqual(name.utf8) { return true }
        guard !own.isAllASCII || !name.utf8.isAllASCII else { return false }
        return String(decoding: own, as: UTF8.self) == name
    }

    /// Whether this is an element with any of the given tags.
    package func isAny(of tags: [StaticString]) -> Bool {
        guard isElement else { return false }
        let name = store.names.bytes[Int(store.nameIDs[at])]
        return tags.contains { name.equals($0) }
    }

    /// The line the node started on in the source, for messages (as libxml2's xmlGetLineNo gives it).
    package var line: Int { store.line(of: index) }

    // MARK: Navigation

    package var parent: Node? { node(store.parents[at]) }

    /// Only elements have children (an entity reference's replacement text is its own content).
    package var firstChild: Node? { node(store.firstChildren[at]) }
    package var nextSibling: Node? { node(store.nextSiblings[at]) }
    package var previousSibling: Node? { node(store.previousSiblings[at]) }

    package var nextElementSibling: Node? {
        var current = store.nextSiblings[at]
        while current != NodeStore.none {
            if store.kinds[Int(current)] == .element { return Node(current, in: document) }
            current = store.nextSiblings[Int(current)]
        }
        return nil
    }

    package var previousElementSibling: Node? {
        var current = store.previousSiblings[at]
        while current != NodeStore.none {
            if store.kinds[Int(current)] == .element { return Node(current, in: document) }
            current = store.previousSiblings[Int(current)]
        }
        return nil
    }

    package var children: NodeChildren { NodeChildren(first: store.firstChildren[at], document: document) }

    package var elementChildren: LazyFilterSequence<NodeChildren> { children.lazy.filter(\.isElement) }

    /// Every element below this one, in document order (pre-order), not including itself.
    package var descendants: Descendants { Descendants(root: self) }

    /// Ancestors from the parent up to `<html>`.
    package var ancestors: UnfoldSequence<Node, Node?> {
        sequence(state: self.parent) { state in
            defer { state = state?.parent }
            return state
        }
    }

    /// Whether `other` is this node or lies below it.
    package func contains(_ other: Node) -> Bool {
        guard other.document === document else { return false }
        var current = other.index
        while current != NodeStore.none {
            if current == index { return true }
            current = store.parents[Int(current)]
        }
        return false
    }

    /// The first element below this one (pre-order) that satisfies `predicate`.
    package func first(where predicate: (Node) -> Bool) -> Node? {
        descendants.first(where: predicate)
    }

    /// Every element below this one that satisfies `predicate`, without descending into matches.
    package func outermost(where predicate: (Node) -> Bool) -> [Node] {
        var found: [Node] = []
        var walker = descendants.makeIterator()
        while let node = walker.next() {
            if predicate(node) {
                found.append(node)
                walker.skipChildren()
            }
        }
        return found
    }

    private func node(_ index: Int32) -> Node? {
        index == NodeStore.none ? nil : Node(index, in: document)
    }

    // MARK: Attributes

    /// The attribute's value, or nil where it is absent. Names are lower case.
    package subscript(attribute: String) -> String? {
        guard isElement else { return nil }
        if let found = attributeIndex(named: attribute) { return String(decoding: store.bytes[store.attributeRange(found)], as: UTF8.self) }
        return hasDeclaredDefault(attribute) ? "" : nil
    }

    /// Whether an XML file's own DTD declares a default for the attribute on this element: it
    /// reads as present, as libxml2's xmlHasProp answers it (with its declaration, which holds no value).
    private func hasDeclaredDefault(_ attribute: String) -> Bool {
        guard !store.declaredDefaults.isEmpty, let attributeName = store.names.existingID(of: Array(attribute.utf8)) else { return false }
        return store.declaredDefaults.contains(NodeStore.NamePair(element: store.nameIDs[at], attribute: attributeName))
    }

    /// Whether the bytes of the attribute's value, read in place, satisfy `body`; nil where the
    /// attribute is absent. For tests of values that need no String of them. Names are lower case.
    package func attributeValue(named attribute: String, satisfies body: (ArraySlice<UInt8>) -> Bool) -> Bool? {
        guard isElement else { return nil }
        if let found = attributeIndex(named: attribute) { return body(store.bytes[store.attributeRange(found)]) }
        return hasDeclaredDefault(attribute) ? body([]) : nil
    }

    /// The element's attribute of this name, as an index into the store's attributes: names of
    /// another length are passed over without reading them.
    private func attributeIndex(named attribute: String) -> Int? {
        var wanted = attribute
        return wanted.withUTF8 { name in
            store.attribute(of: index) { id in
                let candidate = store.names.bytes[Int(id)]
                return candidate.count == name.count && candidate.withUnsafeBytes { sameBytes($0, UnsafeRawBufferPointer(name)) }
            }
        }
    }

    /// Every attribute of the element in source order.
    package var attributes: [(name: String, value: String)] {
        attributeIndices.map { attribute in
            (
                String(decoding: store.names.bytes[Int(store.attributeNameIDs[attribute])], as: UTF8.self),
                String(decoding: store.bytes[store.attributeRange(attribute)], as: UTF8.self)
            )
        }
    }

    /// The names of the element's attributes, without reading their values.
    package var attributeNames: [String] {
        attributeIndices.map { String(decoding: store.names.bytes[Int(store.attributeNameIDs[$0])], as: UTF8.self) }
    }

    /// The indices of the element's attributes in the store.
    var attributeIndices: Range<Int> {
        guard isElement else { return 0..<0 }
        let start = Int(store.payloadStarts[at])
        return start..<(start + Int(store.payloadCounts[at]))
    }

    package var id: String? {
        if let range = valueRange(ofAttributeWhere: { $0 == NameTable.idID }) {
            return String(decoding: store.bytes[range], as: UTF8.self)
        }
        return store.declaredDefaults.isEmpty ? nil : self["id"]
    }

    /// `attributeValue(named: "id", satisfies:)`, the attribute found by its name's number: tests
    /// of ids run on most elements of a page.
    package func idValue(satisfies body: (ArraySlice<UInt8>) -> Bool) -> Bool? {
        if let range = valueRange(ofAttributeWhere: { $0 == NameTable.idID }) { return body(store.bytes[range]) }
        return store.declaredDefaults.isEmpty ? nil : attributeValue(named: "id", satisfies: body)
    }

    /// Whether the `class` attribute holds `token`, compared as bytes without building a String.
    package func hasClass(_ token: StaticString) -> Bool {
        withClassBytes { holdsToken(token.rawBytes, in: $0) } ?? false
    }

    /// Whether the `class` attribute holds any of `tokens`.
    package func hasAnyClass(_ tokens: [StaticString]) -> Bool {
        withClassBytes { bytes in tokens.contains { holdsToken($0.rawBytes, in: bytes) } } ?? false
    }

    /// Whether the `class` attribute holds any of `fragments` anywhere, ASCII case ignored
    /// (`c-comment__author-name` holds "author"); compared in place, as bytes.
    package func classContains(anyOf fragments: [StaticString]) -> Bool {
        withClassBytes { bytes in
            // Told once for all the fragments: a value without capitals is searched as it is.
            let hasCapitals = bytes.contains { $0 >= 0x41 && $0 <= 0x5A }
            return fragments.contains { firstOffset(of: $0.rawBytes, in: bytes, ignoringASCIICase: hasCapitals) != nil }
        } ?? false
    }

    /// Whether any class token starts with `prefix`.
    package func hasClass(prefix: StaticString) -> Bool {
        withClassBytes { bytes in
            containsToken(bytes) { candidate in
                candidate.count >= prefix.utf8CodeUnitCount
                    && UnsafeRawBufferPointer(rebasing: candidate.prefix(prefix.utf8CodeUnitCount)).equals(prefix)
            }
        } ?? false
    }

    /// Whether any class token ends with `suffix` (ASCII), as `String.hasSuffix` reads it: by
    /// bytes, or as a String where the token holds other characters (which may join the suffix's first).
    package func hasClass(suffix: StaticString) -> Bool {
        withClassBytes { bytes in
            containsToken(bytes) { token in
                guard !token.contains(where: { $0 >= 0x80 }) else {
                    return String(decoding: token, as: UTF8.self).hasSuffix(suffix.description)
                }
                return token.count >= suffix.utf8CodeUnitCount
                    && UnsafeRawBufferPointer(rebasing: token.suffix(suffix.utf8CodeUnitCount)).equals(suffix)
            }
        } ?? false
    }

    /// The class tokens, for the rare rule that needs to read them (e.g. `depth-3`).
    package var classes: [Substring] {
        // Split as bytes: a split of the value by Characters costs several times more.
        withClassBytes { bytes in
            var tokens: [Substring] = []
            forEachToken(bytes) { tokens.append(Substring(String(decoding: $0, as: UTF8.self))) }
            return tokens
        } ?? []
    }

    /// Whether the attribute's value holds any of `fragments`, compared as bytes, case kept.
    package func attribute(_ name: StaticString, containsAnyOf fragments: [StaticString]) -> Bool {
        withAttributeBytes(name) { value in fragments.contains { firstOffset(of: $0.rawBytes, in: value) != nil } } ?? false
    }

    /// Where the attribute's value lies in the store's text; nil where it is absent.
    func attributeValueRange(_ name: StaticString) -> Range<Int>? {
        valueRange(ofAttributeWhere: { store.names.bytes[Int($0)].equals(name) })
    }

    /// Where the value of the first attribute whose name's number satisfies `matches` lies.
    @inline(__always)
    private func valueRange(ofAttributeWhere matches: (Int32) -> Bool) -> Range<Int>? {
        guard isElement, let found = store.attribute(of: index, where: matches) else { return nil }
        return store.attributeRange(found)
    }

    /// Reads an attribute's value bytes in place; the buffer is valid only inside `body`.
    func withAttributeBytes<R>(_ name: StaticString, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard let range = attributeValueRange(name) else { return nil }
        return store.bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// Where the `class` attribute's value lies in the store's text, the attribute found by its
    /// name's number; nil where it is absent.
    var classValueRange: Range<Int>? {
        valueRange(ofAttributeWhere: { $0 == NameTable.classID })
    }

    /// `withAttributeBytes("class", body)`.
    private func withClassBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard let range = classValueRange else { return nil }
        return store.bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    // MARK: Text

    /// The node's visible text in one pass into one buffer, skipping script, style, noscript and
    /// template; whitespace is kept as in the source.
    package var text: String {
        var buffer: [UInt8] = []
        store.collectText(of: index, into: &buffer, skipInvisible: true)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// The start of `text`: where it is longer than `maxBytes` UTF-8 bytes, as many of its first
    /// bytes as end between scalars; `isWhole` where it is all of it. For tests on short texts,
    /// which need not gather all the text of a long one.
    package func textPrefix(maxBytes: Int) -> (text: String, isWhole: Bool) {
        var buffer: [UInt8] = []
        let isWhole = store.collectText(of: index, into: &buffer, skipInvisible: true, limit: maxBytes)
        if !isWhole {
            // Back to the start of a scalar: continuation bytes are 10xxxxxx.
            var end = maxBytes
            while end > 0, buffer[end] & 0xC0 == 0x80 { end -= 1 }
            buffer.removeSubrange(end...)
        }
        return (String(decoding: buffer, as: UTF8.self), isWhole)
    }

    /// Whether `text` has at most `maxBytes` UTF-8 bytes: its texts' lengths added in place, up to
    /// the first that passes the bound.
    package func textFits(inBytes maxBytes: Int) -> Bool {
        var total = 0
        return store.forEachText(of: index, skipInvisible: true) { range in
            total += range.count
            return total <= maxBytes
        }
    }

    /// Whether `test` holds for the bytes of some text the node shows (script, style, noscript and
    /// template left out), each text read in place: for questions about the text that need no
    /// String of it, such as whether it shows anything at all.
    package func containsText(where test: (ArraySlice<UInt8>) -> Bool) -> Bool {
        !store.forEachText(of: index, skipInvisible: true) { range in !test(store.bytes[range]) }
    }

    /// Whether `rawText` holds `needle`, searched as bytes: in place where the text is one
    /// node's (a script's content), with no String made of it.
    package func rawTextContains(_ needle: StaticString) -> Bool {
        let wanted = UnsafeRawBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard !wanted.isEmpty else { return true }
        var pieces = 0
        var first = 0..<0
        _ = store.forEachText(of: index, skipInvisible: false) { range in
            pieces += 1
            first = range
            return pieces < 2
        }
        switch pieces {
        case 0: return false
        case 1: return store.bytes.withUnsafeBytes { firstOffset(of: wanted, in: UnsafeRawBufferPointer(rebasing: $0[first])) != nil }
        default: return rawUTF8.withUnsafeBytes { firstOffset(of: wanted, in: $0) != nil }
        }
    }

    /// All text below the node including script and style content (for JSON-LD and the like).
    package var rawText: String { String(decoding: rawUTF8, as: UTF8.self) }

    /// `rawText` as its UTF-8 bytes, for searches of scripts that need no String.
    package var rawUTF8: [UInt8] {
        var buffer: [UInt8] = []
        store.collectText(of: index, into: &buffer, skipInvisible: false)
        return buffer
    }

    /// For a text, comment or processing instruction, its own content; for an entity
    /// reference, the entity's declared text.
    package var content: String {
        guard let range = store.contentRange(of: index) else { return "" }
        return String(decoding: store.bytes[range], as: UTF8.self)
    }
}

extension NodeStore {
    /// The byte range of a node's own content; nil for elements and nodes without content.
    func contentRange(of node: Int32) -> Range<Int>? {
        switch kinds[Int(node)] {
        case .text, .cdata, .entityReference, .comment, .processingInstruction:
            let start = Int(payloadStarts[Int(node)])
            return start..<(start + Int(payloadCounts[Int(node)]))
        case .element, .other:
            return nil
        }
    }

    func attributeRange(_ attribute: Int) -> Range<Int> {
        let start = Int(attributeStarts[attribute])
        return start..<(start + Int(attributeCounts[attribute]))
    }

    /// The element's first attribute whose name satisfies `matches`, as an index into the attribute arrays.
    func attribute(of element: Int32, where matches: (Int32) -> Bool) -> Int? {
        let start = Int(payloadStarts[Int(element)])
        for attribute in start..<(start + Int(payloadCounts[Int(element)])) where matches(attributeNameIDs[attribute]) {
            return attribute
        }
        return nil
    }

    /// Whether all the text was gathered: the walk stops once the buffer holds more than `limit` bytes.
    @discardableResult
    func collectText(of root: Int32, into buffer: inout [UInt8], skipInvisible: Bool, limit: Int = .max) -> Bool {
        forEachText(of: root, skipInvisible: skipInvisible) { range in
            buffer.append(contentsOf: bytes[range])
            return buffer.count <= limit
        }
    }

    /// Calls `body` with the byte range of each text below `root` (or of `root` itself), in
    /// document order, while it returns true; whether it was called for every text.
    @inline(__always)
    func forEachText(of root: Int32, skipInvisible: Bool, _ body: (Range<Int>) -> Bool) -> Bool {
        switch kinds[Int(root)] {
        case .text, .cdata, .entityReference:
            return body(contentRange(of: root)!)
        case .element:
            break
        case .comment, .processingInstruction, .other:
            return true
        }
        // Links, not recursion: comment trees can nest deeper than the call stack likes.
        var node = firstChildren[Int(root)]
        while node != NodeStore.none {
            switch kinds[Int(node)] {
            case .text, .cdata, .entityReference:
                if !body(contentRange(of: node)!) { return false }
            case .element:
                if !(skipInvisible && names.isInvisible[Int(nameIDs[Int(node)])]), firstChildren[Int(node)] != NodeStore.none {
                    node = firstChildren[Int(node)]
                    continue
                }
            case .comment, .processingInstruction, .other:
                break
            }
            // The next node after `node`'s subtree, inside `root`.
            while nextSiblings[Int(node)] == NodeStore.none {
                node = parents[Int(node)]
                if node == root || node == NodeStore.none { return true }
            }
            node = nextSiblings[Int(node)]
        }
        return true
    }

    /// The line as libxml2's xmlGetLineNo reads it from its tree: a node's own where it keeps one
    /// below 65535, else looked for in a child or a sibling (at most five steps), else the
    /// previous sibling's or the parent's.
    func line(of node: Int32, depth: Int = 0) -> Int {
        guard depth < 5, node != NodeStore.none else { return -1 }
        let at = Int(node)
        switch kinds[at] {
        case .element, .text, .comment, .processingInstruction:
            let own = Int(lines[at])
            var result = -1
            if own == 65535 {
                if kinds[at] == .element, firstChildren[at] != NodeStore.none {
                    result = line(of: firstChildren[at], depth: depth + 1)
                } else if nextSiblings[at] != NodeStore.none {
                    result = line(of: nextSiblings[at], depth: depth + 1)
                } else if previousSiblings[at] != NodeStore.none {
                    result = line(of: previousSiblings[at], depth: depth + 1)
                }
            }
            return result == -1 || result == 65535 ? own : result
        case .cdata, .entityReference, .other:
            let previous = previousSiblings[at]
            if previous != NodeStore.none, kinds[Int(previous)].keepsLine {
                return line(of: previous, depth: depth + 1)
            }
            let parent = parents[at]
            if parent != NodeStore.none { return line(of: parent, depth: depth + 1) }
            return -1
        }
    }
}

extension StoredKind {
    /// Whether libxml2 records a line in such a node.
    var keepsLine: Bool {
        switch self {
        case .element, .text, .comment, .processingInstruction: true
        case .cdata, .entityReference, .other: false
        }
    }
}
