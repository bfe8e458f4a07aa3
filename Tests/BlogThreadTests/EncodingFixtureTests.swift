import BlogThread
import Foundation
import XCTest

/// Pages saved in every encoding real pages carry read as a browser shows them.
final class EncodingFixtureTests: XCTestCase {
    private static let folder = Fixtures.root.appendingPathComponent("encodings")

    /// `expected.tsv`: page, the encoding a browser uses, the comment's author and text.
    func testEveryEncodingReadsAsABrowserShowsIt() throws {
        let manifest = try String(contentsOf: Self.folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
        let rows = manifest.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        XCTAssertGreaterThanOrEqual(rows.count, 17)
        for row in rows {
            let page = String(row[0])
            let thread = try ThreadReader().read(contentsOf: Self.folder.appendingPathComponent(page).path)
            XCTAssertEqual(thread.source.encoding, String(row[1]), page)
            XCTAssertEqual(thread.comments.first?.author?.name, String(row[2]), page)
            XCTAssertEqual(thread.comments.first.map { PlainTextRenderer.render($0.body) }, String(row[3]), page)
        }
    }

    /// The corpus pages that are not UTF-8 (windows-1251, ISO-8859-1, EUC-JP, undeclared) come out
    /// without replacement characters or the mojibake of a wrong guess.
    func testNonUTF8CorpusPagesDecodeCleanly() throws {
        let pages = try ExtractedPages.corpus().filter { page in
            guard let bytes = try? Data(contentsOf: page.url) else { return false }
            return String(data: bytes, encoding: .utf8) == nil
        }
        XCTAssertFalse(pages.isEmpty)
        for page in pages {
            let thread = try page.thread.get()
            let texts = [thread.post?.title ?? ""] + thread.comments.map { PlainTextRenderer.render($0.body) + ($0.author?.name ?? "") }
            for text in texts {
                XCTAssertFalse(text.contains("\u{FFFD}"), "\(page.name): \(text.prefix(80))")
                XCTAssertNil(["Ã¤", "Ã¶", "Ã¼", "ÃŸ", "Ð¾", "Ñ‚", "â€"].first { text.contains($0) }, "\(page.name): \(text.prefix(80))")
            }
        }
    }
}
