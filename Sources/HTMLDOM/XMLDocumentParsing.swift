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
                index = firstIndex(of: closing, in: bytes, from: index + 2, limit: limit).map { $0 + closing.count } ?? limit
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

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        guard start + needle.count <= limit else { return nil }
        return (start...(limit - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

extension Node {
    /// The value of the attribute `localName` in the namespace `namespace` (a URI, as the file
    /// declares it with `xmlns:prefix`), or nil.
    package func attribute(_ localName: String, namespace: String) -> String? {
        guard isElement, let attribute = xmlHasNsProp(pointer, localName, namespace) else { return nil }
        // The value's text nodes belong to the tree, alive as long as `document`.
        var value = ""
        var node = attribute.pointee.children
        while let current = node {
            if let content = current.pointee.content { value += String(cString: content) }
            node = current.pointee.next
        }
        return value
    }
}
