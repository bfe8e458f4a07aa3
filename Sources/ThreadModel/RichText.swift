/// A body (of a post or comment) as a small typed tree.
///
/// HTML is parsed into this tree once, and sanitised in doing so: only what a block or inline case
/// can express survives, so no script, style, event handler or unsafe URL can reach any renderer.
/// The JSON `html`, the JSON `text` and the Markdown are three renderings of the same tree.
public struct RichText: Sendable, Hashable {
    public var blocks: [Block]

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

public indirect enum Block: Sendable, Hashable {
    case paragraph([Inline])
    case heading(level: Int, content: [Inline])
    case quote([Block])
    case list(ordered: Bool, start: Int, items: [[Block]])
    case code(language: String?, text: String)
    case rule
    case table(Table)
}

public indirect enum Inline: Sendable, Hashable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case code(String)
    case link(destination: String, title: String?, content: [Inline])
    case image(source: String, alt: String, title: String?)
    case lineBreak
}

/// A table: an optional header row and body rows, each cell a run of inlines.
public struct Table: Sendable, Hashable {
    public var header: [[Inline]]?
    public var rows: [[[Inline]]]

    public init(header: [[Inline]]?, rows: [[[Inline]]]) {
        self.header = header
        self.rows = rows
    }
}
