/// A body (of a post or comment) as a small typed tree.
///
/// HTML is parsed into this tree once, and sanitised in doing so: only what a block or inline case
/// can express survives, so no script, style, event handler or unsafe URL can reach any renderer.
/// The JSON `html`, the JSON `text` and the Markdown are three renderings of the same tree.
public struct RichText: Sendable, Hashable {
    /// The blocks in reading order.
    public var blocks: [Block]

    /// A body of these blocks.
    public init(_ blocks: [Block] = []) {
        self.blocks = blocks
    }

    /// True for a body with no blocks at all.
    public var isEmpty: Bool { blocks.isEmpty }

    /// The body as sanitised HTML: what the JSON's `html` holds.
    public var html: String { HTMLRenderer.render(self) }

    /// The body as plain text, paragraphs apart by a blank line: what the JSON's `text` holds.
    public var plainText: String { PlainTextRenderer.render(self) }
}

/// A block of a body.
public indirect enum Block: Sendable, Hashable {
    /// A paragraph.
    case paragraph([Inline])
    /// A heading, level 1 to 6.
    case heading(level: Int, content: [Inline])
    /// A block quote.
    case quote([Block])
    /// A list, numbered from `start` when ordered; each item is a run of blocks.
    case list(ordered: Bool, start: Int, items: [[Block]])
    /// Preformatted code, verbatim, with the language where the page names one.
    case code(language: String?, text: String)
    /// A thematic break (`<hr>`).
    case rule
    /// A table.
    case table(Table)
}

/// A run of text within a block.
public indirect enum Inline: Sendable, Hashable {
    /// Text, verbatim.
    case text(String)
    /// Emphasis (`<em>`, `<i>`).
    case emphasis([Inline])
    /// Strong emphasis (`<strong>`, `<b>`).
    case strong([Inline])
    /// Struck-out text (`<del>`, `<s>`).
    case strikethrough([Inline])
    /// Inline code, verbatim.
    case code(String)
    /// A link to an absolute or page-relative address.
    case link(destination: String, title: String?, content: [Inline])
    /// An image with its alternative text.
    case image(source: String, alt: String, title: String?)
    /// A hard line break (`<br>`).
    case lineBreak
}

/// A table: an optional header row and body rows, each cell a run of inlines.
public struct Table: Sendable, Hashable {
    /// The header cells, where the table has a header row.
    public var header: [[Inline]]?
    /// The body rows, each a list of cells.
    public var rows: [[[Inline]]]

    /// A table from its header and rows.
    public init(header: [[Inline]]?, rows: [[[Inline]]]) {
        self.header = header
        self.rows = rows
    }
}
