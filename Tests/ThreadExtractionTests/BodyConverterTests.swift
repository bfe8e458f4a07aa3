import Foundation
import HTMLDOM
import ThreadModel
import XCTest

@testable import ThreadExtraction

final class BodyConverterTests: XCTestCase {
    /// Converts `html` placed inside a container element, against a blog post's URL.
    private func convert(
        _ html: String, base: String? = "https://example.com/post/",
        isExcluded: @escaping (Node) -> Bool = { _ in false }
    ) throws -> RichText {
        let document = try HTMLDocument(bytes: Array("<html><body><div id=\"body\">\(html)</div></body></html>".utf8))
        let container = try XCTUnwrap(document.root?.first { $0["id"] == "body" })
        return BodyConverter(resolver: URLResolver(base: base), isExcluded: isExcluded).convert(container)
    }

    private func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    // MARK: Paragraphs and whitespace

    func testCiteOpeningAQuoteIsALineOfItsOwn() throws {
        XCTAssertEqual(
            try convert("<blockquote><div><cite>Anna wrote:</cite>Classic icing.</div></blockquote>"),
            RichText([.quote([paragraph("Anna wrote:"), paragraph("Classic icing.")])]))
    }

    func testCiteInsideTextStaysEmphasis() throws {
        XCTAssertEqual(
            try convert("<p>As <cite>Ulysses</cite> says</p>"),
            RichText([.paragraph([.text("As "), .emphasis([.text("Ulysses")]), .text(" says")])]))
    }

    func testParagraphs() throws {
        XCTAssertEqual(try convert("<p>One</p>\n<p>Two</p>"), RichText([paragraph("One"), paragraph("Two")]))
    }

    func testWhitespaceCollapsesAndIsTrimmed() throws {
        XCTAssertEqual(try convert("<p>\n  a \n\t b  </p>"), RichText([paragraph("a b")]))
    }

    func testSpaceAtAnElementEdgeStaysOutsideIt() throws {
        XCTAssertEqual(
            try convert("<p>a <em> b </em> c</p>"),
            RichText([.paragraph([.text("a "), .emphasis([.text("b")]), .text(" c")])]))
    }

    func testNoBreakSpaceIsKept() throws {
        XCTAssertEqual(try convert("<p>a&nbsp;&nbsp;b</p>"), RichText([paragraph("a\u{A0}\u{A0}b")]))
    }

    func testBlankParagraphsAreDropped() throws {
        XCTAssertEqual(try convert("<p>&nbsp;</p><p> </p><p><br></p><p><b> </b></p><p>x</p>"), RichText([paragraph("x")]))
    }

    func testDivWithInlineContentIsAParagraph() throws {
        XCTAssertEqual(
            try convert("<div>Hello <b>world</b></div>"),
            RichText([.paragraph([.text("Hello "), .strong([.text("world")])])]))
    }

    func testTextBesideBlocksBecomesParagraphs() throws {
        XCTAssertEqual(
            try convert("Intro <p>Middle</p> Outro"),
            RichText([paragraph("Intro"), paragraph("Middle"), paragraph("Outro")]))
    }

    func testGroupingElementsAreTransparent() throws {
        XCTAssertEqual(
            try convert("<section><article><header><div><p>x</p></div></header></article></section><figure>y</figure>"),
            RichText([paragraph("x"), paragraph("y")]))
    }

    func testLineBreakInsideAParagraph() throws {
        XCTAssertEqual(try convert("<p>a <br> b</p>"), RichText([.paragraph([.text("a"), .lineBreak, .text("b")])]))
    }

    func testTwoLineBreaksSeparateParagraphs() throws {
        XCTAssertEqual(try convert("a<br><br>\n<br>b"), RichText([paragraph("a"), paragraph("b")]))
    }

    func testTwoLineBreaksInsideFormattingSplitIt() throws {
        XCTAssertEqual(
            try convert("<b>a<br><br>b</b>"),
            RichText([.paragraph([.strong([.text("a")])]), .paragraph([.strong([.text("b")])])]))
    }

