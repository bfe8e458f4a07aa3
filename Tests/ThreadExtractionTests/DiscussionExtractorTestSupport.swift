import HTMLDOM
import ThreadModel
@testable import ThreadExtraction

/// Runs the whole extraction over an inline page, as the command-line tool would.
func extractThread(_ html: String) throws -> ExtractedThread {
    ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
}
