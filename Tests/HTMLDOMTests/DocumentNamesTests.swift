import XCTest
@testable import HTMLDOM

final class DocumentNamesTests: XCTestCase {
    private let html = """
        <html><head><meta name="generator" content="x"></head><body><ol id="list">
        <li class="comment even depth-1" data-n="1">A</li><li class="comment even depth-1">B</li>
        <li class=" comment\todd\ndepth-2 ">C</li><custom-element id="c-1" class=""></custom-element></ol></body></html>
        """

    func testTheDocumentsNamesClassesAndIdsAreEachOnce() throws {
        let document = try HTMLDocument(bytes: Array(html.utf8))
        XCTAssertEqual(document.elementNames, ["html", "head", "meta", "body", "ol", "li", "custom-element"])
        XCTAssertEqual(document.attributeNames, ["name", "content", "id", "class", "data-n"])
        XCTAssertEqual(document.classTokens, ["comment", "even", "odd", "depth-1", "depth-2"])
        XCTAssertEqual(document.values(ofAttribute: "id"), ["list", "c-1"])
        XCTAssertEqual(document.values(ofAttribute: "title"), [])
        let third = try XCTUnwrap(document.root?.descendants.filter { $0.is("li") }.last)
        XCTAssertEqual(third.classes, ["comment", "odd", "depth-2"])
    }

    func testTheyAreWhatAWalkOfEveryElementFinds() throws {
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let root = try XCTUnwrap(document.root)
        let elements = [root] + Array(root.descendants)
        XCTAssertEqual(document.elementNames, Set(elements.map(\.name)))
        XCTAssertEqual(document.attributeNames, Set(elements.flatMap(\.attributeNames)))
        XCTAssertEqual(document.classTokens, Set(elements.flatMap(\.classes).map(String.init)))
        XCTAssertEqual(document.values(ofAttribute: "id"), Set(elements.compactMap(\.id)))
    }
}