    func testLeadingAndTrailingLineBreaksAreDropped() throws {
        XCTAssertEqual(try convert("<p><br> a <em>b<br></em></p>"), RichText([.paragraph([.text("a "), .emphasis([.text("b")])])]))
    }

    func testWordPressCommentBodyOfTextAndLineBreaks() throws {
        let html = "\n\tGreat post!<br />\nI agree.<br />\n<br />\nSecond thought<br />\n"
        XCTAssertEqual(
            try convert(html),
            RichText([.paragraph([.text("Great post!"), .lineBreak, .text("I agree.")]), paragraph("Second thought")]))
    }

    // MARK: Blocks

    func testHeading() throws {
        XCTAssertEqual(
            try convert("<h2> Title <em>here</em></h2>"),
            RichText([.heading(level: 2, content: [.text("Title "), .emphasis([.text("here")])])]))
    }

    func testQuote() throws {
        XCTAssertEqual(
            try convert("<blockquote><p>Quoted</p>Reply</blockquote>"),
            RichText([.quote([paragraph("Quoted"), paragraph("Reply")])]))
    }

    func testNestedListWithMixedItemContent() throws {
        XCTAssertEqual(
            try convert("<ul><li>a<ul><li>b</li></ul></li><li><p>c</p></li></ul>"),
            RichText([
                .list(
                    ordered: false, start: 1,
                    items: [[paragraph("a"), .list(ordered: false, start: 1, items: [[paragraph("b")]])], [paragraph("c")]])
            ]))
    }

    func testOrderedListStart() throws {
        XCTAssertEqual(
            try convert("<ol start=\" 3\"><li>x</li><li>y</li></ol>"),
            RichText([.list(ordered: true, start: 3, items: [[paragraph("x")], [paragraph("y")]])]))
    }

    func testListWrittenDirectlyInsideAListJoinsThePreviousItem() throws {
        XCTAssertEqual(
            try convert("<ul><li>a</li><ul><li>b</li></ul></ul>"),
            RichText([
                .list(ordered: false, start: 1, items: [[paragraph("a"), .list(ordered: false, start: 1, items: [[paragraph("b")]])]])
            ]))
    }

    func testCodeBlockKeepsWhitespaceAndLanguage() throws {
        XCTAssertEqual(
            try convert("<pre><code class=\"hljs language-swift\">let x = 1\n  if  y {\n\tz()\n}\n</code></pre>"),
            RichText([.code(language: "swift", text: "let x = 1\n  if  y {\n\tz()\n}")]))
    }

    func testCodeBlockLanguageFromSyntaxHighlighterBrush() throws {
        XCTAssertEqual(
            try convert("<pre class=\"brush: php; gutter: false\">echo &lt;b&gt;;</pre>"),
            RichText([.code(language: "php", text: "echo <b>;")]))
    }

    func testCodeBlockDropsTheNewlineAfterPreAndKeepsIndentation() throws {
        XCTAssertEqual(try convert("<pre>\n  a<br>b\n  </pre>"), RichText([.code(language: nil, text: "  a\nb")]))
    }

    func testPreformattedProseIsParagraphsWithItsLineBreaks() throws {
        let html = "<pre><div><span>Thanks, that worked.\nFirst try!\n\nNext time I <b>will</b> wait.</span></div></pre>"
        XCTAssertEqual(
            try convert(html),
            RichText([
                .paragraph([.text("Thanks, that worked."), .lineBreak, .text("First try!")]),
                .paragraph([.text("Next time I "), .strong([.text("will")]), .text(" wait.")]),
            ]))
    }

    func testPreformattedCommandsAndIndentedTextStayCode() throws {
        XCTAssertEqual(try convert("<pre>netsh interface tcp show global</pre>"), RichText([.code(language: nil, text: "netsh interface tcp show global")]))
        XCTAssertEqual(try convert("<pre>Done.\n  at main.swift</pre>"), RichText([.code(language: nil, text: "Done.\n  at main.swift")]))
        XCTAssertEqual(try convert("<pre>x = 1; y = 2.</pre>"), RichText([.code(language: nil, text: "x = 1; y = 2.")]))
    }

