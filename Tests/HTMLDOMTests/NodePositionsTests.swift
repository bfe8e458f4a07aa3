import XCTest
@testable import HTMLDOM

final class NodePositionsTests: XCTestCase {
    private let html = #"<html><body><ol><li id="a">A<p>x</p></li><li id="b">B</li></ol><svg><path/></svg></body></html>"#

    func testPositionsAreThoseSetAndNoneForOtherNodes() throws {
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let nodes = Array(try XCTUnwrap(document.root).descendants)
        var positions = NodePositions(of: document)
        for (position, node) in nodes.enumerated() where node.isElement { positions[node] = position }
        for (position, node) in nodes.enumerated() {
            XCTAssertEqual(positions[node], node.isElement ? position : nil)
        }
        positions[nodes[1]] = nil
        XCTAssertNil(positions[nodes[1]])
        let other = try HTMLDocument(bytes: Array(html.utf8))
        XCTAssertNil(positions[Array(try XCTUnwrap(other.root).descendants)[1]])
    }

    /// A tag set answers as `isAny(of:)` for every node, tags the page never uses included.
    func testTagSetsAnswerAsTagNames() throws {
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let nodes = Array(try XCTUnwrap(document.root).descendants)
        let lists: [[StaticString]] = [["li"], ["p", "ol"], ["path", "table"], ["id"], [], ["LI"]]
        for tags in lists {
            let set = TagSet(tags, in: document)
            for node in nodes {
                XCTAssertEqual(set.contains(node), node.isAny(of: tags), "\(tags) \(node.name)")
            }
        }
        let other = try HTMLDocument(bytes: Array(html.utf8))
        let items = Array(try XCTUnwrap(other.root).descendants).filter { $0.is("li") }
        XCTAssertFalse(TagSet(["li"], in: document).contains(items[0]))
    }

    /// Elements share a name number exactly where they share the name.
    func testNameNumbersFollowNames() throws {
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let elements = Array(try XCTUnwrap(document.root).descendants).filter(\.isElement)
        for first in elements {
            for second in elements {
                XCTAssertEqual(first.nameNumber == second.nameNumber, first.name == second.name)
            }
        }
        XCTAssertTrue(try XCTUnwrap(document.root).descendants.filter { !$0.isElement }.allSatisfy { $0.nameNumber < 0 })
    }
}
