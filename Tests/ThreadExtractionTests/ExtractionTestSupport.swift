import HTMLDOM
import ThreadExport
import ThreadExtraction
import ThreadModel

/// Runs the whole extraction over inline HTML, as the command-line tool does over a file.
func extractThread(_ html: String) throws -> ExtractedThread {
    ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
}

extension RichText {
    /// The words of the text on one line: enough to compare what a reader sees.
    var plainText: String {
        PlainTextRenderer.render(self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
