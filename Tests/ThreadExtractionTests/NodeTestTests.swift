import HTMLDOM
import XCTest

@testable import ThreadExtraction

/// Attribute and id tests read values as bytes: they answer as the Strings of the values would.
final class NodeTestTests: XCTestCase {
    private func element(_ markup: String) throws -> Node {
        let document = try HTMLDocument(bytes: Array("<html><body>\(markup)</body></html>".utf8))
        return try XCTUnwrap(document.root?.first { $0.is("div") })
    }

    func testAttributeTestsAnswerAsTheValuesStrings() throws {
        let node = try element(#"<div id="Comment-12" itemprop="text  comment" itemtype="https://schema.org/Comment" data-x="" rel="caf&#xE9;"></div>"#)
        XCTAssertTrue(NodeTest.attribute("data-x").matches(node))
        XCTAssertFalse(NodeTest.attribute("data").matches(node))
        XCTAssertTrue(NodeTest.attributeIs("rel", "caf\u{E9}").matches(node))
        // The same word written with a combining accent is the same text.
        XCTAssertTrue(NodeTest.attributeIs("rel", "cafe\u{301}").matches(node))
        XCTAssertFalse(NodeTest.attributeIs("rel", "caf").matches(node))
        XCTAssertTrue(NodeTest.attributeWord("itemprop", "comment").matches(node))
        XCTAssertFalse(NodeTest.attributeWord("itemprop", "comm").matches(node))
        XCTAssertTrue(NodeTest.attributeSuffix("itemtype", "/Comment").matches(node))
        XCTAssertFalse(NodeTest.attributeSuffix("itemtype", "/comment").matches(node))
        XCTAssertTrue(NodeTest.attributeContains("itemtype", "schema.org").matches(node))
        XCTAssertTrue(NodeTest.idContains("comment-").matches(node))
        XCTAssertTrue(NodeTest.idIs(["comment-12"]).matches(node))
        XCTAssertFalse(NodeTest.idIs(["comment-1"]).matches(node))
    }

    func testASuffixAfterACarriageReturnIsNotOneByItself() throws {
        // "\r\n" is one character: the value does not end with "\n" as a String.
        let node = try element("<div title=\"a&#13;&#10;\"></div>")
        XCTAssertEqual(NodeTest.attributeSuffix("title", "\n").matches(node), "a\r\n".hasSuffix("\n"))
        XCTAssertTrue(NodeTest.attributeSuffix("title", "\r\n").matches(node))
    }

    func testTagNamesAreComparedWhole() throws {
        let node = try element("<div></div>")
        XCTAssertTrue(NodeTest.tagNamed("div").matches(node))
        XCTAssertFalse(NodeTest.tagNamed("di").matches(node))
        XCTAssertTrue(NodeTest.tagPath(["div"]).matches(node))
    }
}
