internal import CLibXML2

/// Builds an `HTMLDocument`'s `NodeStore` from the HTML parser's SAX events, as libxml2's own
/// tree builder (`xmlSAX2StartElement`, `xmlSAX2Characters` ... in HTML mode) would have built
/// its tree: the same nodes in the same places, the same lines, and the same messages for what
/// the tree builder itself reports (an id given twice, a text past
/// the parser's limit).
///
/// libxml2 drives it through the parser context's `sax` handler, with the context as its user
/// data; a pointer to the builder sits in the context's `_private` slot, which libxml2 leaves
/// alone. A value reached through that pointer, not a class: every event changes the store, and
/// a class's stored properties are checked for overlapping access at run time on each change.
struct TreeBuilder: ~Copyable {
    private var store = NodeStore()
    private let collector: MessageCollector
    /// The elements open in the tree, as libxml2's tree builder keeps them: the last is its
    /// `ctxt->node`, where content goes; with none open, text is dropped and comments go to the top level.
    private var open: [Int32] = []
    /// Names by the parser's own string (its dictionary gives each name one address).
    private var namesByAddress = FingerprintTable<Int32>()
    /// The values of the attributes libxml2 registers as ids (every `id`, and `name` on `a`):
    /// it reports a value given twice.
    private var ids: Set<[UInt8]> = []
    private let idName: Int32
    private let nameName: Int32
    private let anchorName: Int32

    /// libxml2 holds no text node past this many bytes (XML_MAX_TEXT_LENGTH) without XML_PARSE_HUGE.
    static let maximumTextLength = 10_000_000

    /// What libxml2's node stack holds for each open element: never read, never linked.
    private let placeholder: UnsafeMutablePointer<xmlNode>

    init(collector: MessageCollector) {
        self.collector = collector
        placeholder = .allocate(capacity: 1)
        placeholder.initialize(to: xmlNode())
        placeholder.pointee.type = XML_ELEMENT_NODE
        idName = store.names.id(of: "id")
        nameName = store.names.id(of: "name")
        anchorName = store.names.id(of: "a")
    }

    deinit {
        placeholder.deallocate()
    }

