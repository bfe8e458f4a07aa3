import HTMLDOM
import ThreadModel
import XCTest

@testable import ThreadExtraction

final class LiveJournalExtractorTests: XCTestCase {
    private func extract(_ comments: String) throws -> ExtractedThread {
        let html = "<html><body><div id=\"comments\">\(comments)</div></body></html>"
        return ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
    }

    private func user(_ name: String) -> String {
        "<span class=\"ljuser i-ljuser\" data-ljuser=\"\(name)\"><a href=\"https://\(name).livejournal.com/\" class=\"i-ljuser-username\"><b>\(name)</b></a></span>"
    }

    private func medius(_ id: Int, level: Int, _ name: String, body: String?) -> String {
        let text = body.map { "<div class=\"mdspost-comment__body\">\($0)</div>" } ?? ""
        let state = body == nil ? " mdspost-comment--collapsed" : ""
        return """
            <div class="mdspost-thread mdspost-thread--level-\(level)" style="margin-left: \((level - 1) * 30)px">
            <article id="t\(id)" class="mdspost-comment\(state) comment p-comment"><header>\(user(name))</header>\(text)</article></div>
            """
    }

    func testParentIsTheNearestEarlierCommentOneLevelUp() throws {
        let thread = try extract(
            medius(1, level: 1, "a", body: "one") + medius(2, level: 2, "b", body: "two") + medius(3, level: 3, "c", body: "three")
                + medius(4, level: 2, "d", body: "four") + medius(5, level: 1, "e", body: "five"))
        XCTAssertEqual(thread.source.platform, .livejournal)
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "1", "2", "1", nil])
    }

    func testCollapsedCommentIsKeptWithEmptyText() throws {
        let thread = try extract(medius(1, level: 1, "a", body: "one") + medius(2, level: 2, "b", body: nil))
        XCTAssertEqual(thread.comments.count, 2)
        XCTAssertEqual(thread.comments.last?.author?.name, "b")
        XCTAssertTrue(thread.comments.last?.body.isEmpty == true)
    }

    func testMoreCommentsPlaceholderIsNotAComment() throws {
        let placeholder = """
            <div class="mdspost-thread mdspost-thread--level-2"><article class="mdspost-comment mdspost-comment--seemore" data-parent="1" data-count="28">
            <a href="?thread=1#t1" class="mdspost-comment-seemore__more">28 more comments</a>\(user("x"))</article></div>
            """
        let thread = try extract(medius(1, level: 1, "a", body: "one") + placeholder)
        XCTAssertEqual(thread.comments.map(\.id), ["1"])
    }

    func testLegacyMarginsGiveTheDepth() throws {
        func legacy(_ id: Int, _ margin: Int) -> String {
            "<div id='ljcmt\(id)' style='margin-left: \(margin)px; margin-top: 5px'><a name='t\(id)'></a>\(user("u\(id)"))<div class='talk-comment-box'>c\(id)</div></div>"
        }
        let thread = try extract(legacy(10, 0) + legacy(11, 25) + legacy(12, 50) + legacy(13, 0))
        XCTAssertEqual(thread.comments.map(\.id), ["10", "11", "12", "13"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "10", "11", nil])
    }
}