    func testRule() throws {
        XCTAssertEqual(try convert("a<hr>b"), RichText([paragraph("a"), .rule, paragraph("b")]))
    }

    func testTableWithHeadSection() throws {
        let html = "<table><thead><tr><th>Name</th><th>Age</th></tr></thead><tbody><tr><td>Ann</td><td>3</td></tr></tbody></table>"
        XCTAssertEqual(
            try convert(html),
            RichText([.table(Table(header: [[.text("Name")], [.text("Age")]], rows: [[[.text("Ann")], [.text("3")]]]))]))
    }

    func testTableHeaderFromFirstRowOfHeaderCells() throws {
        XCTAssertEqual(
            try convert("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"),
            RichText([.table(Table(header: [[.text("A")], [.text("B")]], rows: [[[.text("1")], [.text("2")]]]))]))
    }

    func testTableRowsArePaddedToOneWidth() throws {
        XCTAssertEqual(
            try convert("<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>"),
            RichText([.table(Table(header: nil, rows: [[[.text("1")], [.text("2")]], [[.text("3")], []]]))]))
    }

    func testBlocksInsideATableCellBecomeLineBreaks() throws {
        XCTAssertEqual(
            try convert("<table><tr><td><p>a</p><p>b</p></td><td>c</td></tr></table>"),
            RichText([.table(Table(header: nil, rows: [[[.text("a"), .lineBreak, .text("b")], [.text("c")]]]))]))
    }

    func testSingleCellLayoutTableFlows() throws {
        XCTAssertEqual(try convert("<table><tr><td><p>a</p><p>b</p></td></tr></table>"), RichText([paragraph("a"), paragraph("b")]))
    }

    func testDefinitionListBecomesParagraphs() throws {
        XCTAssertEqual(try convert("<dl><dt>Term</dt><dd>Meaning</dd></dl>"), RichText([paragraph("Term"), paragraph("Meaning")]))
    }

    func testConvertingARunOfSiblings() throws {
        let document = try HTMLDocument(bytes: Array("<div id=c><span>meta</span><p>one</p><p>two</p></div>".utf8))
        let container = try XCTUnwrap(document.root?.first { $0["id"] == "c" })
        let paragraphs = container.children.filter { $0.is("p") }
        XCTAssertEqual(
            BodyConverter(resolver: URLResolver(base: nil)).convert(nodes: paragraphs),
            RichText([paragraph("one"), paragraph("two")]))
    }

    // MARK: Inlines

    func testFormattingElements() throws {
        XCTAssertEqual(
            try convert("<p><i>a</i> <b>b</b> <del>c</del> <kbd>d</kbd> <cite>e</cite></p>"),
            RichText([
                .paragraph([
                    .emphasis([.text("a")]), .text(" "), .strong([.text("b")]), .text(" "), .strikethrough([.text("c")]),
                    .text(" "), .code("d"), .text(" "), .emphasis([.text("e")]),
                ])
            ]))
    }

    func testNestedLikeFormattingAppliesOnce() throws {
        XCTAssertEqual(try convert("<b><strong>x</strong></b>"), RichText([.paragraph([.strong([.text("x")])])]))
    }

    func testAdjacentLikeFormattingMerges() throws {
        XCTAssertEqual(try convert("<b>a</b><b>b</b>"), RichText([.paragraph([.strong([.text("ab")])])]))
    }

    func testCodeSpanCollapsesWhitespaceAndKeepsSpacesOutside() throws {
        XCTAssertEqual(
            try convert("<p>a<code> x \n y </code>b</p>"),
            RichText([.paragraph([.text("a "), .code("x y"), .text(" b")])]))
    }

    func testStylingElementsAreTransparent() throws {
        XCTAssertEqual(
            try convert("<p><span style=\"color:red\">a</span><font face=x>b</font><sup>c</sup><u>d</u><abbr>e</abbr></p>"),
            RichText([paragraph("abcde")]))
    }

    func testWordBreakOpportunityAndCommentsVanish() throws {
        XCTAssertEqual(try convert("<p>long<wbr>word<!-- note --> end</p>"), RichText([paragraph("longword end")]))
    }

