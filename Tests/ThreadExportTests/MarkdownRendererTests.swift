import ThreadModel
import XCTest

@testable import ThreadExport

/// Each block and inline kind as a person would write it.
final class MarkdownRendererTests: XCTestCase {
    private func markdown(_ blocks: Block..., tables: MarkdownRenderer.TableStyle = .pipe) -> String {
        MarkdownRenderer.render(RichText(blocks), tables: tables)
    }

    private func inline(_ inlines: Inline...) -> String {
        MarkdownRenderer.render(RichText([.paragraph(inlines)]))
    }

    // MARK: Inlines

    func testEmphasisStrongAndStrikethrough() {
        XCTAssertEqual(inline(.emphasis([.text("a")]), .text(" "), .strong([.text("b")]), .text(" "),
            .strikethrough([.text("c")])), "*a* **b** ~~c~~")
    }

    func testEmphasisEdgeSpacesMoveOutside() {
        XCTAssertEqual(inline(.text("a"), .emphasis([.text(" b ")]), .text("c")), "a *b* c")
    }

    func testEmphasisThatCannotBeReadBackIsWrittenAsText() {
        // `*` after a letter and before punctuation cannot open emphasis.
        XCTAssertEqual(inline(.text("a"), .emphasis([.text("\"b\"")])), "a\"b\"")
    }

    func testAdjacentEmphasesMerge() {
        XCTAssertEqual(inline(.emphasis([.text("a")]), .emphasis([.text("b")])), "*ab*")
    }

    func testEmptyEmphasisVanishes() {
        XCTAssertEqual(inline(.text("a"), .strong([]), .emphasis([.text(" ")]), .text("b")), "a b")
    }

    func testCodeSpan() {
        XCTAssertEqual(inline(.text("run "), .code("ls `pwd`")), "run `` ls `pwd` ``")
    }

    func testLinkWithTitle() {
        XCTAssertEqual(inline(.link(destination: "https://e.com", title: "T", content: [.text("site")])),
            "[site](https://e.com \"T\")")
    }

    func testNestedLinkIsWrittenAsText() {
        XCTAssertEqual(inline(.link(destination: "a", title: nil, content: [
            .text("x "), .link(destination: "b", title: nil, content: [.text("y")]),
        ])), "[x y](a)")
    }

    func testUnsafeLinkIsWrittenAsText() {
        XCTAssertEqual(inline(.link(destination: "javascript:alert(1)", title: nil, content: [.text("click")])), "click")
        XCTAssertEqual(inline(.link(destination: "data:text/html,x", title: nil, content: [.text("d")])), "d")
    }

    func testImage() {
        XCTAssertEqual(inline(.image(source: "a.png", alt: "A [b]", title: "t")), "![A \\[b\\]](a.png \"t\")")
        XCTAssertEqual(inline(.image(source: "data:image/png;base64,AA", alt: "ok", title: nil)), "![ok](data:image/png;base64,AA)")
    }

    func testUnsafeImageIsWrittenAsItsAltText() {
        XCTAssertEqual(inline(.image(source: "javascript:x", alt: "alt", title: nil)), "alt")
    }

    func testHardBreakUsesABackslash() {
        XCTAssertEqual(inline(.text("a"), .lineBreak, .text("b")), "a\\\nb")
    }

    func testBreaksAtParagraphEdgesAreDropped() {
        XCTAssertEqual(inline(.lineBreak, .text("a"), .lineBreak), "a")
    }

    // MARK: Blocks

    func testParagraphsAreSeparatedByBlankLines() {
        XCTAssertEqual(markdown(.paragraph([.text("a")]), .paragraph([.text("b")])), "a\n\nb")
    }

    func testHeadingLevelsAreClamped() {
        XCTAssertEqual(markdown(.heading(level: 0, content: [.text("a")]), .heading(level: 9, content: [.text("b")])),
            "# a\n\n###### b")
    }

    func testNestedQuotes() {
        XCTAssertEqual(markdown(.quote([.paragraph([.text("a")]), .quote([.paragraph([.text("b")])])])),
            "> a\n>\n> > b")
    }

    func testBulletListIsTight() {
        XCTAssertEqual(markdown(.list(ordered: false, start: 1, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]])),
            "- a\n- b")
    }

    func testOrderedListKeepsItsStartAndIndentsByMarkerWidth() {
        let item = { (text: String) in [Block.paragraph([.text(text)]), .paragraph([.text("more")])] }
        XCTAssertEqual(markdown(.list(ordered: true, start: 9, items: [item("nine"), item("ten")])),
            "9. nine\n\n   more\n\n10. ten\n\n    more")
    }

    func testNestedListsAlternateBulletsSoNoLineIsARule() {
        let inner = Block.list(ordered: false, start: 1, items: [[]])
        XCTAssertEqual(markdown(.list(ordered: false, start: 1, items: [[.list(ordered: false, start: 1, items: [[inner]])]])),
            "- + -")
    }

    func testAdjacentListsUseDifferentMarkers() {
        let list = { (ordered: Bool) in Block.list(ordered: ordered, start: 1, items: [[.paragraph([.text("x")])]]) }
        XCTAssertEqual(markdown(list(false), list(false), list(true), list(true)), "- x\n\n+ x\n\n1. x\n\n1) x")
    }

    func testSublistThatCannotInterruptAParagraphMakesTheListLoose() {
        let sublist = Block.list(ordered: true, start: 3, items: [[.paragraph([.text("b")])]])
        XCTAssertEqual(markdown(.list(ordered: false, start: 1, items: [[.paragraph([.text("a")]), sublist]])),
            "- a\n\n  3. b")
    }

    func testFencedCodeWithLanguage() {
        XCTAssertEqual(markdown(.code(language: "swift", text: "let a = \"```\"\n")), "````swift\nlet a = \"```\"\n````")
    }

    func testCodeInsideAListItemIsIndented() {
        XCTAssertEqual(markdown(.list(ordered: true, start: 1, items: [[.code(language: nil, text: "a\n\nb")]])),
            "1. ```\n   a\n\n   b\n   ```")
    }

    func testThematicBreak() {
        XCTAssertEqual(markdown(.paragraph([.text("a")]), .rule), "a\n\n***")
    }

    func testPipeTablePadsRowsAndGivesAHeaderlessTableAnEmptyHeader() {
        let table = Table(header: nil, rows: [[[.text("a")], [.text("b")]], [[.text("c")]]])
        XCTAssertEqual(markdown(.table(table)), "|  |  |\n| --- | --- |\n| a | b |\n| c |  |")
    }

    func testTableAsPlainParagraphs() {
        let table = Table(header: [[.text("H1")], [.text("H2")]], rows: [[[.text("a")], [.text("b")]]])
        XCTAssertEqual(markdown(.table(table), tables: .plainText), "**H1**\\\n**H2**\n\na\\\nb")
    }

    func testEmptyBlocksWriteNothing() {
        XCTAssertEqual(markdown(.paragraph([]), .paragraph([.text("  ")]), .table(Table(header: nil, rows: []))), "")
    }
}
