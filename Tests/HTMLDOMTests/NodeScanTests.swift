import XCTest
@testable import HTMLDOM

/// The scans of the store's tables find what a walk of the tree finds: the subtree of any
/// element is the run of node numbers that follows it.
final class NodeScanTests: XCTestCase {
    private static let tags = ["a", "script", "p", "link", "html"]

    func testScansAgreeWithTheWalkOnEveryFixturePage() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Fixtures").standardized
        let pages = try XCTUnwrap(FileManager.default.enumerator(atPath: fixtures.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        XCTAssertGreaterThan(pages.count, 20)
        for page in pages {
            let document = try HTMLDocument(bytes: Array(try Data(contentsOf: fixtures.appendingPathComponent(page))))
            try checkEveryElement(of: document, page)
        }
    }

    func testScansStopAtTheSubtreesEnd() throws {
        // Content after `</html>` is a second top-level element; a comment ends the first.
        let late = try HTMLDocument(bytes: Array("<!-- a --><html><body><p><a href=x>1</a></p></body></html><!-- b --><a href=y>late</a>".utf8))
        try checkEveryElement(of: late, "after the root")
        XCTAssertEqual(late.root?.descendants(carrying: "href").map { $0["href"] }, ["x"])
        let xml = try HTMLDocument(xmlBytes: Array("""
            <?xml version="1.0"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><link href="s.css"/></head>
            <body><p><a href="a">a</a><!-- c --><script>x</script></p><p><a>no</a></p></body></html>
            """.utf8))
        try checkEveryElement(of: xml, "XML")
        XCTAssertEqual(xml.root?.descendants(named: ["a"]).count, 2)
    }

    private func checkEveryElement(of document: HTMLDocument, _ name: String) throws {
        let root = try XCTUnwrap(document.root, name)
        for element in [root] + Array(root.descendants) {
            let below = Array(element.descendants)
            XCTAssertEqual(element.descendants(named: Self.tags), below.filter { Self.tags.contains($0.name) }, name)
            for attribute in ["href", "class", "aria-current"] {
                XCTAssertEqual(element.descendants(carrying: attribute), below.filter { $0.attributeNames.contains(attribute) }, name)
            }
        }
    }
}