    /// Routes the context's tree-building events to the builder at `builder`; the rest (the
    /// document, its DTD, errors) stay libxml2's. The builder must stay there for the parse.
    static func install(_ builder: UnsafeMutablePointer<TreeBuilder>, on context: htmlParserCtxtPtr) {
        context.pointee._private = UnsafeMutableRawPointer(builder)
        guard let sax = context.pointee.sax else { return }
        sax.pointee.startElement = { context, name, attributes in
            guard let context, let name else { return }
            TreeBuilder.of(context).pointee.startElement(context.assumingMemoryBound(to: xmlParserCtxt.self), name, attributes)
        }
        sax.pointee.endElement = { context, _ in
            guard let context else { return }
            TreeBuilder.of(context).pointee.endElement(context.assumingMemoryBound(to: xmlParserCtxt.self))
        }
        sax.pointee.characters = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            TreeBuilder.of(context).pointee.characters(
                context.assumingMemoryBound(to: xmlParserCtxt.self), UnsafeBufferPointer(start: characters, count: Int(length)),
                kind: .text)
        }
        sax.pointee.cdataBlock = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            TreeBuilder.of(context).pointee.characters(
                context.assumingMemoryBound(to: xmlParserCtxt.self), UnsafeBufferPointer(start: characters, count: Int(length)),
                kind: .cdata)
        }
        sax.pointee.comment = { context, value in
            guard let context else { return }
            TreeBuilder.of(context).pointee.addLeaf(
                .comment, context.assumingMemoryBound(to: xmlParserCtxt.self), content: value)
        }
        sax.pointee.processingInstruction = { context, _, data in
            guard let context else { return }
            TreeBuilder.of(context).pointee.addLeaf(
                .processingInstruction, context.assumingMemoryBound(to: xmlParserCtxt.self), content: data)
        }
    }

    /// After the parse: the nodes libxml2 put in its own document (the DTD, always first in an
    /// HTML document) join the top level, and the arrays give back their spare room.
    mutating func finish(_ document: xmlDocPtr) -> NodeStore {
        var node = document.pointee.last
        while let current = node {
            let other = store.add(.other, line: 0)
            store.prependTopLevel(other)
            node = current.pointee.prev
        }
        store.trim()
        return store
    }

    private static func of(_ context: UnsafeMutableRawPointer) -> UnsafeMutablePointer<TreeBuilder> {
        // `_private` holds the builder (see `install`), alive for the parse.
        let parserContext = context.assumingMemoryBound(to: xmlParserCtxt.self)
        return parserContext.pointee._private.assumingMemoryBound(to: TreeBuilder.self)
    }

    // MARK: Events

    private mutating func startElement(
        _ context: htmlParserCtxtPtr, _ fullName: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard context.pointee.myDoc != nil else { return }
        synchronize(context)
        let name = localName(context, fullName)
        // libxml2's own node stack keeps a placeholder for each open element: its nodePush
        // applies the depth limit (past it the element is dropped, and the parser stops and
        // says so), and the parser pops it itself where it drops an element without an end
        // event (a start tag it cannot find the end of).
        let parent = open.last
        guard nodePush(context, placeholder) >= 0 else { return }
        let element = store.add(.element, name: name, line: line(context))
        open.append(element)
        // In the open element, else at the top level (after the document's `</html>`).
        if let parent { store.append(element, to: parent) } else { store.appendTopLevel(element) }
        guard let attributes else { return }
        var index = 0
        while let attributeName = attributes[index] {
            let value = attributes[index + 1]
            index += 2
            let nameID = id(of: attributeName)
            // An HTML boolean attribute written bare (`<input checked>`) gets its own name as value.
            let stored = value ?? (htmlIsBooleanAttr(attributeName) != 0 ? attributeName : nil)
            let bytes = stored.map { UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))) } ?? UnsafeBufferPointer(start: nil, count: 0)
            store.addAttribute(to: element, name: nameID, value: bytes)
            // xmlIsID in an HTML document: `id`, and `name` on an `a`.
            if nameID == idName || (nameID == nameName && name == anchorName) {
                registerID(bytes, context)
            }
        }
    }

    private mutating func endElement(_ context: htmlParserCtxtPtr) {
        synchronize(context)
        _ = nodePop(context)
        _ = open.popLast()
    }

    /// Closes what the parser closed without an event (see `startElement`).
    private mutating func synchronize(_ context: htmlParserCtxtPtr) {
        let depth = Int(context.pointee.nodeNr)
        if depth < open.count { open.removeLast(open.count - depth) }
    }

    /// Text, or (`cdata`) script and style content: adjacent pieces of one kind are one node,
    /// up to libxml2's limit, past which it stops as if out of memory. A CDATA node records no line.
    private mutating func characters(_ context: htmlParserCtxtPtr, _ characters: UnsafeBufferPointer<UInt8>, kind: StoredKind) {
        synchronize(context)
        guard let parent = open.last else { return }
        let last = store.lastChildren[Int(parent)]
        guard last != NodeStore.none, store.kinds[Int(last)] == kind else {
            store.append(store.add(kind, content: characters, line: kind == .text ? line(context) : 0), to: parent)
            return
        }
        if Int(store.payloadCounts[Int(last)]) + characters.count > Self.maximumTextLength,
            context.pointee.options & Int32(XML_PARSE_HUGE.rawValue) == 0
        {
            collector.add(line: inputLine(context), text: "xmlSAX2Characters: huge text node", stopsParsing: true)
            context.pointee.errNo = Int32(XML_ERR_NO_MEMORY.rawValue)
            context.pointee.instate = XML_PARSER_EOF
            context.pointee.disableSAX = 1
            return
        }
        store.extend(last, with: characters)
    }

    /// A comment or processing instruction: in the open element, else at the top level.
    private mutating func addLeaf(_ kind: StoredKind, _ context: htmlParserCtxtPtr, content: UnsafePointer<xmlChar>?) {
        synchronize(context)
        let bytes = content.map { UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))) } ?? UnsafeBufferPointer(start: nil, count: 0)
        let node = store.add(kind, content: bytes, line: line(context))
        if let parent = open.last { store.append(node, to: parent) } else { store.appendTopLevel(node) }
    }

    // MARK: What the tree builder reports

    private mutating func registerID(_ value: UnsafeBufferPointer<UInt8>, _ context: htmlParserCtxtPtr) {
        guard !value.isEmpty else { return }
        let key = Array(value)
        if !ids.insert(key).inserted {
            collector.add(
                line: inputLine(context), text: "ID \(String(decoding: key, as: UTF8.self)) already defined", stopsParsing: false)
        }
    }

    // MARK: Names and lines

    /// The name without its prefix (`like` of `fb:like`), as xmlSplitQName gives it: libxml2
    /// splits element names even in HTML, and reports a name it cannot split.
    private mutating func localName(_ context: htmlParserCtxtPtr, _ fullName: UnsafePointer<xmlChar>) -> Int32 {
        guard xmlStrchr(fullName, UInt8(ascii: ":")) != nil else { return id(of: fullName) }
        var prefix: UnsafeMutablePointer<xmlChar>?
        // Both strings are ours to free.
        guard let local = xmlSplitQName(context, fullName, &prefix) else { return id(of: fullName) }
        defer {
            blogthread_free(local)
            if let prefix { blogthread_free(prefix) }
        }
        return store.names.id(of: UnsafeBufferPointer(start: local, count: Int(xmlStrlen(local))))
    }

    private mutating func id(of name: UnsafePointer<xmlChar>) -> Int32 {
        let address = UInt64(UInt(bitPattern: name))
        if let id = namesByAddress[address] { return id }
        let id = store.names.id(of: UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))))
        namesByAddress.set(id, for: address)
        return id
    }

    /// The line a new node records: none where the context keeps no line numbers, 65535 from there on.
    private func line(_ context: htmlParserCtxtPtr) -> UInt16 {
        guard context.pointee.linenumbers != 0, let input = context.pointee.input else { return 0 }
        return UInt16(clamping: min(input.pointee.line, 65535))
    }

    private func inputLine(_ context: htmlParserCtxtPtr) -> Int {
        Int(context.pointee.input?.pointee.line ?? 0)
    }
}
