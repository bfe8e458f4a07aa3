import XCTest
@testable import HTMLDOM

final class NodeSetTests: XCTestCase {
    func testMembersAreTheNodesGivenAndNoNodeOfAnotherDocument() throws {
        let html = #"<html><body><ol><li id="a">A<p>x</p></li><li id="b">B</li><li id="c">C</li></ol></body></html>"#
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let items = try XCTUnwrap(document.root).descendants.filter { $0.is("li") }
        let set = NodeSet([items[0], items[2]], of: document)
        XCTAssertEqual(try XCTUnwrap(document.root).descendants.filter(set.contains).map(\.id), ["a", "c"])
        let other = try HTMLDocument(bytes: Array(html.utf8))
        let twin = try XCTUnwrap(other.root).descendants.filter { $0.is("li") }[0]
        XCTAssertFalse(set.contains(twin))
        XCTAssertFalse(NodeSet([], of: document).contains(items[0]))
    }
}
