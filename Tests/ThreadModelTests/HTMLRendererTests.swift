import XCTest

import ThreadModel

final class HTMLRendererTests: XCTestCase {
    func testUnsafeLinkIsWrittenAsItsContent() {
        let body = RichText([.paragraph([.link(destination: " JavaScript:alert(1)", title: nil, content: [.text("x")])])])
        XCTAssertEqual(HTMLRenderer.render(body), "<p>x</p>")
    }

    func testUnsafeImageIsWrittenAsItsAltText() {
        let body = RichText([.paragraph([.image(source: "data:text/html,<b>", alt: "a<b", title: nil)])])
        XCTAssertEqual(HTMLRenderer.render(body), "<p>a&lt;b</p>")
    }

    func testDataImageIsKept() {
        let body = RichText([.paragraph([.image(source: "data:image/png;base64,AA", alt: "", title: nil)])])
        XCTAssertEqual(HTMLRenderer.render(body), "<p><img src=\"data:image/png;base64,AA\" alt=\"\"></p>")
    }

    func testNestedLinkIsWrittenAsItsContent() {
        let body = RichText([.paragraph([.link(destination: "a", title: nil, content: [
            .link(destination: "b", title: nil, content: [.text("y")]),
        ])])])
        XCTAssertEqual(HTMLRenderer.render(body), "<p><a href=\"a\">y</a></p>")
    }

    func testQuoteFollowedByACombiningMarkIsStillEscaped() {
        // `"` + U+0301 is one Character; escaping by Character would let the quote through.
        let body = RichText([.paragraph([.link(destination: "u", title: "\"\u{301} onclick=x", content: [.text("<\u{338}")])])])
        XCTAssertEqual(HTMLRenderer.render(body), "<p><a href=\"u\" title=\"&quot;\u{301} onclick=x\">&lt;\u{338}</a></p>")
    }
}
