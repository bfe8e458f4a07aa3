import XCTest

import ThreadModel

final class PlainTextRendererTests: XCTestCase {
    func testEmptyListItemLeavesNoBlankLine() {
        let body = RichText([.list(ordered: false, start: 1, items: [[.paragraph([.text("a")])], [], [.paragraph([.text("b")])]])])
        XCTAssertEqual(PlainTextRenderer.render(body), "a\nb")
    }
}
