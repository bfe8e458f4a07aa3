internal import CLibXML2

/// A node of an `HTMLDocument`'s tree: the libxml2 pointer plus a strong reference to the
/// document, so that no node outlives its tree and no object is allocated per node.
package struct Node: Hashable {
    /// Valid for as long as `document` lives, which this struct guarantees.
    let pointer: xmlNodePtr
    package let document: HTMLDocument

    init(_ pointer: xmlNodePtr, in document: HTMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    package static func == (lhs: Node, rhs: Node) -> Bool { lhs.pointer == rhs.pointer }
    package func hash(into hasher: inout Hasher) { hasher.combine(pointer) }

    package enum Kind: Sendable {
        case element, text, comment, other
    }

    /// An entity reference (`&e;` of an XML file's own DTD) counts as text: its declared
    /// replacement text, one level, never expanded further.
    package var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_ENTITY_REF_NODE: .text
        case XML_COMMENT_NODE: .comment
        default: .other
        }
    }

    package var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// The lower-case tag name of an element (libxml2's HTML parser lower-cases them), else "".
    package var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// Whether this is an element with the tag `tag` (lower case), compared as bytes.
    package func `is`(_ tag: StaticString) -> Bool {
        guard isElement, let name = pointer.pointee.name else { return false }
        return bytesEqual(name, tag)
    }

    /// Whether this is an element with any of the given tags.
    package func isAny(of tags: [StaticString]) -> Bool {
        guard isElement, let name = pointer.pointee.name else { return false }
        return tags.contains { bytesEqual(name, $0) }
    }

    /// The line the node started on in the source, for messages.
    package var line: Int { Int(xmlGetLineNo(pointer)) }

    // MARK: Navigation

    package var parent: Node? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return Node(parent, in: document)
    }

    /// Only elements have children here: an entity reference's `children` is its declaration in
    /// the DTD, whose siblings lead back to the root, so walking it would never end.
    package var firstChild: Node? { treeChildren(of: pointer).map { Node($0, in: document) } }
    package var lastChild: Node? {
        guard treeChildren(of: pointer) != nil else { return nil }
        return pointer.pointee.last.map { Node($0, in: document) }
    }
    package var nextSibling: Node? { pointer.pointee.next.map { Node($0, in: document) } }
    package var previousSibling: Node? { pointer.pointee.prev.map { Node($0, in: document) } }

    package var nextElementSibling: Node? {
        var node = pointer.pointee.next
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE { return Node(current, in: document) }
            node = current.pointee.next
        }
        return nil
    }

    package var previousElementSibling: Node? {
        var node = pointer.pointee.prev
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE { return Node(current, in: document) }
            node = current.pointee.prev
        }
        return nil
    }

    package var children: NodeChildren { NodeChildren(first: treeChildren(of: pointer), document: document) }

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
        var node: xmlNodePtr? = other.pointer
        while let current = node {
            if current == pointer { return true }
            node = current.pointee.parent
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

    // MARK: Attributes

    /// The attribute's value, or nil where it is absent. Names are lower case.
    package subscript(attribute: String) -> String? {
        guard isElement else { return nil }
        // The element's own attributes, names compared as bytes (no C string made per lookup).
        var attr = pointer.pointee.properties
        while let current = attr {
            if let name = current.pointee.name, bytesEqual(name, attribute) { return attributeValue(current) }
            attr = current.pointee.next
        }
        // A default declared in the document's DTD (an XML file's own), as xmlHasProp finds it.
        guard let dtd = pointer.pointee.doc?.pointee.intSubset,
            dtd.pointee.attributes != nil || pointer.pointee.doc?.pointee.extSubset?.pointee.attributes != nil,
            let declared = xmlHasProp(pointer, attribute)
        else { return nil }
        return attributeValue(declared)
    }

    /// Every attribute of the element in source order.
    package var attributes: [(name: String, value: String)] {
        guard isElement else { return [] }
        var result: [(String, String)] = []
        var attr = pointer.pointee.properties
        while let current = attr {
            if let name = current.pointee.name {
                result.append((String(cString: name), attributeValue(current)))
            }
            attr = current.pointee.next
        }
        return result
    }

    /// The names of the element's attributes, without reading their values.
    package var attributeNames: [String] {
        guard isElement else { return [] }
        var names: [String] = []
        var attr = pointer.pointee.properties
        while let current = attr {
            if let name = current.pointee.name { names.append(String(cString: name)) }
            attr = current.pointee.next
        }
        return names
    }

    package var id: String? { self["id"] }

    /// Whether the `class` attribute holds `token`, compared as bytes without building a String.
    package func hasClass(_ token: StaticString) -> Bool {
        withAttributeBytes("class") { bytes in
            var found = false
            forEachToken(bytes) { candidate in
                if !found, candidate.elementsEqual(UnsafeRawBufferPointer(start: token.utf8Start, count: token.utf8CodeUnitCount)) {
                    found = true
                }
            }
            return found
        } ?? false
    }

    /// Whether the `class` attribute holds any of `tokens`.
    package func hasAnyClass(_ tokens: [StaticString]) -> Bool {
        withAttributeBytes("class") { bytes in
            var found = false
            forEachToken(bytes) { candidate in
                if !found {
                    found = tokens.contains {
                        candidate.elementsEqual(UnsafeRawBufferPointer(start: $0.utf8Start, count: $0.utf8CodeUnitCount))
                    }
                }
            }
            return found
        } ?? false
    }

    /// Whether the `class` attribute holds any of `fragments` anywhere, ASCII case ignored
    /// (`c-comment__author-name` holds "author"); compared in place, as bytes.
    package func classContains(anyOf fragments: [StaticString]) -> Bool {
        withAttributeBytes("class") { bytes in
            fragments.contains { fragment in
                let needle = UnsafeRawBufferPointer(start: fragment.utf8Start, count: fragment.utf8CodeUnitCount)
                guard !needle.isEmpty, needle.count <= bytes.count else { return false }
                let first = needle[0]
                for start in 0...(bytes.count - needle.count) where asciiLowercased(bytes[start]) == first {
                    var index = 1
                    while index < needle.count, asciiLowercased(bytes[start + index]) == needle[index] { index += 1 }
                    if index == needle.count { return true }
                }
                return false
            }
        } ?? false
    }

    /// Whether any class token starts with `prefix`.
    package func hasClass(prefix: StaticString) -> Bool {
        withAttributeBytes("class") { bytes in
            var found = false
            let wanted = UnsafeRawBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            forEachToken(bytes) { candidate in
                if !found, candidate.count >= wanted.count, candidate.prefix(wanted.count).elementsEqual(wanted) {
                    found = true
                }
            }
            return found
        } ?? false
    }

    /// The class tokens, for the rare rule that needs to read them (e.g. `depth-3`).
    package var classes: [Substring] {
        guard let value = self["class"] else { return [] }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
    }

    /// Reads an attribute's value bytes in place when it is a single text node (nearly always);
    /// the buffer is valid only inside `body`.
    func withAttributeBytes<R>(_ name: StaticString, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard isElement else { return nil }
        var attr = pointer.pointee.properties
        while let current = attr {
            if let attrName = current.pointee.name, bytesEqual(attrName, name) {
                let child = current.pointee.children
                if let child, child.pointee.next == nil, let content = child.pointee.content {
                    return body(UnsafeRawBufferPointer(start: content, count: Int(xmlStrlen(content))))
                }
                let value = attributeValue(current)
                return value.utf8CString.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0.dropLast())) }
            }
            attr = current.pointee.next
        }
        return nil
    }

    private func attributeValue(_ attr: xmlAttrPtr) -> String {
        let child = attr.pointee.children
        if let child, child.pointee.next == nil, let content = child.pointee.content {
            return String(cString: content)
        }
        // Rarely the value is split over several nodes; join their text.
        var buffer: [UInt8] = []
        var node = attr.pointee.children
        while let current = node {
            appendContent(current, to: &buffer)
            node = current.pointee.next
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    // MARK: Text

    /// The node's visible text in one pass into one buffer, skipping script, style, noscript and
    /// template; whitespace is kept as in the source.
    package var text: String {
        var buffer: [UInt8] = []
        collectText(into: &buffer, skipInvisible: true)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// The start of `text`: where it is longer than `maxBytes` UTF-8 bytes, as many of its first
    /// bytes as end between scalars; `isWhole` where it is all of it. For tests on short texts,
    /// which need not gather all the text of a long one.
    package func textPrefix(maxBytes: Int) -> (text: String, isWhole: Bool) {
        var buffer: [UInt8] = []
        let isWhole = collectText(into: &buffer, skipInvisible: true, limit: maxBytes)
        if !isWhole {
            // Back to the start of a scalar: continuation bytes are 10xxxxxx.
            var end = maxBytes
            while end > 0, buffer[end] & 0xC0 == 0x80 { end -= 1 }
            buffer.removeSubrange(end...)
        }
        return (String(decoding: buffer, as: UTF8.self), isWhole)
    }

    /// All text below the node including script and style content (for JSON-LD and the like).
    package var rawText: String {
        var buffer: [UInt8] = []
        collectText(into: &buffer, skipInvisible: false)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// For a text or comment node, its own content; for an entity reference, the entity's
    /// declared text.
    package var content: String {
        guard pointer.pointee.type != XML_ELEMENT_NODE, let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    /// Whether all the text was gathered: the walk stops once the buffer holds more than `limit` bytes.
    @discardableResult
    private func collectText(into buffer: inout [UInt8], skipInvisible: Bool, limit: Int = .max) -> Bool {
        if kind == .text {
            appendContent(pointer, to: &buffer)
            return buffer.count <= limit
        }
        guard pointer.pointee.type == XML_ELEMENT_NODE else { return true }
        // An explicit stack walk: comment trees can nest deeper than the call stack likes.
        var stack: [xmlNodePtr] = []
        var node = pointer.pointee.children
        while true {
            guard let current = node else {
                guard let parent = stack.popLast() else { break }
                node = parent.pointee.next
                continue
            }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_ENTITY_REF_NODE:
                appendContent(current, to: &buffer)
                if buffer.count > limit { return false }
                node = current.pointee.next
            case XML_ELEMENT_NODE:
                if skipInvisible, let name = current.pointee.name, isInvisible(name) {
                    node = current.pointee.next
                } else if let child = current.pointee.children {
                    stack.append(current)
                    node = child
                } else {
                    node = current.pointee.next
                }
            default:
                node = current.pointee.next
            }
        }
        return true
    }
}

/// The first child of an element (or of the document), nil for every other kind of node.
func treeChildren(of node: xmlNodePtr) -> xmlNodePtr? {
    switch node.pointee.type {
    case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE: node.pointee.children
    default: nil
    }
}

private func appendContent(_ node: xmlNodePtr, to buffer: inout [UInt8]) {
    guard let content = node.pointee.content else { return }
    buffer.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
}

private func isInvisible(_ name: UnsafePointer<xmlChar>) -> Bool {
    bytesEqual(name, "script") || bytesEqual(name, "style") || bytesEqual(name, "noscript")
        || bytesEqual(name, "template")
}

/// Compares a NUL-terminated libxml2 string with a static ASCII string, byte for byte.
func bytesEqual(_ name: UnsafePointer<xmlChar>, _ expected: StaticString) -> Bool {
    let count = expected.utf8CodeUnitCount
    let wanted = expected.utf8Start
    for index in 0..<count where name[index] != wanted[index] {
        return false
    }
    return name[count] == 0
}

/// Compares a NUL-terminated libxml2 string with a Swift string, byte for byte.
func bytesEqual(_ name: UnsafePointer<xmlChar>, _ expected: String) -> Bool {
    var index = 0
    for byte in expected.utf8 {
        guard name[index] == byte else { return false }
        index += 1
    }
    return name[index] == 0
}

private func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
}

/// Calls `body` with each whitespace-separated token of `bytes`.
func forEachToken(_ bytes: UnsafeRawBufferPointer, _ body: (Slice<UnsafeRawBufferPointer>) -> Void) {
    var start = -1
    for index in 0...bytes.count {
        let isSpace = index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A
            || bytes[index] == 0x0D || bytes[index] == 0x0C
        if isSpace {
            if start >= 0 { body(bytes[start..<index]) }
            start = -1
        } else if start < 0 {
            start = index
        }
    }
}
