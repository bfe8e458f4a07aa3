/// Renders a body as plain text: what a reader sees, paragraphs separated by blank lines,
/// list items on their own lines, images as their alt text.
public enum PlainTextRenderer {
    /// The body as plain text; the same as `body.plainText`.
    public static func render(_ body: RichText) -> String {
        render(body.blocks)
    }

    static func render(_ blocks: [Block]) -> String {
        blocks.map(render).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    static func render(_ block: Block) -> String {
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines):
            return render(inlines)
        case .quote(let blocks):
            return render(blocks)
        case .list(_, _, let items):
            // An empty item would otherwise leave a blank line, which reads as a paragraph break.
            return items.map { item in item.map(render).filter { !$0.isEmpty }.joined(separator: "\n") }
                .filter { !$0.isEmpty }.joined(separator: "\n")
        case .code(_, let text):
            return text
        case .rule:
            return ""
        case .table(let table):
            let rows = (table.header.map { [$0] } ?? []) + table.rows
            return rows.map { row in row.map(render).joined(separator: "\t") }.joined(separator: "\n")
        }
    }

    static func render(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text): out += text
            case .emphasis(let content), .strong(let content), .strikethrough(let content): out += render(content)
            case .link(_, _, let content): out += render(content)
            case .image(_, let alt, _): out += alt
            case .lineBreak: out += "\n"
            }
        }
        return out
    }
}
