import ThreadModel
import XCTest

final class CommentTreeTests: XCTestCase {
    /// 1 ← 2 ← 3, 1 ← 4, 5 alone, 6 answering a comment on another page.
    private let thread = ExtractedThread(
        source: Source(),
        comments: [
            Comment(id: "1", body: RichText([.paragraph([.text("one "), .strong([.text("bold")])])])),
            Comment(id: "2", parentId: "1", depth: 1),
            Comment(id: "3", parentId: "2", depth: 2),
            Comment(id: "4", parentId: "1", depth: 1),
            Comment(id: "5"),
            Comment(id: "6", parentId: "elsewhere", depth: 1),
        ])

    func testRepliesAreTheDirectOnesInDocumentOrder() {
        XCTAssertEqual(thread.replies(to: "1").map(\.id), ["2", "4"])
        XCTAssertEqual(thread.replies(to: thread.comments[1]).map(\.id), ["3"])
        XCTAssertEqual(thread.replies(to: "5"), [])
        XCTAssertEqual(thread.comment(withID: "3")?.parentId, "2")
    }

    func testTopLevelIncludesRepliesToCommentsNotOnThePage() {
        XCTAssertEqual(thread.topLevelComments.map(\.id), ["1", "5", "6"])
    }

    func testTreeNestsEveryCommentOnceUnderItsParent() {
        let tree = thread.commentTree
        XCTAssertEqual(tree.map(\.id), ["1", "5", "6"])
        XCTAssertEqual(tree[0].replies.map(\.id), ["2", "4"])
        XCTAssertEqual(tree[0].replies[0].replies.map(\.id), ["3"])
        XCTAssertEqual(tree.reduce(0) { $0 + $1.count }, thread.comments.count)
    }

    func testACycleOfParentsEndsTheWalk() {
        let cyclic = ExtractedThread(source: Source(), comments: [Comment(id: "a", parentId: "b"), Comment(id: "b", parentId: "a")])
        XCTAssertEqual(cyclic.commentTree, [])
    }

    func testTextIsThePlainRendering() {
        XCTAssertEqual(thread.comments[0].text, "one bold")
        XCTAssertEqual(Post(body: RichText([.paragraph([.text("a")]), .paragraph([.text("b")])])).text, "a\n\nb")
    }
}
