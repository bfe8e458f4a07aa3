@testable import BlogThread
import TestSupport
import XCTest

/// `--merge`: comment pages joined into one thread, captures over time joined with what
/// disappeared flagged.
final class ThreadMergerTests: XCTestCase {
    static let post = "https://blog.example.com/2020/01/a-post/"
    typealias Entry = WordPressPages.Entry

    private func read(_ html: String, file: String) throws -> ExtractedThread {
        try ThreadReader().read(bytes: Array(html.utf8), file: file)
    }

    func testPaginatedThreadIsJoinedInPageOrderWithThreading() throws {
        let first = try read(WordPressPages.page(
            post: Self.post, entries: [Entry("1", author: "Ann", text: "First"), Entry("2", parent: "1", author: "Bo", text: "Reply")],
            declared: 4, page: 1, pages: 2), file: "page-1.html")
        let second = try read(WordPressPages.page(
            post: Self.post, entries: [Entry("3", author: "Cy", text: "Third"), Entry("4", parent: "3", author: "Di", text: "Fourth")],
            declared: 4, page: 2, pages: 2), file: "page-2.html")
        XCTAssertEqual(first.pagination, Pagination(page: 1, nextURL: Self.post + "comment-page-2/#comments", previousURL: nil))
        XCTAssertEqual(second.pagination, Pagination(page: 2, nextURL: nil, previousURL: Self.post + "#comments"))
        // Given in the wrong order: page order wins.
        let merged = ThreadMerger.merge([(second, "page-2"), (first, "page-1")])
        XCTAssertEqual(merged.count, 1)
        let (thread, name) = try XCTUnwrap(merged.first)
        XCTAssertEqual(name, "page-2", "named after the first page given")
        XCTAssertEqual(thread.comments.map(\.id), ["1", "2", "3", "4"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "1", nil, "3"])
        XCTAssertEqual(thread.comments.map(\.depth), [0, 1, 0, 1])
        XCTAssertEqual(thread.declaredCommentCount, 4)
        XCTAssertFalse(thread.diagnostics.contains { $0.code == .countMismatch || $0.code == .commentsPaginated }, "\(thread.diagnostics)")
        XCTAssertNil(thread.pagination)
        XCTAssertEqual(thread.post?.title, "A post")
    }

    func testAMissingPageIsReported() throws {
        let first = try read(WordPressPages.page(
            post: Self.post, entries: [Entry("1", author: "Ann", text: "First")], declared: 3, page: 1, pages: 3), file: "1.html")
        let second = try read(WordPressPages.page(
            post: Self.post, entries: [Entry("2", author: "Bo", text: "Second")], declared: 3, page: 2, pages: 3), file: "2.html")
        let (thread, _) = try XCTUnwrap(ThreadMerger.merge([(first, "1"), (second, "2")]).first)
        XCTAssertEqual(thread.diagnostics.filter { $0.code == .commentsPaginated }.map(\.message),
                       ["the comments go on at \(Self.post)comment-page-3/#comments, which is not among the pages merged"])
        XCTAssertEqual(thread.diagnostics.filter { $0.code == .countMismatch }.count, 1)
    }

    func testTwoCapturesKeepWhatALaterOneNoLongerShows() throws {
        let earlier = try read(WordPressPages.page(
            post: Self.post, entries: [Entry("1", author: "Ann", text: "First"), Entry("2", author: "Bo", text: "Spam?")],
            declared: 2, note: " Page saved with SingleFile \n url: \(Self.post) \n saved date: Mon Mar 04 2024 10:00:00 GMT+0000 (Coordinated Universal Time)"),
            file: "march.html")
        let later = try read(WordPressPages.page(
            post: Self.post, entries: [Entry("1", author: "Ann", text: "First"), Entry("3", parent: "1", author: "Cy", text: "Later reply")],
            declared: 2, note: " Page saved with SingleFile \n url: \(Self.post) \n saved date: Fri Jun 07 2024 10:00:00 GMT+0000 (Coordinated Universal Time)"),
            file: "june.html")
        XCTAssertNotNil(later.source.savedAt, "the save note dates the capture")
        // The later capture first: captures are ordered by when they were saved.
        let (thread, _) = try XCTUnwrap(ThreadMerger.merge([(later, "june"), (earlier, "march")]).first)
        XCTAssertEqual(thread.comments.map(\.id), ["1", "3", "2"], "the reply is placed under its parent")
        XCTAssertEqual(thread.comments.map(\.removedLater), [false, false, true])
        XCTAssertEqual(thread.source.savedAt, later.source.savedAt)
        XCTAssertFalse(thread.diagnostics.contains { $0.code == .countMismatch }, "2 declared, 2 still shown")
    }

    func testCommentsWithoutIdsAreToldApartByAuthorDateAndText() {
        let comment = { (id: String, author: String, text: String) in
            Comment(id: id, author: Person(name: author), publishedText: "yesterday", body: RichText([.paragraph([.text(text)])]))
        }
        let page = { (file: String, comments: [Comment]) in
            ExtractedThread(source: Source(file: file, url: "https://forum.example.com/t/5?page=\(file)"), comments: comments)
        }
        let merged = ThreadMerger.merge([
            (page("1", [comment("c1", "Ann", "Hi"), comment("c2", "Bo", "Hello")]), "1"),
            (page("2", [comment("c1", "Bo", "Hello"), comment("c2", "Cy", "New")]), "2"),
        ])
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(merged[0].0.comments.map { $0.author?.name }, ["Ann", "Bo", "Cy"])
        XCTAssertEqual(merged[0].0.comments.map(\.id), ["c1", "c2", "c3"], "made-up ids are made anew, unique")
    }

    func testDifferentPostsStayApart() throws {
        let one = try read(WordPressPages.page(post: Self.post, entries: [], declared: 0), file: "a.html")
        let other = try read(WordPressPages.page(post: "https://blog.example.com/2020/02/other/", entries: [], declared: 0), file: "b.html")
        XCTAssertEqual(ThreadMerger.merge([(one, "a"), (other, "b")]).map(\.1), ["a", "b"])
    }
}
