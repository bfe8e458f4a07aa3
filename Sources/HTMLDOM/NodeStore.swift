/// What a node of the store is, as libxml2's tree would have typed it.
enum StoredKind: UInt8 {
    case element
    case text
    /// The content of `script` and `style` (libxml2's HTML parser reports it as CDATA).
    case cdata
    /// An entity reference of an XML file's own DTD: its declared text, never expanded further.
    case entityReference
    case comment
    case processingInstruction
    /// The document type declaration, and anything else that is no part of the content.
    case other
}

/// An `HTMLDocument`'s tree, held compactly: a node is an index into flat arrays (its kind, its
/// name, its links, its line, its payload), and every text, comment and attribute value lies in
/// one byte buffer. libxml2's own tree takes a heap block per element, text, attribute and
/// attribute value (about 14 times a comment-dense page); this takes about 27 bytes a node and 12
/// an attribute, plus the text itself, and walking it touches contiguous memory. Offsets into
/// `bytes` are 32-bit: a page's text is never longer than the page, which libxml2 takes below
/// 2 GB, and an XML file's copy is bounded (`maximumBytes`).
struct NodeStore {
    /// "No node": the parent of a top-level node, the sibling past the last one.
    static let none: Int32 = -1

    var kinds: [StoredKind] = []
    /// An element's name in `names`; `none` for every other node.
    var nameIDs: [Int32] = []
    var parents: [Int32] = []
    var firstChildren: [Int32] = []
    /// Only while the tree is built (`trim` lets it go): nodes are appended to their parent.
    var lastChildren: [Int32] = []
    var nextSiblings: [Int32] = []
    var previousSiblings: [Int32] = []
    /// The line as libxml2 records it in a node: 0 where it records none, 65535 from there on.
    var lines: [UInt16] = []
    /// A text, comment or processing instruction: where its content starts in `bytes`; an
    /// element: its first attribute.
    var payloadStarts: [UInt32] = []
    /// How many bytes, or how many attributes.
    var payloadCounts: [Int32] = []

    var firstTopLevel: Int32 = none
    var lastTopLevel: Int32 = none

    /// Every text, comment and attribute value, back to back (UTF-8).
    var bytes: [UInt8] = []

    var attributeNameIDs: [Int32] = []
    var attributeStarts: [UInt32] = []
    var attributeCounts: [Int32] = []
    /// The namespace (an index into `names`, the URI) of each attribute; XML files only, empty for pages.
    var attributeNamespaces: [Int32] = []

    /// Element and attribute names, and namespace URIs, each stored once.
    var names = NameTable()
    /// (element name, attribute name) pairs an XML file's DTD gives a default value: libxml2
    /// answers such an attribute as present (and empty) on every such element.
    var declaredDefaults: Set<NamePair> = []

    struct NamePair: Hashable {
        var element: Int32
        var attribute: Int32
    }

    var count: Int { kinds.count }

    /// Adds an unlinked node and returns its index.
    mutating func add(_ kind: StoredKind, name: Int32 = none, line: UInt16, start: UInt32 = 0, count: Int32 = 0) -> Int32 {
        let index = Int32(kinds.count)
        kinds.append(kind)
        nameIDs.append(name)
        parents.append(Self.none)
        firstChildren.append(Self.none)
        lastChildren.append(Self.none)
        nextSiblings.append(Self.none)
        previousSiblings.append(Self.none)
        lines.append(line)
        payloadStarts.append(start)
        payloadCounts.append(count)
        return index
    }

    /// Adds a node holding `content` (a text, a comment ...).
    mutating func add(_ kind: StoredKind, content: UnsafeBufferPointer<UInt8>, line: UInt16) -> Int32 {
        let start = UInt32(bytes.count)
        bytes.append(contentsOf: content)
        return add(kind, line: line, start: start, count: Int32(content.count))
    }

    /// Makes `node` the last child of `parent`.
    mutating func append(_ node: Int32, to parent: Int32) {
        let last = lastChildren[Int(parent)]
        parents[Int(node)] = parent
        previousSiblings[Int(node)] = last
        if last == Self.none { firstChildren[Int(parent)] = node } else { nextSiblings[Int(last)] = node }
        lastChildren[Int(parent)] = node
    }

