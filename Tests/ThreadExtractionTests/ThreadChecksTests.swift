import HTMLDOM
import ThreadModel
import XCTest

@testable import ThreadExtraction

final class ThreadChecksTests: XCTestCase {
    func testAnEmptyCommentWidgetIsReportedAsLoadedByScript() throws {
        let thread = try extractThread(
            "<html><body><article><h1>Post</h1><p>Body</p></article><div class=\"fb-comments\" data-href=\"x\"></div></body></html>")
        XCTAssertTrue(thread.comments.isEmpty)
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .commentsLoadedByScript })
    }

    func testAPageWithoutCommentsOrWidgetsSaysNothingAboutScripts() throws {
        let thread = try extractThread("<html><body><article><h1>Post</h1><p>Body</p></article></body></html>")
        XCTAssertFalse(thread.diagnostics.contains { $0.code == .commentsLoadedByScript })
    }

    func testACountThatDiffersFromTheCommentsFoundIsReported() throws {
        let thread = try extractThread("""
            <html><body><div id="comments"><h2 class="comments-title">12 Comments</h2><ol class="comment-list">
            <li id="comment-1" class="comment depth-1"><div class="comment-author"><b class="fn">A</b></div>
            <div class="comment-content"><p>Hi</p></div></li></ol></div></body></html>
            """)
        XCTAssertEqual(thread.declaredCommentCount, 12)
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .countMismatch && $0.message.contains("12") })
    }
}