    func testLinkIsResolvedWithTitle() throws {
        XCTAssertEqual(
            try convert("<a href=\"../about/\" title=\" About \">me</a>"),
            RichText([.paragraph([.link(destination: "https://example.com/about/", title: "About", content: [.text("me")])])]))
    }

    func testLinkWithoutHrefIsItsContent() throws {
        XCTAssertEqual(try convert("<a name=\"top\">top</a>"), RichText([paragraph("top")]))
    }

    func testEmptyLinkIsDropped() throws {
        XCTAssertEqual(try convert("<p>a <a href=\"/x\"> </a>b</p>"), RichText([paragraph("a b")]))
    }

    func testLinkAroundAnImageKeepsTheImage() throws {
        XCTAssertEqual(
            try convert("<a href=\"/full.jpg\"><img src=\"/thumb.jpg\" alt=\"A cat\"></a>"),
            RichText([
                .paragraph([
                    .link(
                        destination: "https://example.com/full.jpg", title: nil,
                        content: [.image(source: "https://example.com/thumb.jpg", alt: "A cat", title: nil)])
                ])
            ]))
    }

    func testLazyImageUsesItsRealSource() throws {
        XCTAssertEqual(
            try convert("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-lazy-src=\"/real.jpg\" alt=\"A\" title=\"T\">"),
            RichText([.paragraph([.image(source: "https://example.com/real.jpg", alt: "A", title: "T")])]))
    }

    func testImageFromSourceSet() throws {
        XCTAssertEqual(
            try convert("<img srcset=\" /small.jpg 480w, /large.jpg 1080w\" alt=\"\">"),
            RichText([.paragraph([.image(source: "https://example.com/small.jpg", alt: "", title: nil)])]))
    }

    func testSavedPageImageFallsBackToTheOriginalFile() throws {
        XCTAssertEqual(
            try convert(
                "<img src=\"./Page_files/a.jpg\" data-orig-file=\"https://example.com/a.jpg\" alt=\"x\">",
                base: "file:///home/someone/Page.html"),
            RichText([.paragraph([.image(source: "https://example.com/a.jpg", alt: "x", title: nil)])]))
    }

    func testImageWithoutUsableSourceIsItsAltText() throws {
        XCTAssertEqual(try convert("<p>see <img src=\"photo.jpg\" alt=\"photo\"></p>", base: nil), RichText([paragraph("see photo")]))
    }

    func testSmileyAndEmojiImagesBecomeText() throws {
        XCTAssertEqual(
            try convert(
                "<p>Thanks <img class=\"wp-smiley\" src=\"/s.png\" alt=\":)\"> <img src=\"/e.svg\" alt=\"🙂\" class=\"x\"> "
                    + "<img src=\"/h.png\" alt=\"❤️\"></p>"),
            RichText([paragraph("Thanks :) 🙂 ❤️")]))
    }

    func testVideoBecomesALinkToItsFile() throws {
        XCTAssertEqual(
            try convert("<video controls><source src=\"/clip.mp4\" type=\"video/mp4\">No video support</video>"),
            RichText([
                .paragraph([.link(destination: "https://example.com/clip.mp4", title: nil, content: [.text("https://example.com/clip.mp4")])])
            ]))
    }

    // MARK: Sanitising

    func testActiveAndEmbeddedContentIsDropped() throws {
        let html = """
            <script>alert(1)</script><style>p { color: red }</style><noscript>enable js</noscript>
            <iframe src="https://evil.example/"></iframe><object data="x"><embed src="x"></object>
            <form><input value="v"><button>Send</button><select><option>o</option></select><textarea>t</textarea></form>
            <canvas>c</canvas><math><mi>x</mi></math><template><p>t</p></template><p>ok</p>
            """
        XCTAssertEqual(try convert(html), RichText([paragraph("ok")]))
    }

    func testImageEventHandlerCannotSurvive() throws {
        XCTAssertEqual(
            try convert("<img src=x onerror=alert(1)>"),
            RichText([.paragraph([.image(source: "https://example.com/post/x", alt: "", title: nil)])]))
    }

