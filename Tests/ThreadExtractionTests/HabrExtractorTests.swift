import ThreadModel
import XCTest

final class HabrExtractorTests: XCTestCase {
    private func item(_ id: String, parent: String, user: String, children: String = "", topicAuthor: Bool = false) -> String {
        """
        <li class="content-list__item content-list__item_comment js-comment" rel="\(id)">
          <span class="parent_id" data-parent_id="\(parent)"></span>
          <div class="comment" id="comment_\(id)">
            <div class="comment__head\(topicAuthor ? " comment__head_topic-author" : "")">
              <a href="https://habr.com/ru/users/\(user)/" class="user-info" data-user-login="\(user)"><span class="user-info__nickname">\(user)</span></a>
              <time class="comment__date-time">22.04.18 в 23:19</time>
            </div>
            <div class="comment__message"><p>Текст \(id)</p></div>
          </div>
          <ul class="content-list content-list_nested-comments">\(children)</ul>
        </li>
        """
    }

    private func page(_ items: String) -> String {
        """
        <html lang="ru"><body><div id="comments"><strong id="comments_count">3</strong>
        <ul class="content-list content-list_comments" id="comments-list">\(items)</ul></div></body></html>
        """
    }

    func testStatedParentsThreadTheReplies() throws {
        let thread = try extractThread(page(
            item("10", parent: "0", user: "a", children: item("11", parent: "10", user: "b", topicAuthor: true)) + item("12", parent: "0", user: "c")))
        XCTAssertEqual(thread.source.platform, Platform("habr"))
        XCTAssertEqual(thread.comments.map(\.id), ["10", "11", "12"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "10", nil])
        XCTAssertEqual(thread.comments.map(\.isByPostAuthor), [false, true, false])
    }

    func testDisplayedDateWithTwoDigitYear() throws {
        let thread = try extractThread(page(item("10", parent: "0", user: "a")))
        XCTAssertEqual(thread.comments.first?.published?.rfc3339, "2018-04-22T23:19:00")
        XCTAssertEqual(thread.comments.first?.author?.name, "a")
        XCTAssertEqual(thread.declaredCommentCount, 3)
    }
}
