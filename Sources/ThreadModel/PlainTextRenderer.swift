/// Renders a body as plain text: what a reader sees, paragraphs separated by blank lines,
/// list items on their own lines, images as their alt text.
///
/// Everything is appended to one string; a part that comes out empty takes back the separator
/// written before it, so empty parts leave no blank line.
public enum PlainTextRenderer {
    /// The body as plain text; the same as `body.plainText`.
    public static func render(_ body: RichText) -> String {
        var out = ""
        render(body.blocks, into: &out)
        return out
    }

    /// Blocks a blank line apart.
    static func render(_ blocks: [Block], into out: inout String) {
        var parts = Parts(separator: "\n\n")
        for block in blocks {
            parts.add(into: &out) { render(block, into: &$0) }
        }
    }

    static func render(_ block: Block, into out: inout String) {
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines):
            render(inlines, into: &out)
        case .quote(let blocks):
            render(blocks, into: &out)
        case .list(_, _, let items):
            // An empty item would otherwise leave a blank line, which reads as a paragraph break.
            var lines = Parts(separator: "\n")
            for item in items {
                lines.add(into: &out) { out in
                    var blocks = Parts(separator: "\n")
                    for block in item {
                        blocks.add(into: &out) { render(block, into: &$0) }
                    }
                }
            }
        case .code(_, let text):
            out += text
        case .rule:
            break
        case .table(let table):
            for (index, row) in ((table.header.map { [$0] } ?? []) + table.rows).enumerated() {
                if index > 0 { out += "\n" }
                for (column, cell) in row.enumerated() {
                    if column > 0 { out += "\t" }
                    render(cell, into: &out)
                }
            }
        }
    }

    static func render(_ inlines: [Inline], into out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text): out += text
            case .emphasis(let content), .strong(let content), .strikethrough(let content): render(content, into: &out)
            case .link(_, _, let content): render(content, into: &out)
            case .image(_, let alt, _): out += alt
            case .lineBreak: out += "\n"
            }
        }
    }

    /// Parts joined by a separator, empty parts left out.
    private struct Parts {
        let separator: String
        private var hasPart = false

        init(separator: String) {
            self.separator = separator
        }

        mutating func add(into out: inout String, _ write: (inout String) -> Void) {
            if hasPart { out += separator }
            let before = out.utf8.count
            write(&out)
            if out.utf8.count > before {
                hasPart = true
            } else if hasPart {
                // Scalars, not characters: after a "\r" the separator's "\n" would join it in one.
                out.unicodeScalars.removeLast(separator.unicodeScalars.count)
            }
        }
    }
}
