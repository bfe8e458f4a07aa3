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

    func testPostAuthorFromThePostHeaderNotFromAComment() throws {
        let post = """
            <article class="post post_full"><header class="post__meta">
            <a href="https://habr.com/ru/users/Nexon/" class="post__user-info user-info"><span class="user-info__nickname user-info__nickname_small">Nexon</span></a>
            <span class="post__time">вчера в 21:22</span></header>
            <h1 class="post__title"><span class="post__title-text">Заголовок</span></h1><div class="post__text"><p>Текст статьи.</p></div></article>
            """
        let thread = try extractThread(page(item("10", parent: "0", user: "a")).replacingOccurrences(of: "<body>", with: "<body>" + post))
        XCTAssertEqual(thread.post?.author?.name, "Nexon")
        XCTAssertEqual(thread.post?.author?.url, "https://habr.com/ru/users/Nexon/")
        XCTAssertEqual(thread.comments.first?.author?.name, "a")
    }
}

