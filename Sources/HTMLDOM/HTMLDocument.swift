internal import CLibXML2

/// A parsed HTML page: its tree, held in a compact `NodeStore` of our own, built during the
/// parse from libxml2's SAX events (libxml2's own tree is never built for a page).
///
/// Read-only by design: extraction converts what it needs into Swift values and lets the tree go.
package final class HTMLDocument {
    /// Complete from the end of `init`, never changed after.
    let store: NodeStore
    /// The encoding the bytes were decoded from, as decided before parsing.
    package let encoding: DecidedEncoding
    /// What the parser recovered from, capped at `ParserMessages.limit`.
    package let messages: ParserMessages

    /// How deep elements may nest before the parser stops (libxml2's own default is 256).
    /// Real pages stay far below: the deepest of 181 saved pages nests 43 levels. A thread
    /// replying 1,000 deep takes about 2,000. Where a hostile page goes deeper, the parser stops
    /// there and `messages.stop` says so; the bound keeps every walk of the tree (and the
    /// parser's own search of its open elements at each end tag) linear in the page's size.
    package static let maximumDepth = 4096

    /// The most text a tree of `sourceCount` bytes may hold. A page's text is never longer than the
    /// page; an XML file's entities are copied at each reference (`NodeStore.init(copying:)`), and
    /// past this a file is refused. The tree's offsets are 32-bit: the bound stays below 2 GB,
    /// so that no single piece added under it can pass 4 GB.
    static func maximumTextBytes(_ sourceCount: Int) -> Int {
        min(Int(Int32.max), 8 * sourceCount + (1 << 20))
    }

    /// Parses `bytes` as HTML. The encoding is decided first (BOM, declaration, UTF-8 validity,
    /// windows-1252) and the bytes are read as UTF-8 from there, so libxml2 never guesses.
    /// The parser never reaches the network and never prints. `transportCharset`: the `charset`
    /// the bytes came with (HTTP, MIME), trusted before the page's own declaration.
    package convenience init(bytes: [UInt8], url: String? = nil, transportCharset: String? = nil) throws(HTMLParseError) {
        let decided = CharacterEncoding.decision(for: bytes, transportLabel: transportCharset)
        try self.init(
            source: Transcoder.source(from: bytes, encoding: decided.encoding, utf8: decided.utf8), encoding: decided.encoding,
            url: url)
    }

    init(source: UTF8Source, encoding: DecidedEncoding, url: String?, grammar: Grammar = .html) throws(HTMLParseError) {
        libxml2Initialized.check()
        guard !source.isEmpty else { throw .empty }
        // libxml2 counts its input's lines and columns in C ints.
        guard source.count < Int(Int32.max) else { throw .tooLarge(source.count) }
        let collector = MessageCollector()
        let feed = UTF8Feed(source)
        let store: NodeStore? = try withExtendedLifetime((collector, feed)) { () throws(HTMLParseError) -> NodeStore? in
            // libxml2 ignores a context's own structured handler for HTML, so the handler goes in
            // the per-thread slot for the length of this parse and is removed right after. The
            // collector and the feed outlive the parse because `withExtendedLifetime` keeps them.
            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), collectParserMessage)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            return try grammar.parse(
                Unmanaged.passUnretained(feed).toOpaque(), url, collector, maximumBytes: Self.maximumTextBytes(source.count))
        }
        guard let store else { throw .unparseable }
        self.store = store
        self.encoding = encoding
        messages = collector.messages
    }

    /// Which of libxml2's parsers reads the bytes.
    enum Grammar {
        case html
        /// Export files (a discussion backup) rather than pages.
        case xml

        /// Parses what the `UTF8Feed` at `feed` gives into a tree; nil where libxml2 gives no document.
        /// Read through callbacks, libxml2 holds (and checks as UTF-8) only the piece it is
        /// parsing; given memory, it would copy the whole page, then convert it into another.
        /// An XML file's copy holds at most `maximumBytes` of text.
        func parse(
            _ feed: UnsafeMutableRawPointer, _ url: String?, _ collector: MessageCollector, maximumBytes: Int
        ) throws(HTMLParseError) -> NodeStore? {
            switch self {
            case .html:
                // The context is ours until htmlFreeParserCtxt; the document it returns holds
                // only the DTD (the builder took the content) and is freed right away.
                guard let context = htmlNewParserCtxt() else { return nil }
                defer { htmlFreeParserCtxt(context) }
                var builder = TreeBuilder(collector: collector)
                return withUnsafeMutablePointer(to: &builder) { builder in
                    TreeBuilder.install(builder, on: context)
                    guard let document = htmlCtxtReadIO(context, readFeed, nil, feed, url, "UTF-8", Int32(bitPattern: ParseOptions.html))
                    else { return nil }
                    defer { xmlFreeDoc(document) }
                    return builder.pointee.finish(document)
                }
            case .xml:
                // Export files are small next to pages: libxml2 builds its tree (entity references
                // and namespaces as it resolves them), which is copied into a store and freed.
                guard let context = xmlNewParserCtxt() else { return nil }
                defer { xmlFreeParserCtxt(context) }
                guard let document = xmlCtxtReadIO(context, readFeed, nil, feed, url, "UTF-8", Int32(bitPattern: ParseOptions.xml))
                else { return nil }
                defer { xmlFreeDoc(document) }
                guard let store = NodeStore(copying: document, maximumBytes: maximumBytes) else { throw .expandsTooFar(maximumBytes) }
                return store
            }
        }
    }

    /// The `<html>` element (libxml2's HTML parser always supplies one for non-empty input):
    /// the first element at the top level.
    package var root: Node? {
        var index = store.firstTopLevel
        while index != NodeStore.none {
            if store.kinds[Int(index)] == .element { return Node(index, in: self) }
            index = store.nextSiblings[Int(index)]
        }
        return nil
    }

    /// How many elements the document holds: what a reader that keeps a record per element
    /// reserves, rather than growing its array again and again.
    package var elementCount: Int {
        store.kinds.reduce(0) { $1 == .element ? $0 + 1 : $0 }
    }

    /// Every node directly under the document: the root element and the comments around it
    /// (where save tools put `saved from url=` notes), after the document type.
    package var topLevelNodes: NodeChildren {
        NodeChildren(first: store.firstTopLevel, document: self)
    }
}

