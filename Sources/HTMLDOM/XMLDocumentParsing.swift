internal import CLibXML2

extension HTMLDocument {
    /// Parses `bytes` as XML (an export file rather than a page) into the same read-only tree, so
    /// the same `Node` API reads it. Element and attribute names are the local names, case kept
    /// (`createdAt`); `Node.attribute(_:namespace:)` reads a namespaced attribute such as `dsq:id`.
    ///
    /// The encoding is decided and the bytes read as UTF-8 as for HTML. The parser recovers from
    /// errors, never reaches the network, loads no external DTD and substitutes no entities.
    package convenience init(xmlBytes bytes: [UInt8], url: String? = nil) throws(HTMLParseError) {
        let decided = CharacterEncoding.decision(for: bytes, transportLabel: nil)
        try self.init(
            source: Transcoder.source(from: bytes, encoding: decided.encoding, utf8: decided.utf8), encoding: decided.encoding,
            url: url, grammar: .xml)
    }

    /// The local name of the root element when `bytes` begin with an XML declaration, so that a
    /// reader can tell an XML file (an export) from a page before parsing; nil for anything
    /// else. XHTML pages answer "html".
    package static func xmlRootElementName(of bytes: [UInt8]) -> String? {
        var index = CharacterEncoding.byteOrderMark(bytes)?.length ?? 0
        guard bytes[index...].starts(with: Array("<?xml".utf8)) else { return nil }
        let limit = min(bytes.count, CharacterEncoding.prescanLimit)
        while index < limit {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < limit else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                // A declaration, processing instruction, comment or DOCTYPE: none names the root.
                let closing: [UInt8] = bytes[index...].starts(with: Array("<!--".utf8)) ? Array("-->".utf8) : [UInt8(ascii: ">")]
                index = bytes.firstOffset(of: closing, from: index + 2, limit: limit).map { $0 + closing.count } ?? limit
                continue
            }
            var end = index + 1
            while end < limit, !isNameEnd(bytes[end]) { end += 1 }
            let name = bytes[(index + 1)..<end]
            let local = name.lastIndex(of: UInt8(ascii: ":")).map { name[($0 + 1)...] } ?? name
            return local.isEmpty ? nil : String(decoding: local, as: UTF8.self)
        }
        return nil
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "/")
    }
}

extension Node {
    /// The value of the attribute `localName` in the namespace `namespace` (a URI, as the file
    /// declares it with `xmlns:prefix`), or nil.
    package func attribute(_ localName: String, namespace: String) -> String? {
        let store = document.store
        guard isElement, !store.attributeNamespaces.isEmpty, let name = store.names.existingID(of: Array(localName.utf8)),
            let uri = store.names.existingID(of: Array(namespace.utf8))
        else { return nil }
        guard let found = attributeIndices.first(where: { store.attributeNameIDs[$0] == name && store.attributeNamespaces[$0] == uri })
        else { return nil }
        return String(decoding: store.bytes[store.attributeRange(found)], as: UTF8.self)
    }
}

extension NodeStore {
    /// A copy of libxml2's tree of an XML file: every node the tree walks see (element, text,
    /// CDATA, entity reference, comment, processing instruction, and the DTD as "other"), with
    /// names, namespaces, lines and the values as libxml2 reads them. Nil where the copy's text
    /// would pass `maximumBytes`: an entity's declared text is copied at every reference to it,
    /// so a small hostile file could otherwise ask for any amount of memory.
    init?(copying document: xmlDocPtr, maximumBytes: Int) {
        self.init()
        declaredDefaults = Self.declaredDefaults(of: document, names: &names)
        // Depth first with an explicit stack of (libxml2 node, parent in the store).
        var pending: [(xmlNodePtr, Int32)] = []
        var node = document.pointee.last
        while let current = node {
            pending.append((current, NodeStore.none))
            node = current.pointee.prev
        }
        while let (current, parent) = pending.popLast() {
            guard let copy = add(current, maximumBytes: maximumBytes) else { return nil }
            if parent == NodeStore.none { appendTopLevel(copy) } else { append(copy, to: parent) }
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            var child = current.pointee.last
            while let next = child {
                pending.append((next, copy))
                child = next.pointee.prev
            }
        }
        trim()
    }

    /// Adds one node of libxml2's tree, unlinked; nil where its text would take the store's past `maximumBytes`.
    private mutating func add(_ node: xmlNodePtr, maximumBytes: Int) -> Int32? {
        func fits(_ count: Int) -> Bool { bytes.count + count <= maximumBytes }
        let line = node.pointee.line
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let element = add(.element, name: names.id(of: Self.bytes(node.pointee.name)), line: line)
            var attribute = node.pointee.properties
            while let current = attribute {
                // A value split over several nodes (text and entity references) is joined.
                var value: [UInt8] = []
                var part = current.pointee.children
                while let piece = part {
                    value.append(contentsOf: Self.bytes(piece.pointee.content))
                    part = piece.pointee.next
                }
                guard fits(value.count) else { return nil }
                let namespace = current.pointee.ns?.pointee.href.map { names.id(of: Self.bytes($0)) } ?? NodeStore.none
                value.withUnsafeBufferPointer {
                    addAttribute(to: element, name: names.id(of: Self.bytes(current.pointee.name)), value: $0, namespace: namespace)
                }
                attribute = current.pointee.next
            }
            return element
        case XML_TEXT_NODE: return add(.text, content: node, line: line, maximumBytes: maximumBytes)
        case XML_CDATA_SECTION_NODE: return add(.cdata, content: node, line: line, maximumBytes: maximumBytes)
        // Its content is the entity's declared text; its children (the declaration) are not copied.
        case XML_ENTITY_REF_NODE: return add(.entityReference, content: node, line: line, maximumBytes: maximumBytes)
        case XML_COMMENT_NODE: return add(.comment, content: node, line: line, maximumBytes: maximumBytes)
        case XML_PI_NODE: return add(.processingInstruction, content: node, line: line, maximumBytes: maximumBytes)
        default: return add(.other, line: 0)
        }
    }

    private mutating func add(_ kind: StoredKind, content node: xmlNodePtr, line: UInt16, maximumBytes: Int) -> Int32? {
        let content = Self.bytes(node.pointee.content)
        guard bytes.count + content.count <= maximumBytes else { return nil }
        return add(kind, content: content, line: line)
    }

    /// The (element, attribute) pairs the internal DTD gives a default value, as xmlHasProp
    /// finds them (an unprefixed declaration).
    private static func declaredDefaults(of document: xmlDocPtr, names: inout NameTable) -> Set<NamePair> {
        guard let dtd = document.pointee.intSubset, dtd.pointee.attributes != nil else { return [] }
        var pairs: Set<NamePair> = []
        var node = dtd.pointee.children
        while let current = node {
            if current.pointee.type == XML_ATTRIBUTE_DECL {
                // An attribute declaration's node is an xmlAttribute.
                let declaration = UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlAttribute.self)
                if declaration.pointee.prefix == nil, declaration.pointee.defaultValue != nil,
                    let element = declaration.pointee.elem, let attribute = declaration.pointee.name
                {
                    pairs.insert(NamePair(element: names.id(of: bytes(element)), attribute: names.id(of: bytes(attribute))))
                }
            }
            node = current.pointee.next
        }
        return pairs
    }

    /// A libxml2 string's bytes (none for nil), valid while its tree lives.
    private static func bytes(_ string: UnsafePointer<xmlChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let string else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: string, count: Int(xmlStrlen(string)))
    }
}
