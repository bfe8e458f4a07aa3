import XCTest
@testable import HTMLDOM

final class NodeNameTests: XCTestCase {
    /// A tag name known at run time matches as `name ==` does: byte for byte, and canonically
    /// equivalent where either side holds other than ASCII.
    func testNamesMatchAsStringsCompare() throws {
        let document = try HTMLDocument(bytes: Array("<html><body><section><café>x</café></section></body></html>".utf8))
        let elements = Array(try XCTUnwrap(document.root).descendants).filter(\.isElement)
        let section = try XCTUnwrap(elements.first { $0.is("section") })
        XCTAssertTrue(section.hasName("section"))
        XCTAssertFalse(section.hasName("sectio"))
        XCTAssertFalse(section.hasName("sections"))
        XCTAssertFalse(section.hasName(""))
        let cafe = try XCTUnwrap(elements.first { $0.name.hasPrefix("caf") })
        for name in ["section", "café", "cafe\u{301}", "cafe", "caf"] {
            XCTAssertEqual(cafe.hasName(name), cafe.name == name, name)
        }
    }
}
