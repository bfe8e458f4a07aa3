import BlogThread
import Foundation
import TestSupport
import XCTest

/// The Markdown of every fixture and every corpus page is valid CommonMark, and rendered back by
/// the reference implementation it shows every comment's text, in order.
final class MarkdownRoundTripOverPagesTests: XCTestCase {
    /// cmark knows no tables; the pipe form is checked elsewhere.
    private let exporter = MarkdownExporter(options: .init(tables: .plainText))

    func testFixturePagesRoundTrip() throws {
        try CommonMarkReference.requireInstalled()
        let checked = try roundTrip(ExtractedPages.fixtures())
        XCTAssertGreaterThan(checked, 100)
        print("round trip: \(checked) fixture comments checked")
    }

    func testCorpusPagesRoundTrip() throws {
        try CommonMarkReference.requireInstalled()
        let checked = try roundTrip(try ExtractedPages.corpus())
        XCTAssertGreaterThan(checked, 2000)
        print("round trip: \(checked) corpus comments checked")
    }

    /// Returns how many comments were compared.
    private func roundTrip(_ pages: [ExtractedPages.Page], file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        var checked = 0
        for page in pages {
            let thread = try page.thread.get()
            let markdown = exporter.render(thread)
            let (html, status) = try CommonMarkReference.html(for: markdown)
            XCTAssertEqual(status, 0, page.name, file: file, line: line)
            let shown = CommonMarkReference.normalizedWhitespace(CommonMarkReference.text(ofHTML: html))
            // Comments in document order; pingbacks and trackbacks have a section of their own.
            var cursors = [true: shown.startIndex, false: shown.startIndex]
            for comment in thread.comments {
                let text = CommonMarkReference.normalizedWhitespace(PlainTextRenderer.render(comment.body))
                guard !text.isEmpty else { continue }
                checked += 1
                let isComment = comment.kind == .comment
                guard let found = shown.range(of: text, range: cursors[isComment]!..<shown.endIndex) else {
                    XCTFail("\(page.name): comment \(comment.id) is not shown as “\(text.prefix(80))”", file: file, line: line)
                    continue
                }
                cursors[isComment] = found.upperBound
            }
        }
        return checked
    }
}
