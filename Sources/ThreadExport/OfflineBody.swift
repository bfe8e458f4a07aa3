import ThreadModel

/// A body made fit for a page that loads nothing: every image becomes a link to it, named by its
/// alternative text, so the page shows where the picture was without fetching it.
enum OfflineBody {
    static func html(_ body: RichText) -> String {
        HTMLRenderer.render(RichText(body.blocks.map(block)))
    }

    private static func block(_ block: Block) -> Block {
        switch block {
        case .paragraph(let content): .paragraph(inlines(content))
        case .heading(let level, let content): .heading(level: level, content: inlines(content))
        case .quote(let blocks): .quote(blocks.map(self.block))
        case .list(let ordered, let start, let items): .list(ordered: ordered, start: start, items: items.map { $0.map(self.block) })
        case .code, .rule: block
        case .table(let table): .table(Table(header: table.header?.map(inlines), rows: table.rows.map { $0.map(inlines) }))
        }
    }

    private static func inlines(_ content: [Inline]) -> [Inline] {
        content.map { inline in
            switch inline {
            case .text, .code, .lineBreak: inline
            case .emphasis(let inner): .emphasis(inlines(inner))
            case .strong(let inner): .strong(inlines(inner))
            case .strikethrough(let inner): .strikethrough(inlines(inner))
            case .link(let destination, let title, let inner): .link(destination: destination, title: title, content: inlines(inner))
            case .image(let source, let alt, let title):
                // The address's last part names a picture without alternative text.
                .link(destination: source, title: title, content: [.text("▣ " + (CommentLabel.oneLine(alt) ?? imageName(source)))])
            }
        }
    }

    private static func imageName(_ source: String) -> String {
        let path = source.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? source
        return path.split(separator: "/").last.map(String.init) ?? source
    }
}
