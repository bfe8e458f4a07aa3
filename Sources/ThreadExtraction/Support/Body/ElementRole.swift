import HTMLDOM

/// What an HTML element means to a body: one lookup per element decides how it is converted.
enum ElementRole: Equatable {
    /// Dropped with everything inside: scripts, styles, embedded content, forms, metadata.
    case dropped
    /// A block that only groups (`div`, `section`, `figure` ...): a paragraph ends before and after
    /// it, and its content flows into the surrounding blocks.
    case container
    /// `p`, `dt`, `dd`: a paragraph of its inline content.
    case paragraph
    case heading(level: Int)
    case quote
    case list(ordered: Bool)
    case listItem
    case preformatted
    case rule
    case table
    /// A table's parts met outside a table: treated as containers.
    case tablePart
    case lineBreak
    case emphasis
    case strong
    case strikethrough
    case code
    case link
    case image
    /// `video`, `audio`: kept as a link to the media file.
    case media
    /// Inline elements that only style (`span`, `font`, `sub` ...) and unknown elements: their
    /// content is kept, the element forgotten.
    case transparent

    /// The role of `node`, an element. One small-string hash lookup per element instead of a
    /// comparison per known tag: tag names fit Swift's small-string storage, so no allocation.
    init(_ node: Node) {
        let role = ElementRole.byTag[node.name] ?? .transparent
        // A cite that opens a quote ("X wrote:", forums' attribution line) is shown as a line of
        // its own; run into the quoted text it would glue the two together.
        if role == .emphasis, node.is("cite"), node.previousElementSibling == nil,
            node.parent.map({ $0.is("blockquote") || $0.parent?.is("blockquote") == true }) == true
        {
            self = .paragraph
            return
        }
        self = role
    }

    private static let byTag: [String: ElementRole] = {
        var table: [String: ElementRole] = [:]
        for tag in [
            "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "applet", "param",
            "form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "output", "svg",
            "math", "canvas", "map", "area", "head", "title", "meta", "link", "base", "dialog",
        ] {
            table[tag] = .dropped
        }
        // Void in HTML5 but not to libxml2's HTML 4 parser, which makes everything after them
        // their children (`<embed src=x>after` holds "after"): dropping them would drop that.
        // They have nothing of their own to show.
        for tag in ["embed", "source", "track", "wbr", "keygen"] { table[tag] = .transparent }
        for tag in [
            "div", "section", "article", "header", "footer", "main", "aside", "figure", "figcaption", "center",
            "nav", "address", "details", "summary", "hgroup", "fieldset", "legend", "dl", "body", "html",
        ] {
            table[tag] = .container
        }
        for tag in ["p", "dt", "dd"] { table[tag] = .paragraph }
        for level in 1...6 { table["h\(level)"] = .heading(level: level) }
        table["blockquote"] = .quote
        for tag in ["ul", "menu", "dir"] { table[tag] = .list(ordered: false) }
        table["ol"] = .list(ordered: true)
        table["li"] = .listItem
        for tag in ["pre", "listing", "xmp", "plaintext"] { table[tag] = .preformatted }
        table["hr"] = .rule
        table["table"] = .table
        for tag in ["caption", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup", "col"] {
            table[tag] = .tablePart
        }
        table["br"] = .lineBreak
        for tag in ["em", "i", "cite", "dfn", "var"] { table[tag] = .emphasis }
        for tag in ["strong", "b"] { table[tag] = .strong }
        for tag in ["s", "strike", "del"] { table[tag] = .strikethrough }
        for tag in ["code", "kbd", "samp", "tt"] { table[tag] = .code }
        table["a"] = .link
        table["img"] = .image
        for tag in ["video", "audio"] { table[tag] = .media }
        return table
    }()

    /// Roles after which the content around does not flow on in the same line.
    var isBlock: Bool {
        switch self {
        case .container, .paragraph, .heading, .quote, .list, .listItem, .preformatted, .rule, .table, .tablePart:
            true
        case .dropped, .lineBreak, .emphasis, .strong, .strikethrough, .code, .link, .image, .media, .transparent:
            false
        }
    }
}
