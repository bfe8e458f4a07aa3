/// Reads back the HTML that `HTMLRenderer` writes, and nothing else: the schema's `html` is that
/// renderer's output, so decoding a saved thread needs only the inverse of it, not an HTML parser.
///
/// It lives beside the renderer so the two cannot drift apart; any tag, attribute or character
/// reference the renderer never writes is an error that names its byte offset.
struct HTMLSubsetReader {
    struct Failure: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "html at byte \(offset): \(reason)" }
    }

    private enum Token: Equatable {
        case open(String, [String: String])
        case close(String)
        case text(String)
    }

    private let bytes: [UInt8]
    private var index = 0
    /// One token of lookahead.
    private var peeked: Token?
    private var peekedEnd = 0
    /// Where the token last looked at starts: what a failure names.
    private var tokenStart = 0

    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// The body the renderer wrote `html` from.
    static func read(_ html: String) throws(Failure) -> RichText {
        var reader = HTMLSubsetReader(html)
        let blocks = try reader.blocks(until: nil)
        return RichText(blocks)
    }

    // MARK: Blocks

    private mutating func blocks(until end: String?) throws(Failure) -> [Block] {
        var blocks: [Block] = []
        while true {
            guard let token = try peek() else {
                if let end { throw failure("missing </\(end)>") }
                return blocks
            }
            if case .close(let name) = token, name == end {
                advance()
                return blocks
            }
            blocks.append(try block())
        }
    }

    private mutating func block() throws(Failure) -> Block {
        guard case .open(let name, let attributes)? = try peek() else { throw failure("expected a block element") }
        advance()
        switch name {
        case "p":
            return .paragraph(try inlines(until: "p"))
        case "h1", "h2", "h3", "h4", "h5", "h6":
            return .heading(level: Int(name.dropFirst())!, content: try inlines(until: name))
        case "blockquote":
            return .quote(try blocks(until: "blockquote"))
        case "ul", "ol":
            var start = 1
            if name == "ol", let written = attributes["start"] {
                guard let number = Int(written) else { throw failure("ol start \(written) is not a number") }
                start = number
            }
            var items: [[Block]] = []
            while try !consumeClose(name) {
                try expectOpen("li")
                items.append(try blocks(until: "li"))
            }
            return .list(ordered: name == "ol", start: start, items: items)
        case "pre":
            guard case .open("code", let codeAttributes)? = try next() else { throw failure("pre without code") }
            var language: String?
            if let classes = codeAttributes["class"] {
                guard classes.hasPrefix("language-") else { throw failure("code class \(classes)") }
                language = String(classes.dropFirst("language-".count))
            }
            let text = try optionalText()
            try expectClose("code")
            try expectClose("pre")
            return .code(language: language, text: text)
        case "hr":
            return .rule
        case "table":
            return .table(try table())
        default:
            throw failure("<\(name)> is not a block the renderer writes")
        }
    }

    private mutating func table() throws(Failure) -> Table {
        var header: [[Inline]]?
        if try consumeOpen("thead") {
            try expectOpen("tr")
            header = try cells(named: "th")
            try expectClose("thead")
        }
        try expectOpen("tbody")
        var rows: [[[Inline]]] = []
        while try consumeOpen("tr") {
            rows.append(try cells(named: "td"))
        }
        try expectClose("tbody")
        try expectClose("table")
        return Table(header: header, rows: rows)
    }

    /// The cells of a row whose `<tr>` has been read, through its `</tr>`.
    private mutating func cells(named cell: String) throws(Failure) -> [[Inline]] {
        var cells: [[Inline]] = []
        while try !consumeClose("tr") {
            try expectOpen(cell)
            cells.append(try inlines(until: cell))
        }
        return cells
    }

    // MARK: Inlines

    private mutating func inlines(until end: String) throws(Failure) -> [Inline] {
        var inlines: [Inline] = []
        while true {
            guard let token = try next() else { throw failure("missing </\(end)>") }
            switch token {
            case .close(let name) where name == end:
                return inlines
            case .close(let name):
                throw failure("</\(name)> inside <\(end)>")
            case .text(let text):
                inlines.append(.text(text))
            case .open(let name, let attributes):
                inlines.append(try inline(name, attributes))
            }
        }
    }

    private mutating func inline(_ name: String, _ attributes: [String: String]) throws(Failure) -> Inline {
        switch name {
        case "em": return .emphasis(try inlines(until: "em"))
        case "strong": return .strong(try inlines(until: "strong"))
        case "del": return .strikethrough(try inlines(until: "del"))
        case "code":
            let text = try optionalText()
            try expectClose("code")
            return .code(text)
        case "a":
            guard let destination = attributes["href"] else { throw failure("<a> without href") }
            return .link(destination: destination, title: attributes["title"], content: try inlines(until: "a"))
        case "img":
            guard let source = attributes["src"], let alt = attributes["alt"] else {
                throw failure("<img> without src and alt")
            }
            return .image(source: source, alt: alt, title: attributes["title"])
        case "br": return .lineBreak
        default: throw failure("<\(name)> is not an inline the renderer writes")
        }
    }

    // MARK: Tokens

    /// The text of an element that holds text only (code), empty where it holds none.
    private mutating func optionalText() throws(Failure) -> String {
        guard case .text(let text)? = try peek() else { return "" }
        advance()
        return text
    }

    private mutating func expectOpen(_ name: String) throws(Failure) {
        guard try consumeOpen(name) else { throw failure("expected <\(name)>") }
    }

    private mutating func expectClose(_ name: String) throws(Failure) {
        guard try consumeClose(name) else { throw failure("expected </\(name)>") }
    }

    /// Reads `<name>` (without attributes) if it comes next.
    private mutating func consumeOpen(_ name: String) throws(Failure) -> Bool {
        guard try peek() == .open(name, [:]) else { return false }
        advance()
        return true
    }

    private mutating func consumeClose(_ name: String) throws(Failure) -> Bool {
        guard try peek() == .close(name) else { return false }
        advance()
        return true
    }

    private mutating func next() throws(Failure) -> Token? {
        let token = try peek()
        advance()
        return token
    }

    private mutating func advance() {
        guard peeked != nil else { return }
        peeked = nil
        index = peekedEnd
    }

    private mutating func peek() throws(Failure) -> Token? {
        if let peeked { return peeked }
        let start = index
        tokenStart = start
        guard start < bytes.count else { return nil }
        let token = bytes[start] == UInt8(ascii: "<") ? try tag() : try text()
        peeked = token
        peekedEnd = index
        index = start
        return token
    }

    /// The only attributes the renderer writes.
    private static let attributes: [String: Set<String>] = [
        "ol": ["start"], "code": ["class"], "a": ["href", "title"], "img": ["src", "alt", "title"],
    ]

    /// A tag as the renderer writes it: `<name>`, `</name>` or `<name a="v" b="w">`.
    private mutating func tag() throws(Failure) -> Token {
        index += 1
        let closing = consume(UInt8(ascii: "/"))
        let name = word()
        guard !name.isEmpty else { throw failure("a bare <") }
        var attributes: [String: String] = [:]
        while !closing, consume(UInt8(ascii: " ")) {
            let attribute = word()
            guard !attribute.isEmpty, consume(UInt8(ascii: "=")), consume(UInt8(ascii: "\"")) else {
                throw failure("malformed attribute in <\(name)>")
            }
            attributes[attribute] = try characters(until: UInt8(ascii: "\""))
            index += 1
        }
        guard consume(UInt8(ascii: ">")) else { throw failure("unterminated <\(name)>") }
        if let unknown = attributes.keys.first(where: { !(Self.attributes[name] ?? []).contains($0) }) {
            throw failure("<\(name)> with \(unknown)")
        }
        return closing ? .close(name) : .open(name, attributes)
    }

    private mutating func text() throws(Failure) -> Token {
        .text(try characters(until: UInt8(ascii: "<")))
    }

    /// Text up to `terminator` (or the end, for text), with the renderer's four character
    /// references decoded; `<` and `>` never appear raw in what it escapes.
    private mutating func characters(until terminator: UInt8) throws(Failure) -> String {
        var out: [UInt8] = []
        while index < bytes.count, bytes[index] != terminator {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&") {
                out.append(try reference())
                continue
            }
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<") {
                throw failure("unescaped markup character")
            }
            out.append(byte)
            index += 1
        }
        if terminator != UInt8(ascii: "<"), index == bytes.count { throw failure("unterminated attribute") }
        return String(decoding: out, as: UTF8.self)
    }

    private static let references: [(name: [UInt8], byte: UInt8)] = [
        (Array("&amp;".utf8), UInt8(ascii: "&")), (Array("&lt;".utf8), UInt8(ascii: "<")),
        (Array("&gt;".utf8), UInt8(ascii: ">")), (Array("&quot;".utf8), UInt8(ascii: "\"")),
    ]

    private mutating func reference() throws(Failure) -> UInt8 {
        for (name, byte) in Self.references where bytes[index...].starts(with: name) {
            index += name.count
            return byte
        }
        throw failure("a character reference the renderer never writes")
    }

    private static let nameBytes = Set(Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8))

    /// A tag or attribute name: the renderer writes them in lower case.
    private mutating func word() -> String {
        let start = index
        while index < bytes.count, Self.nameBytes.contains(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private func failure(_ reason: String) -> Failure {
        Failure(offset: tokenStart, reason: reason)
    }
}
