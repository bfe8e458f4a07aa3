import HTMLDOM
import ThreadModel

extension BodyConverter {
    /// A table: a header from `thead` or from a first row of `th` cells, rows padded to one
    /// width. A table of one cell is layout, not data: its content flows as blocks. Inside a cell
    /// or heading, a table's rows and cells become lines.
    func table(_ node: Node, into sink: inout BlockSink, depth: Int) {
        guard !sink.inlineOnly else {
            sink.endParagraph()
            walk(node.children, into: &sink, depth: depth)
            sink.endParagraph()
            return
        }
        var caption: Node?
        var rows: [(row: Node, isHead: Bool)] = []
        for child in node.elementChildren where !isExcluded(child) {
            if child.is("tr") {
                rows.append((child, false))
            } else if child.isAny(of: ["thead", "tbody", "tfoot"]) {
                let isHead = child.is("thead")
                for row in child.elementChildren where row.is("tr") && !isExcluded(row) { rows.append((row, isHead)) }
            } else if child.is("caption") {
                caption = child
            }
        }
        let cells = rows.map { row in
            row.row.children.filter { $0.isAny(of: ["td", "th"]) && !isExcluded($0) }
        }
        if cells.count == 1 && cells[0].count == 1 {
            sink.endParagraph()
            walk(cells[0][0].children, into: &sink, depth: depth)
            sink.endParagraph()
            return
        }

        var converted = cells.map { row in row.map { inlines(of: $0.children, depth: depth) } }
        var header: [[Inline]]?
        if let headIndex = rows.firstIndex(where: \.isHead) {
            header = converted.remove(at: headIndex)
        } else if let first = cells.first, !first.isEmpty, first.allSatisfy({ $0.is("th") }) {
            header = converted.removeFirst()
        }
        converted.removeAll { row in row.allSatisfy(\.isEmpty) }
        guard !converted.isEmpty || header.map({ $0.contains { !$0.isEmpty } }) == true else { return }

        let width = max(header?.count ?? 0, converted.map(\.count).max() ?? 0)
        func padded(_ row: [[Inline]]) -> [[Inline]] { row + Array(repeating: [], count: width - row.count) }
        if let captionNode = caption {
            let content = inlines(of: captionNode.children, depth: depth)
            if !content.isEmpty { sink.append(.paragraph(content)) }
        }
        sink.append(.table(Table(header: header.map(padded), rows: converted.map(padded))))
    }
}
