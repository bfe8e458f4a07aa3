import ThreadModel

/// Smaller variants of a body, for reducing a failing random case to the few nodes that matter:
/// each variant drops one node or replaces a container with its content.
enum RichTextShrinker {
    static func candidates(of body: RichText) -> [RichText] {
        blockVariants(body.blocks).map(RichText.init)
    }

    private static func blockVariants(_ blocks: [Block]) -> [[Block]] {
        var out: [[Block]] = []
        for index in blocks.indices {
            var without = blocks
            without.remove(at: index)
            out.append(without)
            for replacement in variants(of: blocks[index]) {
                var changed = blocks
                changed.replaceSubrange(index...index, with: replacement)
                out.append(changed)
            }
        }
        return out
    }

    /// Replacements for one block: its children in its place, or the block with a smaller child.
    private static func variants(of block: Block) -> [[Block]] {
        switch block {
        case .paragraph(let inlines):
            return inlineVariants(inlines).map { [.paragraph($0)] }
        case .heading(let level, let inlines):
            return [[.paragraph(inlines)]] + inlineVariants(inlines).map { [.heading(level: level, content: $0)] }
        case .quote(let blocks):
            return [blocks] + blockVariants(blocks).map { [.quote($0)] }
        case .list(let ordered, let start, let items):
            var out: [[Block]] = items.map { $0 }
            for index in items.indices {
                var fewer = items
                fewer.remove(at: index)
                out.append([.list(ordered: ordered, start: start, items: fewer)])
                for item in blockVariants(items[index]) {
                    var changed = items
                    changed[index] = item
                    out.append([.list(ordered: ordered, start: start, items: changed)])
                }
            }
            return out
        case .code(let language, let text):
            return language == nil ? [] : [[.code(language: nil, text: text)]]
        case .rule:
            return []
        case .table(let table):
            let rows = (table.header.map { [$0] } ?? []) + table.rows
            return rows.map { [.paragraph(Array($0.joined()))] }
        }
    }

    private static func inlineVariants(_ inlines: [Inline]) -> [[Inline]] {
        var out: [[Inline]] = []
        for index in inlines.indices {
            var without = inlines
            without.remove(at: index)
            out.append(without)
            for replacement in variants(of: inlines[index]) {
                var changed = inlines
                changed.replaceSubrange(index...index, with: replacement)
                out.append(changed)
            }
        }
        return out
    }

    private static func variants(of inline: Inline) -> [[Inline]] {
        switch inline {
        case .emphasis(let content):
            return [content] + inlineVariants(content).map { [.emphasis($0)] }
        case .strong(let content):
            return [content] + inlineVariants(content).map { [.strong($0)] }
        case .strikethrough(let content):
            return [content] + inlineVariants(content).map { [.strikethrough($0)] }
        case .link(let destination, let title, let content):
            return [content, [.link(destination: destination, title: nil, content: content)]]
                + inlineVariants(content).map { [.link(destination: destination, title: title, content: $0)] }
        case .text(let text) where text.unicodeScalars.count > 1:
            let scalars = Array(text.unicodeScalars)
            return scalars.indices.map { index in
                var fewer = scalars
                fewer.remove(at: index)
                return [.text(String(String.UnicodeScalarView(fewer)))]
            }
        default:
            return []
        }
    }
}
