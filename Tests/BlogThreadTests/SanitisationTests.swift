import BlogThread
import Foundation
import TestSupport
import XCTest

/// No script, event handler or `javascript:` URL survives into any exported body, whatever the
/// page held: checked on every fixture (the hostile one among them) and every corpus page.
final class SanitisationTests: XCTestCase {
    func testFixtureOutputsCarryNothingExecutable() throws {
        try assertClean(ExtractedPages.fixtures())
    }

    func testCorpusOutputsCarryNothingExecutable() throws {
        try assertClean(try ExtractedPages.corpus())
    }

    func testTheHostileFixtureIsReallyHostile() throws {
        let page = Fixtures.root.appendingPathComponent("wordpress/hostile-comments.html")
        let raw = try String(contentsOf: page, encoding: .utf8).lowercased()
        XCTAssertTrue(raw.contains("<script") && raw.contains("onerror=") && raw.contains("javascript:"))
    }

    private func assertClean(_ pages: [ExtractedPages.Page], file: StaticString = #filePath, line: UInt = #line) throws {
        for page in pages {
            let thread = try page.thread.get()
            let bodies = [thread.post?.body].compactMap { $0 } + thread.comments.map(\.body)
            for body in bodies {
                let html = HTMLRenderer.render(body).lowercased()
                XCTAssertNil(Self.executable(in: html), "\(page.name): \(html.prefix(200))", file: file, line: line)
            }
            // The Markdown as a renderer turns it into HTML, raw HTML let through: what a reader's
            // tool could end up running.
            if FileManager.default.isExecutableFile(atPath: CommonMarkReference.path) {
                let markdown = String(decoding: try MarkdownExporter().export(thread), as: UTF8.self)
                let rendered = try CommonMarkReference.html(for: markdown, unsafe: true).html
                XCTAssertNil(Self.executable(in: rendered.lowercased()), page.name, file: file, line: line)
            }
        }
    }

    /// What would run in a browser: a script-like element, an `on…` attribute, or a script URL,
    /// looked for in tags only (text is escaped, and may well talk about such things).
    static func executable(in html: String) -> String? {
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            let close = html[open...].firstIndex(of: ">") ?? html.endIndex
            let tag = html[open..<close]
            let name = tag.dropFirst().prefix { $0.isLetter }
            if ["script", "style", "iframe", "object", "embed", "svg", "math", "form", "base", "meta", "link"].contains(String(name)) {
                return String(tag)
            }
            for attribute in tag.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).dropFirst() {
                if attribute.hasPrefix("on") && attribute.contains("=") { return String(tag) }
                let value = attribute.drop { $0 != "=" }.dropFirst().drop { $0 == "\"" || $0 == "'" }
                    .filter { !$0.isWhitespace }
                if ["javascript:", "vbscript:", "data:text"].contains(where: { value.hasPrefix($0) }) { return String(tag) }
            }
            index = close
        }
        return nil
    }
}
