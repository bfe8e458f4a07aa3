import Foundation
import XCTest

@testable import ThreadModel

/// The reader of the schema's `html` is the exact inverse of `HTMLRenderer` on every block and
/// inline case, and refuses what the renderer never writes.
final class HTMLSubsetReaderTests: XCTestCase {
    private let everyCase = RichText([
        .heading(level: 2, content: [.text("A & B < C > D \"E\"")]),
        .paragraph([
            .text("plain "), .emphasis([.text("em "), .strong([.text("strong")])]), .strikethrough([.text("gone")]),
            .code("x < y"), .lineBreak,
            .link(destination: "https://example.com/?a=1&b=\"2\"", title: "t \"q\"", content: [.text("link")]),
            .link(destination: "/relative", title: nil, content: [.image(source: "i.png", alt: "", title: nil)]),
            .image(source: "data:image/png;base64,AA", alt: "alt & text", title: "title"),
        ]),
        .paragraph([]),
        .quote([.paragraph([.text("quoted")]), .quote([.rule])]),
        .list(ordered: false, start: 1, items: [[.paragraph([.text("one")])], [], [.code(language: nil, text: "")]]),
        .list(ordered: true, start: 3, items: [[.paragraph([.text("three")]), .list(ordered: true, start: 1, items: [[]])]]),
        .code(language: "swift", text: "let a = \"<b>\"\n  && c\n"),
        .code(language: nil, text: "plain\n"),
        .rule,
        .table(Table(header: [[.text("h1")], []], rows: [[[.text("a")], [.strong([.text("b")])]], []])),
        .table(Table(header: nil, rows: [])),
        .heading(level: 6, content: []),
    ])

    func testEveryBlockAndInlineReadsBackAsWritten() throws {
        XCTAssertEqual(try HTMLSubsetReader.read(everyCase.html), everyCase)
    }

    func testTheBodyCodesAsItsHTMLString() throws {
        let data = try JSONEncoder().encode([everyCase])
        let strings = try JSONDecoder().decode([String].self, from: data)
        XCTAssertEqual(strings, [everyCase.html])
        XCTAssertEqual(try JSONDecoder().decode([RichText].self, from: data), [everyCase])
    }

    func testAnEmptyBodyIsTheEmptyString() throws {
        XCTAssertEqual(RichText().html, "")
        XCTAssertEqual(try HTMLSubsetReader.read(""), RichText())
    }

    func testWhatTheRendererNeverWritesIsRefused() {
        for html in [
            "text outside a block", "<div>x</div>", "<p>x", "<p>x</b>", "<p onclick=\"x\">x</p>", "<p>a &nbsp; b</p>",
            "<p>a > b</p>", "<script>x</script>", "<p><span>x</span></p>", "<a href=\"x\">x</a>", "<p><img src=\"x\"></p>",
            "<ol start=\"x\"><li></li></ol>", "<ul><p>x</p></ul>", "<pre>x</pre>", "<P>x</P>", "<p>x</p><",
        ] {
            XCTAssertThrowsError(try HTMLSubsetReader.read(html), html)
        }
    }

    func testAFailureNamesWhereItStopped() {
        XCTAssertThrowsError(try HTMLSubsetReader.read("<p>ok</p><div>")) { error in
            XCTAssertEqual("\(error)", "html at byte 9: <div> is not a block the renderer writes")
        }
    }
}
