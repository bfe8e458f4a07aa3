import ThreadModel

/// Renders a body as CommonMark a person would write, which a CommonMark renderer reads back to
/// the same text. Tables are GitHub pipe tables unless asked for as plain paragraphs.
public enum MarkdownRenderer {
    /// How tables are written.
    public enum TableStyle: Sendable, Hashable {
        /// GitHub Flavored Markdown pipe tables.
        case pipe
        /// One paragraph per row, cells on their own lines, header cells in bold: for renderers without tables.
        case plainText
    }

    /// The body as CommonMark, without a trailing newline.
    public static func render(_ body: RichText, tables: TableStyle = .pipe) -> String {
        render(body.blocks, tables: tables)
    }

    static func render(_ blocks: [Block], tables: TableStyle) -> String {
        MarkdownBlockWriter(tables: tables).lines(for: blocks).joined(separator: "\n")
    }
}

/// The bullet a list uses, chosen so that two lists never read as one, and nested bullets never
/// form a thematic break (`- - -`).
private enum Bullet: String {
    case dash = "-", plus = "+"
}

/// Lays out blocks as lines; containers (quotes, list items) prefix the lines of what they hold.
private struct MarkdownBlockWriter {
    let tables: MarkdownRenderer.TableStyle

    /// Blocks separated by blank lines.
    ///
    /// `avoiding` is the bullet of the list item these blocks open, if any.
    func lines(for blocks: [Block], avoiding: Bullet? = nil) -> [String] {
        joined(rendered(blocks, avoiding: avoiding), tight: false)
    }

    /// Each block that writes anything, with its lines.
    private func rendered(_ blocks: [Block], avoiding: Bullet?) -> [(block: Block, lines: [String])] {
        var out: [(block: Block, lines: [String])] = []
        // Adjacent lists with the same marker would merge, so each list takes the other marker
        // from the one just before it: `-`/`+` for bullets, `.`/`)` for numbers.
        var previousBullet = avoiding
        var previousListWasOrderedWithDot: Bool?
        for block in blocks {
            let lines: [String]
            switch block {
            case .list(let ordered, let start, let items):
                if ordered {
                    let dot = previousListWasOrderedWithDot != true
                    // CommonMark allows at most nine digits, and no negative start.
                    lines = list(items) { number in "\(min(max(start, 0) + number, 999_999_999))" + (dot ? "." : ")") }
                    previousListWasOrderedWithDot = dot
                    previousBullet = nil
                } else {
                    let bullet = previousBullet == .dash ? Bullet.plus : .dash
                    lines = list(items, marker: { _ in bullet.rawValue }, bullet: bullet)
                    previousBullet = bullet
                    previousListWasOrderedWithDot = nil
                }
            default:
                lines = self.lines(for: block)
                if !lines.isEmpty {
                    previousBullet = nil
                    previousListWasOrderedWithDot = nil
                }
            }
            if !lines.isEmpty { out.append((block, lines)) }
        }
        return out
    }

    /// Rendered blocks separated by blank lines, or, in a tight list item, by nothing.
    private func joined(_ rendered: [(block: Block, lines: [String])], tight: Bool) -> [String] {
        Array(rendered.map(\.lines).joined(separator: tight ? [] : [""]))
    }

    private func lines(for block: Block) -> [String] {
        switch block {
        case .paragraph(let inlines):
            let text = MarkdownInlineWriter.write(inlines, context: .paragraph)
            return text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .heading(let level, let inlines):
            let text = MarkdownInlineWriter.write(inlines, context: .heading)
            let hashes = String(repeating: "#", count: min(max(level, 1), 6))
            return [text.isEmpty ? hashes : hashes + " " + text]
        case .quote(let blocks):
            let inner = lines(for: blocks)
            return inner.isEmpty ? [">"] : inner.map { $0.isEmpty ? ">" : "> " + $0 }
        case .list:
            return lines(for: [block])
        case .code(let language, let text):
            let fence = MarkdownEscaping.codeFence(for: text, language: language)
            var body = text.withUnixLineEndings.split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
            if body.last == "" { body.removeLast() }  // the newline ending the last line, not an empty line
            return [fence.open] + body + [fence.close]
        case .rule:
            // `***` rather than `---`, which after a list marker (`- ---`) would be a rule in place of an item.
            return ["***"]
        case .table(let table):
            return tables == .pipe ? pipeTable(table) : lines(for: plainRows(table))
        }
    }

    /// List items: continuation lines indented by the marker's width. A list is written tight (no
    /// blank lines between items) only when every item is a single block, or a paragraph with a
    /// sublist that can interrupt it; anything else would not read back as the same items.
    private func list(_ items: [[Block]], marker: (Int) -> String, bullet: Bullet? = nil) -> [String] {
        let contents = items.map { rendered($0, avoiding: bullet) }
        let tight = contents.allSatisfy(Self.canBeTight)
        var out: [String] = []
        for (number, content) in contents.enumerated() {
            let marker = marker(number)
            let indent = String(repeating: " ", count: marker.count + 1)
            let lines = joined(content, tight: tight)
            if !tight && !out.isEmpty { out.append("") }
            guard let first = lines.first else {
                out.append(marker)
                continue
            }
            out.append(marker + " " + first)
            out += lines.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
        }
        return out
    }

    private static func canBeTight(_ item: [(block: Block, lines: [String])]) -> Bool {
        switch item.count {
        case 0, 1:
            return true
        case 2:
            // A sublist interrupts the paragraph above it only if its first item has content (a
            // space follows the marker) and, when numbered, starts at 1; otherwise it would be
            // read as more of the paragraph, or as a setext underline.
            guard case .paragraph = item[0].block, case .list = item[1].block, let first = item[1].lines.first
            else { return false }
            return first.contains(" ") && ["-", "+", "1.", "1)"].contains { first.hasPrefix($0) }
        default:
            return false
        }
    }

    /// A GitHub pipe table. Every row gets as many cells as the widest, since GitHub drops cells
    /// past the header's count; a table without a header gets an empty one, which GitHub requires.
    private func pipeTable(_ table: Table) -> [String] {
        let columns = max(table.header?.count ?? 0, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return [] }
        func row(_ cells: [[Inline]]) -> String {
            let written = (0..<columns).map { column in
                column < cells.count ? MarkdownInlineWriter.write(cells[column], context: .tableCell) : ""
            }
            return "| " + written.joined(separator: " | ") + " |"
        }
        let delimiter = "|" + String(repeating: " --- |", count: columns)
        return [row(table.header ?? []), delimiter] + table.rows.map(row)
    }

    /// A table as paragraphs: one per row, a line per cell, header cells in bold.
    private func plainRows(_ table: Table) -> [Block] {
        let header = table.header.map { $0.map { [Inline.strong($0)] } }
        return ((header.map { [$0] } ?? []) + table.rows).map { cells in
            .paragraph(Array(cells.joined(separator: [Inline.lineBreak])))
        }
    }
}
