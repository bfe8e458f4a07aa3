import XCTest
import ThreadModel
@testable import ThreadExtraction

final class StackExchangeExtractorTests: XCTestCase {
    private func comment(_ id: Int, user: String, date: String = "2014-08-17 21:17:22Z, License: CC BY-SA 3.0") -> String {
        """
        <li id="comment-\(id)" class="comment js-comment" data-comment-id="\(id)"><div class="comment-body"><span class="comment-copy">Comment \(id)</span>
        &ndash;&nbsp;<a href="/users/1/\(user)" class="comment-user">\(user)</a> <span class="comment-date"><span title="\(date)" class="relativetime-clean">Aug 17, 2014</span></span></div></li>
        """
    }

    private func comments(_ postID: Int, _ items: [String], remaining: Int = 0) -> String {
        "<div id=\"comments-\(postID)\" class=\"comments js-comments-container\"><ul class=\"comments-list js-comments-list\" data-remaining-comments-count=\"\(remaining)\">\(items.joined())</ul></div>"
    }

    private func signature(_ name: String, _ date: String) -> String {
        "<div class=\"post-signature\"><div class=\"user-info\"><div class=\"user-action-time\">x <span title=\"\(date)\" class=\"relativetime\">y</span></div><div class=\"user-details\"><a href=\"/users/2/\(name)\">\(name)</a></div></div></div>"
    }

    private func page(answerComments: [String] = [], remaining: Int = 0) -> String {
        """
        <html itemscope itemtype="https://schema.org/QAPage"><body><div id="question-header"><h1><a href="/questions/5/q">The question</a></h1></div>
        <div class="question" id="question" data-questionid="5"><div class="s-prose js-post-body"><p>Why?</p></div>
        \(signature("editor", "2014-08-16 10:00:00Z"))\(signature("asker", "2014-08-15 09:30:00Z"))
        \(comments(5, [comment(101, user: "asker")]))</div>
        <div id="answers"><div id="answer-7" class="answer js-answer" data-answerid="7"><div class="s-prose js-post-body"><p>Because.</p></div>
        \(signature("helper", "2014-08-17 20:00:00Z"))\(comments(7, answerComments, remaining: remaining))</div></div></body></html>
        """
    }

    func testAnswersAndQuestionCommentsAreTopLevelAnswerCommentsReplyToTheAnswer() throws {
        let thread = try extractThread(page(answerComments: [comment(102, user: "asker"), comment(103, user: "third")]))
        XCTAssertEqual(thread.source.platform, .stackExchange)
        XCTAssertEqual(thread.comments.map(\.id), ["101", "7", "102", "103"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, nil, "7", "7"])
    }

    func testTheOwnersSignatureIsTheLastOne() throws {
        let thread = try extractThread(page())
        XCTAssertEqual(thread.post?.author?.name, "asker")
        XCTAssertEqual(thread.post?.published?.rfc3339, "2014-08-15T09:30:00Z")
        XCTAssertEqual(thread.post?.title, "The question")
    }

    func testCommentDateTitleWithLicenceSuffixIsUTC() throws {
        let thread = try extractThread(page())
        XCTAssertEqual(thread.comments[0].published?.rfc3339, "2014-08-17T21:17:22Z")
        XCTAssertTrue(thread.comments[0].isByPostAuthor)
    }

    func testHiddenCommentsAreReported() throws {
        let thread = try extractThread(page(answerComments: [comment(102, user: "x")], remaining: 4))
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .commentsLoadedByScript && $0.message.hasPrefix("4 ") })
    }
}
