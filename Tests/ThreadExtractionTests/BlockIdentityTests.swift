import HTMLDOM
import XCTest

@testable import ThreadExtraction

final class BlockIdentityTests: XCTestCase {
    private func blocks(_ markup: String) throws -> [Node] {
        let document = try HTMLDocument(bytes: Array("<html><body>\(markup)</body></html>".utf8))
        return Array(try XCTUnwrap(document.root?.first { $0.is("body") }).elementChildren)
    }

    func testABlocksNumberIsTheFirstLongestRunOfDigitsInItsFirstNumberedValue() throws {
        let found = try blocks("""
            <div id="comment-12345"></div><div id="c-12" data-id="post_123_4567"></div>\
            <div id="e75a545147a27d8f9c" data-comment-id="88812"></div><div rel="777-888"></div>\
            <div><span></span><a name="p990011"></a></div><div id="x1"></div>\
            <div id="\u{43A}\u{43E}\u{43C}\u{43C}\u{435}\u{43D}\u{442}-4321"></div><div id="1\u{301}23"></div>
            """).map(BlockIdentity.number)
        // A hash holds digits but is no number; a digit with a combining mark is no digit.
        XCTAssertEqual(found, ["12345", "4567", "88812", "777", "990011", nil, "4321", nil])
    }

    func testBlocksWithoutDistinctNumbersAreCountedInOrder() throws {
        XCTAssertEqual(BlockIdentity.ids(of: try blocks(#"<div id="a-100"></div><div id="a-200"></div>"#)), ["100", "200"])
        XCTAssertEqual(BlockIdentity.ids(of: try blocks(#"<div id="a-100"></div><div id="b-100"></div>"#)), ["c1", "c2"])
    }
}
