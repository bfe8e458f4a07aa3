import HTMLDOM
import ThreadExtraction
import ThreadModel
import XCTest

/// Runs the whole extraction over inline HTML, as the command-line tool does over a file.
func extractThread(_ html: String) throws -> ExtractedThread {
    let document = try HTMLDocument(bytes: Array(html.utf8))
    return ThreadExtractor().extract(document)
}

extension RichText {
    /// The words of the text, blocks separated by spaces: enough to compare what a reader sees.
    var plainText: String {
        blocks.map(Self.text(of:)).joined(separator: " ")
    }

    private static func text(of block: Block) -> String {
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines): inlines.map(text(of:)).joined()
        case .quote(let blocks): blocks.map(text(of:)).joined(separator: " ")
        case .list(_, _, let items): items.flatMap { $0 }.map(text(of:)).joined(separator: " ")
        case .code(_, let code): code
        case .rule, .table: ""
        }
    }

    private static func text(of inline: Inline) -> String {
        switch inline {
        case .text(let text), .code(let text): text
        case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .link(_, _, let inner):
            inner.map(text(of:)).joined()
        case .image(_, let alt, _): alt
        case .lineBreak: " "
        }
    }
}
