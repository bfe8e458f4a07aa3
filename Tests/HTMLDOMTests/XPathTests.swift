import XCTest

@testable import HTMLDOM

final class XPathTests: XCTestCase {
    private let page = """
        <html><body><ol class="comment-list"><li id="comment-1"><p>a</p><ol class="children">
        <li id="comment-2"><p>b</p></li></ol></li></ol><form action="/wp-comments-post.php"></form></body></html>
        """

    func testSelectsElementsInDocumentOrder() throws {
        let document = try HTMLDocument(bytes: Array(page.utf8))
        let items = try XPathExpression("//li[starts-with(@id, 'comment-')]")
        XCTAssertEqual(document.root?.select(items).map { $0.id ?? "" }, ["comment-1", "comment-2"])
    }

    func testTheContextNodeIsTheNodeSelectedFrom() throws {
        let document = try HTMLDocument(bytes: Array(page.utf8))
        let reply = try XCTUnwrap(document.root?.first { $0.id == "comment-2" })
        XCTAssertEqual(reply.select(try XPathExpression("ancestor::li")).map { $0.id ?? "" }, ["comment-1"])
        XCTAssertEqual(reply.select(try XPathExpression("p")).first?.text, "b")
    }

    func testOneExpressionServesManyDocuments() throws {
        let form = try XPathExpression("//form[contains(@action, 'wp-comments-post.php')]")
        for _ in 0..<3 {
            let document = try HTMLDocument(bytes: Array(page.utf8))
            XCTAssertEqual(document.root?.select(form).count, 1)
        }
    }

    func testNonNodeResultsSelectNothing() throws {
        let document = try HTMLDocument(bytes: Array(page.utf8))
        XCTAssertEqual(document.root?.select(try XPathExpression("count(//li)")).count, 0)
    }

    func testInvalidExpressionsAreErrorsNotCrashes() {
        XCTAssertThrowsError(try XPathExpression("//li[")) { error in
            guard case .invalid(let source, _) = error as? XPathError else { return XCTFail("\(error)") }
            XCTAssertEqual(source, "//li[")
        }
    }
}