    func testObfuscatedJavascriptLinkKeepsOnlyItsText() throws {
        XCTAssertEqual(
            try convert("<a href=\"java&#x09;script:alert(1)\">click</a> <a href=\" JaVaScRiPt:alert(1)\">me</a>"),
            RichText([paragraph("click me")]))
    }

    func testSVGIsDroppedWithItsContent() throws {
        XCTAssertEqual(
            try convert("<svg onload=\"alert(1)\"><a href=\"https://example.com/\">q</a><script>x</script></svg>after"),
            RichText([paragraph("after")]))
    }

    func testExcludedElementsAreDropped() throws {
        let html = """
            <p>Nice.</p>
            <div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper" id="like-post-wrapper-1-2-3">
              <h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder">
              <span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div>
            </div>
            <div class="reply"><a class="comment-reply-link" href="?replytocom=5">Reply</a></div>
            """
        let converted = try convert(html) { $0.hasClass("jetpack-likes-widget-wrapper") || $0.hasClass("reply") }
        XCTAssertEqual(converted, RichText([paragraph("Nice.")]))
    }

    // MARK: Deep nesting

    /// libxml2 2.9 stops at 256 levels of nesting; deeper markup must still convert safely.
    func testFiveHundredNestedQuotesAndDivsDoNotCrash() throws {
        for tag in ["blockquote", "div"] {
            let html = String(repeating: "<\(tag)>", count: 500) + "deep" + String(repeating: "</\(tag)>", count: 500)
            XCTAssertLessThanOrEqual(quoteDepth(try convert(html).blocks), BodyConverter.maximumDepth)
        }
    }

    func testQuotesNestedBeyondTheCapKeepTheirText() throws {
        let html = String(repeating: "<blockquote>", count: 200) + "deep" + String(repeating: "</blockquote>", count: 200)
        let body = try convert(html)
        XCTAssertEqual(quoteDepth(body.blocks), BodyConverter.maximumDepth)
        XCTAssertEqual(innermostParagraphs(body.blocks), [paragraph("deep")])
    }

    func testDivsNestedBeyondTheCapKeepTheirTextAndParagraphs() throws {
        let html = String(repeating: "<div>", count: 200) + "a<br>b<p>c</p>" + String(repeating: "</div>", count: 200)
        XCTAssertEqual(try convert(html), RichText([.paragraph([.text("a"), .lineBreak, .text("b")]), paragraph("c")]))
    }

    func testContentAfterAnEmbedIsKept() throws {
        XCTAssertEqual(try convert("<p><embed src=\"movie.swf\">after</p>"), RichText([paragraph("after")]))
    }

    /// Conversion recursion is capped, so it fits a thread stack far smaller than the main one
    /// (concurrency and dispatch worker threads have small stacks).
    func testDeepNestingFitsASmallStack() throws {
        let html = String(repeating: "<blockquote><div><ul><li><em><a href=\"/x\"><span>", count: 100) + "deep"
        let data = Array("<html><body><div id=\"body\">\(html)</div></body></html>".utf8)
        let done = expectation(description: "converted")
        let thread = Thread {
            let document = try? HTMLDocument(bytes: data)
            if let container = document?.root?.first(where: { $0["id"] == "body" }) {
                _ = BodyConverter(resolver: URLResolver(base: "https://example.com/")).convert(container)
            }
            done.fulfill()
        }
        thread.stackSize = 256 * 1024
        thread.start()
        wait(for: [done], timeout: 30)
    }

    private func quoteDepth(_ blocks: [Block]) -> Int {
        var depth = 0
        var level = blocks
        while let inner = level.lazy.compactMap({ block -> [Block]? in
            if case .quote(let content) = block { return content }
            return nil
        }).first {
            depth += 1
            level = inner
        }
        return depth
    }

    private func innermostParagraphs(_ blocks: [Block]) -> [Block] {
        var level = blocks
        while case .quote(let inner)? = level.first, level.count == 1 { level = inner }
        return level
    }
}
