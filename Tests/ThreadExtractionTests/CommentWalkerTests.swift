import HTMLDOM
import XCTest
@testable import ThreadExtraction

final class CommentWalkerTests: XCTestCase {
    private func walk(_ html: String) throws -> CommentWalker.Result {
        let page = try XCTUnwrap(Page(document: try HTMLDocument(bytes: Array(html.utf8)), file: nil))
        return CommentWalker(page: page, markup: WordPressMarkup.comments).read(in: try XCTUnwrap(page.body))
    }

    /// The scopes together are about as large as the tree: held until the walk ends, they raised a
    /// large thread's peak memory past four times the page.
    func testOnlyTheFirstItemKeepsItsScopeOnceTheCommentsAreRead() throws {
        func comment(_ number: Int, _ text: String, replies: String = "") -> String {
            #"<li id="comment-\#(number)" class="comment"><article id="div-comment-\#(number)" class="comment-body">"#
                + #"<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader \#(number)</b></div></footer>"#
                + #"<div class="comment-content"><p>\#(text)</p></div></article>\#(replies)</li>"#
        }
        let replies = #"<ol class="children">"# + comment(2, "A reply.") + "</ol>"
        let result = try walk(
            #"<html><body><div id="comments"><ol class="comment-list">"# + comment(1, "First.", replies: replies)
                + comment(3, "Third.") + "</ol></div></body></html>")
        XCTAssertEqual(result.comments.map(\.id), ["1", "2", "3"])
        XCTAssertEqual(result.comments.map(\.text), ["First.", "A reply.", "Third."])
        XCTAssertEqual(result.items.count, 3)
        XCTAssertTrue(result.items[0].scope.contains { $0.hasClass("comment-content") })
        XCTAssertEqual(result.items.dropFirst().map(\.scope.isEmpty), [true, true])
    }
}
