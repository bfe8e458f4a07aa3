import XCTest
import ThreadModel
@testable import ThreadExtraction

final class HackerNewsExtractorTests: XCTestCase {
    /// A modern comment row; `indent` nil leaves the attribute out, as saves before 2019 do.
    private func row(_ id: Int, indent: Int, indentAttribute: Bool = true, user: String? = "ann", age: String? = nil, text: String = "Hello") -> String {
        let ind = indentAttribute ? " indent=\"\(indent)\"" : ""
        let who = user.map { "<a href=\"user?id=\($0)\" class=\"hnuser\">\($0)</a> " } ?? ""
        let title = age.map { " title=\"\($0)\"" } ?? ""
        return """
            <tr class="athing comtr" id="\(id)"><td><table border="0"><tr><td class="ind"\(ind)><img src="s.gif" height="1" width="\(indent * 40)"></td>
            <td class="votelinks"></td><td class="default"><div><span class="comhead">\(who)<span class="age"\(title)><a href="item?id=\(id)">1 hour ago</a></span></span></div>
            <br><div class="comment"><div class="commtext c00">\(text)</div><div class="reply"><p><font size="1"><u><a href="reply?id=\(id)">reply</a></u></font></p></div></div></td></tr></table></td></tr>
            """
    }

    private func page(_ rows: [String], subtext: String = "<a href=\"item?id=1\">3&nbsp;comments</a>", more: Bool = false) -> String {
        """
        <html op="item"><body><center><table id="hnmain"><tr><td><table class="fatitem">
        <tr class="athing submission" id="1"><td class="title"><span class="titleline"><a href="https://example.org/">A story</a></span></td></tr>
        <tr><td class="subtext"><span class="score" id="score_1">10 points</span> by <a href="user?id=op" class="hnuser">op</a> <span class="age"><a href="item?id=1">2 hours ago</a></span> | \(subtext)</td></tr>
        </table><table class="comment-tree">\(rows.joined())</table>\(more ? "<a href=\"item?id=1&amp;p=2\" class=\"morelink\" rel=\"next\">More</a>" : "")</td></tr></table></center></body></html>
        """
    }

    func testPostIsTheStoryLinkAndItsTitle() throws {
        let thread = try extractThread(page([row(10, indent: 0)]))
        XCTAssertEqual(thread.post?.url, "https://example.org/")
        XCTAssertEqual(thread.post?.title, "A story")
        XCTAssertEqual(thread.post?.body.blocks, [])
    }

    func testParentIsTheNearestEarlierRowOneLevelUp() throws {
        let thread = try extractThread(page([row(10, indent: 0), row(11, indent: 1), row(12, indent: 2), row(13, indent: 1), row(14, indent: 0)]))
        XCTAssertEqual(thread.source.platform, .hackerNews)
        XCTAssertEqual(thread.comments.map(\.id), ["10", "11", "12", "13", "14"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "10", "11", "10", nil])
        XCTAssertEqual(thread.comments.map(\.depth), [0, 1, 2, 1, 0])
    }

    func testSpacerWidthGivesTheLevelWithoutAnIndentAttribute() throws {
        let thread = try extractThread(page([row(10, indent: 0, indentAttribute: false), row(11, indent: 1, indentAttribute: false), row(12, indent: 2, indentAttribute: false)]))
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "10", "11"])
    }

    func testAgeTitleIsUTCWithOrWithoutTheEpoch() throws {
        let thread = try extractThread(page([row(10, indent: 0, age: "2024-10-17T09:14:02 1729156442"), row(11, indent: 0, age: "2018-04-24T12:00:00")]))
        XCTAssertEqual(thread.comments.map { $0.published?.rfc3339 }, ["2024-10-17T09:14:02Z", "2018-04-24T12:00:00Z"])
        XCTAssertEqual(thread.comments[0].publishedText, "1 hour ago")
    }

    func testDeletedRowWithoutAuthorIsAComment() throws {
        let thread = try extractThread(page([row(10, indent: 0), row(11, indent: 1, user: nil, text: "[deleted]")]))
        XCTAssertEqual(thread.comments.count, 2)
        XCTAssertNil(thread.comments[1].author)
        XCTAssertEqual(thread.comments[1].parentId, "10")
    }

    func testReplyLinkIsNotPartOfTheText() throws {
        let thread = try extractThread(page([row(10, indent: 0, text: "Only this")]))
        XCTAssertEqual(thread.comments[0].body, RichText([.paragraph([.text("Only this")])]))
    }

    func testCommentCountLinkIsDeclaredButDiscussIsNot() throws {
        XCTAssertEqual(try extractThread(page([row(10, indent: 0)])).declaredCommentCount, 3)
        XCTAssertNil(try extractThread(page([], subtext: "<a href=\"item?id=1\">discuss</a>")).declaredCommentCount)
    }

    func testMoreLinkReportsPagination() throws {
        let thread = try extractThread(page([row(10, indent: 0)], more: true))
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .commentsPaginated })
    }

    func testStoryLineGivesTitleAndSubmitter() throws {
        let thread = try extractThread(page([row(10, indent: 0, user: "op")]))
        XCTAssertEqual(thread.post?.title, "A story")
        XCTAssertEqual(thread.post?.author?.name, "op")
        XCTAssertTrue(thread.comments[0].isByPostAuthor)
    }

    func testTextPostOfTheOldLayoutHasItsSelfText() throws {
        let thread = try extractThread("""
            <html><body><center><table id="hnmain"><tr><td><table border="0">
            <tr><td><center><a id="up_7" href="vote?for=7&amp;dir=up"><img src="grayarrow.gif"></a></center></td>
            <td class="title"><a href="item?id=7">Ask HN: Where do you look for jobs?</a></td></tr>
            <tr><td colspan="1"></td><td class="subtext"><span id="score_7">173 points</span> by <a href="user?id=op">op</a> 11 days ago | <a href="item?id=7">94 comments</a></td></tr>
            <tr style="height:2px"></tr>
            <tr><td></td><td>Here are my sources:<p>* the monthly threads<p>Any other sources?</td></tr>
            <tr><td></td><td><form method="post" action="/r"><textarea name="text"></textarea><input type="submit" value="add comment"></form></td></tr>
            </table></td></tr></table></center></body></html>
            """)
        XCTAssertEqual(thread.post?.title, "Ask HN: Where do you look for jobs?")
        XCTAssertEqual(thread.post?.author?.name, "op")
        XCTAssertEqual(thread.post?.body.plainText, "Here are my sources: * the monthly threads Any other sources?")
    }
}