    /// Makes `node` the last node directly under the document.
    mutating func appendTopLevel(_ node: Int32) {
        previousSiblings[Int(node)] = lastTopLevel
        if lastTopLevel == Self.none { firstTopLevel = node } else { nextSiblings[Int(lastTopLevel)] = node }
        lastTopLevel = node
    }

    /// Makes `node` the first node directly under the document.
    mutating func prependTopLevel(_ node: Int32) {
        nextSiblings[Int(node)] = firstTopLevel
        if firstTopLevel == Self.none { lastTopLevel = node } else { previousSiblings[Int(firstTopLevel)] = node }
        firstTopLevel = node
    }

    /// Appends bytes to the content of `node`, the last content stored.
    mutating func extend(_ node: Int32, with content: UnsafeBufferPointer<UInt8>) {
        let start = Int(payloadStarts[Int(node)])
        let count = Int(payloadCounts[Int(node)])
        if start + count != bytes.count {
            // Not the last content stored (never seen, but cheap to keep right): move it to the end.
            let moved = Array(bytes[start..<(start + count)])
            payloadStarts[Int(node)] = UInt32(bytes.count)
            bytes.append(contentsOf: moved)
        }
        bytes.append(contentsOf: content)
        payloadCounts[Int(node)] = Int32(count + content.count)
    }

    /// Adds an attribute to `element`, the last element given attributes.
    mutating func addAttribute(to element: Int32, name: Int32, value: UnsafeBufferPointer<UInt8>, namespace: Int32? = nil) {
        if payloadCounts[Int(element)] == 0 { payloadStarts[Int(element)] = UInt32(attributeNameIDs.count) }
        attributeNameIDs.append(name)
        attributeStarts.append(UInt32(bytes.count))
        attributeCounts.append(Int32(value.count))
        bytes.append(contentsOf: value)
        if let namespace { attributeNamespaces.append(namespace) }
        payloadCounts[Int(element)] += 1
    }

    /// Frees the room arrays keep for growth once the tree is complete, and what only building needed.
    mutating func trim() {
        lastChildren = []
        func trimmed<T>(_ array: inout [T]) {
            guard array.capacity > array.count + array.count / 16 else { return }
            array = array.withUnsafeBufferPointer { Array($0) }
        }
        trimmed(&kinds)
        trimmed(&nameIDs)
        trimmed(&parents)
        trimmed(&firstChildren)
        trimmed(&nextSiblings)
        trimmed(&previousSiblings)
        trimmed(&lines)
        trimmed(&payloadStarts)
        trimmed(&payloadCounts)
        trimmed(&bytes)
        trimmed(&attributeNameIDs)
        trimmed(&attributeStarts)
        trimmed(&attributeCounts)
        trimmed(&attributeNamespaces)
    }
}

/// Names stored once each, by their bytes.
struct NameTable {
    private(set) var bytes: [[UInt8]] = []
    /// Whether the name is one whose content is not visible text (script, style, noscript, template).
    private(set) var isInvisible: [Bool] = []
    private var ids: [[UInt8]: Int32] = [:]

    /// The numbers of the two attributes read on nearly every element, the same in every table:
    /// their lookup compares a number, not the bytes of each attribute's name.
    static var classID: Int32 { 0 }
    static var idID: Int32 { 1 }

    init() {
        _ = id(of: "class")
        _ = id(of: "id")
    }

    mutating func id(of name: UnsafeBufferPointer<UInt8>) -> Int32 {
        let key = Array(name)
        if let id = ids[key] { return id }
        let id = Int32(bytes.count)
        bytes.append(key)
        isInvisible.append(key == Array("script".utf8) || key == Array("style".utf8) || key == Array("noscript".utf8)
            || key == Array("template".utf8))
        ids[key] = id
        return id
    }

    mutating func id(of name: String) -> Int32 {
        var name = name
        return name.withUTF8 { id(of: $0) }
    }

    func existingID(of name: [UInt8]) -> Int32? { ids[name] }
}
