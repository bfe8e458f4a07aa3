import XCTest
import ThreadModel
@testable import ThreadExtraction

final class DiscourseExtractorTests: XCTestCase {
    private func post(_ number: Int, user: String) -> String {
        """
        <div id='post_\(number)' class='topic-body crawler-post'><div class='crawler-post-meta'>
        <span class="creator" itemprop="author"><a itemprop="url" href='https://forum.example/u/\(user)'><span itemprop='name'>\(user)</span></a></span>
        <span class="crawler-post-infos"><time datetime='2024-01-0\(number % 9 + 1)T10:00:00Z' class='post-time'>x</time><span itemprop='position'>\(number)</span></span></div>
        <div class='post' itemprop='text'><p>Post \(number)</p></div></div>
        """
    }

    private let pager = """
        <div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' class="topic-body crawler-post"><span itemprop='name'><b><a rel="next" itemprop="url" href="/t/x/1?page=2">next page →</a></b></span></div>
        """

    private func page(_ posts: [String]) -> String {
        "<html><head><meta name=\"generator\" content=\"Discourse 3.2.1\"></head><body><div id=\"topic-title\"><h1><a href=\"/t/x/1\">Topic</a></h1></div>\(posts.joined())</body></html>"
    }

    func testTheFirstPostIsThePostTheRestAreFlatComments() throws {
        let thread = try extractThread(page([post(1, user: "op"), post(2, user: "ann"), post(3, user: "op")]))
        XCTAssertEqual(thread.source.platform, .discourse)
        XCTAssertEqual(thread.post?.author?.name, "op")
        XCTAssertEqual(thread.post?.title, "Topic")
        XCTAssertEqual(thread.comments.map(\.id), ["2", "3"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, nil])
        XCTAssertEqual(thread.comments.map(\.isByPostAuthor), [false, true])
    }

    func testALaterPageHasNoOpeningPostOnlyTheTopicsTitle() throws {
        let thread = try extractThread(page([post(21, user: "ann"), post(22, user: "bob")]))
        XCTAssertEqual(thread.post?.title, "Topic")
        XCTAssertNil(thread.post?.author)
        XCTAssertEqual(thread.post?.body.isEmpty, true)
        XCTAssertEqual(thread.comments.map(\.id), ["21", "22"])
    }

    func testThePagerIsNotACommentButIsReported() throws {
        let thread = try extractThread(page([post(1, user: "op"), post(2, user: "ann"), pager]))
        XCTAssertEqual(thread.comments.map(\.id), ["2"])
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .commentsPaginated })
    }
}
