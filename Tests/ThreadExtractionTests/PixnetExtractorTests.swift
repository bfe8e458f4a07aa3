import ThreadModel
import XCTest

final class PixnetExtractorTests: XCTestCase {
    private func page(_ entries: String) -> String {
        """
        <html lang="zh-TW"><head><meta name="generator" content="PChoc" /></head><body>
        <div id="comment-box"><h3 id="comment-title"><span>留言列表 (2)</span></h3>
        <div id="comment-text" class="user-post-text">\(entries)</div></div></body></html>
        """
    }

    private let publicEntry = """
        <ul class="single-post">
          <li class="post-info"><a name="comment-501"> </a><span class="floor">#1</span>
            <span class="user-name"><a href="http://reader.pixnet.net/blog">讀者</a></span>
            <span class="post-time">於 2020/05/01 10:20</span></li>
          <li class="post-text"><p id="comment-501"></p> 很棒的文章 </li>
          <li class="reply-text"> 謝謝！ <p><a href="http://owner.pixnet.net/blog">版主</a> 於 2020/05/02 08:00 回覆 </p></li>
        </ul>
        """

    func testOwnersInlineAnswerIsAReplyToTheComment() throws {
        let thread = try extractThread(page(publicEntry))
        XCTAssertEqual(thread.source.platform, Platform("pixnet"))
        XCTAssertEqual(thread.comments.map(\.id), ["501", "501-reply"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "501"])
        XCTAssertEqual(thread.comments[1].author?.name, "版主")
        XCTAssertEqual(thread.comments[1].published?.rfc3339, "2020-05-02T08:00:00")
        XCTAssertEqual(thread.comments[1].body.plainText, "謝謝！")
    }

    func testPrivateEntryIsACommentWithoutAuthor() throws {
        let thread = try extractThread(page(publicEntry + "<ul class=\"single-post secret\"><li class=\"post-text\"> 悄悄話 </li></ul>"))
        XCTAssertEqual(thread.comments.last?.id, "c2")
        XCTAssertNil(thread.comments.last?.author)
        XCTAssertEqual(thread.comments.last?.body.plainText, "悄悄話")
    }

    func testDeclaredCountIsTheCommentListTitle() throws {
        XCTAssertEqual(try extractThread(page(publicEntry)).declaredCommentCount, 2)
    }
}
