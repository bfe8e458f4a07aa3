import XCTest
import ThreadModel
@testable import ThreadExtraction

final class RedditExtractorTests: XCTestCase {
    private func oldThing(_ id: String, type: String = "comment", children: String = "") -> String {
        """
        <div class=" thing id-t1_\(id) noncollapsed comment " id="thing_t1_\(id)" data-fullname="t1_\(id)" data-type="\(type)" data-author="u_\(id)" data-permalink="/r/x/comments/p1/s/\(id)/">
        <div class="entry unvoted"><p class="tagline"><a href="https://old.reddit.com/user/u_\(id)" class="author may-blank">u_\(id)</a>
        <time title="x" datetime="2018-04-21T21:36:45+00:00" class="live-timestamp">15 hours ago</time><time class="edited-timestamp" datetime="2018-04-22T03:56:01+00:00">*</time></p>
        <form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>Text \(id)</p></div></div></form></div>
        <div class="child">\(children.isEmpty ? "" : "<div id=\"siteTable_t1_\(id)\" class=\"sitetable listing\">\(children)</div>")</div></div>
        """
    }

    private func oldPage(_ things: String, count: String = "4 comments") -> String {
        """
        <html><body><div id="siteTable" class="sitetable linklisting"><div class=" thing id-t3_p1 link " data-fullname="t3_p1" data-type="link" data-permalink="/r/x/comments/p1/s/">
        <p class="title"><a class="title" href="/r/x/comments/p1/s/">Post</a></p><ul class="flat-list buttons"><li><a class="bylink comments" data-event-action="comments" href="#">\(count)</a></li></ul></div></div>
        <div class="commentarea"><div class="sitetable nestedlisting">\(things)</div></div></body></html>
        """
    }

    func testOldRedditRepliesHangUnderTheEnclosingThing() throws {
        let thread = try extractThread(oldPage(oldThing("a", children: oldThing("b", children: oldThing("c"))) + oldThing("d")))
        XCTAssertEqual(thread.source.platform, .reddit)
        XCTAssertEqual(thread.comments.map(\.id), ["a", "b", "c", "d"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "a", "b", nil])
        XCTAssertEqual(thread.comments[1].body, RichText([.paragraph([.text("Text b")])]))
    }

    func testOldRedditCreationTimeNotEditTime() throws {
        let thread = try extractThread(oldPage(oldThing("a")))
        XCTAssertEqual(thread.comments[0].published?.rfc3339, "2018-04-21T21:36:45Z")
    }

    func testLoadMoreStubIsNotACommentButIsReported() throws {
        let stub = """
            <div class=" thing id-t1_z noncollapsed morechildren " data-fullname="t1_z" data-type="morechildren"><div class="entry unvoted"><span class="morecomments"><a class="button" href="javascript:void(0)">load more comments<span class="gray">&nbsp;(2 replies)</span></a></span></div></div>
            """
        let thread = try extractThread(oldPage(oldThing("a", children: stub)))
        XCTAssertEqual(thread.comments.map(\.id), ["a"])
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .commentsLoadedByScript })
    }

    func testExactCountIsDeclaredRoundedCountIsNot() throws {
        XCTAssertEqual(try extractThread(oldPage(oldThing("a"), count: "201 comments")).declaredCommentCount, 201)
        XCTAssertNil(try extractThread(oldPage(oldThing("a"), count: "2.8k comments")).declaredCommentCount)
    }

    private func redesignRow(_ id: String, lines: [String], author: String? = "name") -> String {
        let threadLines = lines.map { "<div class=\"_36AIN2ppxy_z-XSDxTvYj5 t1_\($0)\"><i class=\"threadline\"></i></div>" }.joined()
        let header = author.map { "<div data-testid=\"post-comment-header\"><a data-testid=\"comment_author_link\" href=\"/user/\($0)/\">\($0)</a></div><div data-testid=\"comment\"><p>Text \(id)</p></div>" }
            ?? "<div data-testid=\"post-comment-header-deleted\"><span>removed</span></div>"
        return """
            <div><div id="t1_\(id)" style="padding-left:16px" class="_3sf33-9rVAO_v4y0pIW_CH"><div class="_1DooEIX-1Nj5rweIc5cw_E">\(threadLines)</div>
            <div class="Comment t1_\(id) P8SGAKMtRxNwlmLz1zdJu"><button class="_1nGapmdexvR0BuOkfAi6wa t1_\(id)"></button>
            <div class="_3GfQMgsm3HGd3838lwqCST" to="/user/[deleted]/"></div>\(header)</div></div></div>
            """
    }

    func testRedesignThreadLinesNameTheAncestors() throws {
        let rows = [
            redesignRow("a", lines: ["a"]), redesignRow("b", lines: ["a", "b"]), redesignRow("c", lines: ["a", "b"]),
            redesignRow("d", lines: ["a"]), redesignRow("e", lines: []),
        ]
        let thread = try extractThread("<html><body>\(rows.joined())</body></html>")
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "a", "b", "a", nil])
        XCTAssertEqual(thread.comments.map(\.depth), [0, 1, 2, 1, 0])
    }

    func testRedesignRemovedCommentIsKeptWithoutAuthorOrText() throws {
        let thread = try extractThread("<html><body>\(redesignRow("a", lines: [], author: nil))</body></html>")
        XCTAssertEqual(thread.comments.count, 1)
        XCTAssertNil(thread.comments[0].author)
        XCTAssertEqual(thread.comments[0].body, RichText())
    }

    func testWebComponentsReadParentIDAndAttributes() throws {
        let html = """
            <html><body><shreddit-post id="t3_p" post-title="Title" author="op" comment-count="2"></shreddit-post>
            <shreddit-comment-tree><shreddit-comment thingid="t1_a" depth="0" author="ann" created="2024-04-15T08:40:03.000000+0000"><div slot="comment"><p>One</p></div>
            <shreddit-comment thingid="t1_b" depth="1" parentid="t1_a" author="op"><div slot="comment"><p>Two</p></div></shreddit-comment></shreddit-comment></shreddit-comment-tree></body></html>
            """
        let thread = try extractThread(html)
        XCTAssertEqual(thread.comments.map(\.id), ["a", "b"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "a"])
        XCTAssertEqual(thread.comments[0].published?.rfc3339, "2024-04-15T08:40:03.000000Z")
        XCTAssertTrue(thread.comments[1].isByPostAuthor)
        XCTAssertEqual(thread.declaredCommentCount, 2)
        XCTAssertEqual(thread.post?.title, "Title")
    }
}