/// Why a page could not be parsed at all; anything less is a `ParserMessages` entry.
package enum HTMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case tooLarge(Int)
    case parserUnavailable
    case unparseable
    /// An XML file whose entity references would hold more text than this many bytes.
    case expandsTooFar(Int)

    package var description: String {
        switch self {
        case .expandsTooFar(let limit): "its entity references expand to more than \(limit) bytes of text"
        case .empty: "the file is empty"
        case .tooLarge(let size): "the file is too large to parse (\(size) bytes)"
        case .parserUnavailable: "the HTML parser could not be started"
        case .unparseable: "the HTML parser produced no document"
        }
    }
}

/// libxml2's input callback: `context` is the `UTF8Feed` the parse was given, alive for its length.
private func readFeed(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32) -> Int32 {
    guard let context, let buffer, length > 0 else { return -1 }
    let feed = Unmanaged<UTF8Feed>.fromOpaque(context).takeUnretainedValue()
    return buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Int32(feed.read(into: $0, capacity: Int(length))) }
}

private enum ParseOptions {
    /// Recover from errors, never touch the network, never print, and ignore the page's own
    /// charset declaration: the bytes handed over are already UTF-8.
    static let html: UInt32 =
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    /// The same for XML. Deliberately absent: XML_PARSE_NOENT (entity substitution) and
    /// XML_PARSE_DTDLOAD / DTDATTR (external DTDs), so a hostile file can neither fetch anything
    /// nor expand into something huge.
    static let xml: UInt32 =
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_IGNORE_ENC.rawValue
}

/// libxml2 wants xmlInitParser called once before threads parse concurrently.
struct LibXML2Initialization: Sendable {
    init() {
        xmlInitParser()
        blogthread_set_max_depth(UInt32(HTMLDocument.maximumDepth))
    }
    func check() {}
}

let libxml2Initialized = LibXML2Initialization()
