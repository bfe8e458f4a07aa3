import BlogThread
import Foundation
import XCTest

/// The standalone page: a few fixture threads against golden pages (kept as examples under
/// Documentation/Archives), and every fixture and corpus page checked to run nothing and to load
/// nothing from anywhere.
final class HTMLExportTests: XCTestCase {
    static let examples = Fixtures.root.deletingLastPathComponent().appendingPathComponent("Documentation/Archives")
    /// Deep replies, hostile bodies, pingbacks, a forum-like tree.
    static let goldenFixtures = [
        "wordpress/hostile-comments", "wordpress/twentytwelve-german", "hackernews/ask-hn-threaded",
        "reddit/old-reddit-threaded",
    ]

    func testExamplePagesMatchTheirGoldenFiles() throws {
        let pages = ExtractedPages.fixtures()
        for name in Self.goldenFixtures {
            let page = try XCTUnwrap(pages.first { $0.url.deletingPathExtension().path.hasSuffix("/" + name) }, name)
            let thread = Fixtures.portable(try page.thread.get())
            let golden = Self.examples.appendingPathComponent(name.replacingOccurrences(of: "/", with: "-") + ".html")
            try Golden.assert(try HTMLExporter().export(thread), golden)
        }
    }

    func testNoFixturePageRunsScriptOrLoadsAnything() throws {
        try assertInert(ExtractedPages.fixtures())
    }

    func testNoCorpusPageRunsScriptOrLoadsAnything() throws {
        try assertInert(try ExtractedPages.corpus())
    }

    /// Only elements and attributes that neither run nor fetch: any other would fail here, so a
    /// new one is a decision rather than an accident.
    static let elements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "article", "header", "footer", "section", "h1", "h2", "h3",
        "h4", "h5", "h6", "p", "a", "span", "time", "div", "ol", "ul", "li", "blockquote", "pre", "code", "em",
        "strong", "del", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "details", "summary",
    ]
    static let attributes: Set<String> = [
        "lang", "charset", "name", "content", "http-equiv", "href", "title", "class", "id", "datetime", "start",
    ]

    private func assertInert(_ pages: [ExtractedPages.Page], file: StaticString = #filePath, line: UInt = #line) throws {
        var checked = 0
        for page in pages {
            guard case .success(let thread) = page.thread else { continue }
            let html = String(decoding: try HTMLExporter().export(thread), as: UTF8.self)
            let problems = Self.problems(in: html)
            XCTAssert(problems.isEmpty, "\(page.name): \(problems.prefix(5))", file: file, line: line)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0, file: file, line: line)
    }

    /// What in the page could run or fetch: unknown elements or attributes, script addresses,
    /// stylesheet fetches, and any policy but the one that forbids every load.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        // The stylesheet is the exporter's own; its text holds no tags, and no fetch of its own.
        let style = html.range(of: "<style>").flatMap { open in
            html.range(of: "</style>", range: open.upperBound..<html.endIndex).map { html[open.upperBound..<$0.lowerBound] }
        } ?? ""
        for fetch in ["url(", "@import", "@font-face", "<"] where style.contains(fetch) {
            problems.append("stylesheet has \(fetch)")
        }
        let tag = try! NSRegularExpression(pattern: "<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")
        let attribute = try! NSRegularExpression(pattern: "([^\\s=\"'/]+)(?:=\"([^\"]*)\")?")
        let whole = html as NSString
        for match in tag.matches(in: html, range: NSRange(location: 0, length: whole.length)) {
            let name = whole.substring(with: match.range(at: 1)).lowercased()
            if !elements.contains(name) { problems.append("element <\(name)>") }
            let rest = whole.substring(with: match.range(at: 2)) as NSString
            for pair in attribute.matches(in: rest as String, range: NSRange(location: 0, length: rest.length)) {
                let key = rest.substring(with: pair.range(at: 1)).lowercased()
                let value = pair.range(at: 2).location == NSNotFound ? "" : rest.substring(with: pair.range(at: 2))
                if !attributes.contains(key) { problems.append("attribute \(key) on <\(name)>") }
                if key == "href", value.lowercased().hasPrefix("javascript:") || value.lowercased().hasPrefix("data:") {
                    problems.append("address \(value)")
                }
                if key == "http-equiv", value.lowercased() != "content-security-policy" { problems.append("http-equiv \(value)") }
                if key == "content", value.contains("-src"), value != "default-src 'none'; style-src 'unsafe-inline'" {
                    problems.append("policy \(value)")
                }
            }
        }
        if html.components(separatedBy: "<style>").count != 2 { problems.append("not exactly one stylesheet") }
        if !html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"") { problems.append("no policy") }
        return problems
    }
}

extension HTMLExportTests {
    /// The check itself finds what it looks for.
    func testTheCheckFindsLoadsAndScripts() {
        let page = try! String(contentsOf: Self.examples.appendingPathComponent("wordpress-hostile-comments.html"), encoding: .utf8)
        XCTAssertEqual(Self.problems(in: page), [])
        for bad in ["<img src=\"x.png\">", "<p onclick=\"x()\">", "<a href=\"javascript:x()\">", "<script>", "<link rel=\"x\">"] {
            XCTAssertFalse(Self.problems(in: page.replacingOccurrences(of: "<body>", with: "<body>" + bad)).isEmpty, bad)
        }
        XCTAssertFalse(Self.problems(in: page.replacingOccurrences(of: "*{", with: "@import \"x.css\";*{")).isEmpty)
    }
}
