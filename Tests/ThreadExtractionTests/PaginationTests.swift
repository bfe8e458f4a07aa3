import HTMLDOM
import ThreadExtraction
import ThreadModel
import XCTest

/// Where a page stands among the pages of its discussion, read from addresses and links.
final class PaginationTests: XCTestCase {
    func testPageNumbersAreSplitOffTheDiscussionsAddress() {
        let cases: [(String, String, Int?)] = [
            ("https://blog.example.com/2020/01/post/comment-page-2/#comments", "blog.example.com/2020/01/post", 2),
            ("http://Blog.Example.com/2020/01/post/", "blog.example.com/2020/01/post", nil),
            ("https://blog.example.com/?p=123&cpage=3", "blog.example.com?p=123", 3),
            ("https://news.ycombinator.com/item?id=42&p=2", "news.ycombinator.com/item?id=42", 2),
            ("https://blog.example.com/?p=42", "blog.example.com?p=42", nil),
            ("https://x.blogspot.com/2012/10/post.html?commentPage=2", "x.blogspot.com/2012/10/post.html", 2),
            ("https://x.blogspot.com/2012/10/post.html?showComment=1350000000000#c1", "x.blogspot.com/2012/10/post.html", nil),
            ("https://forum.example.com/threads/topic.123/page-4", "forum.example.com/threads/topic.123", 4),
            ("https://forum.example.com/showthread.php?t=5&page=3", "forum.example.com/showthread.php?t=5", 3),
            ("https://forum.example.com/topic/5/page/6/", "forum.example.com/topic/5", 6),
        ]
        for (url, thread, page) in cases {
            let split = PageNumbering.split(url)
            XCTAssertEqual(split.thread, thread, url)
            XCTAssertEqual(split.page, page, url)
        }
        let phpbb = PageNumbering.split("https://forum.example.com/viewtopic.php?t=7&start=25")
        XCTAssertEqual(phpbb.thread, "forum.example.com/viewtopic.php?t=7")
        XCTAssertEqual(phpbb.order, 25, "phpBB counts posts, not pages")
    }

    /// The byte test that spares resolving most links passes every address `split` numbers, as
    /// written or as URL parsing reads it (tabs dropped).
    func testEveryNumberedAddressMayNumberPages() {
        let numbered = [
            "https://blog.example.com/2020/01/post/comment-page-2/#comments", "?CPAGE=3", "item?id=42&P=2",
            "/threads/topic.123/page-4", "/topic/5/page/6/", "viewtopic.php?t=7&Start=25", "/post/comment-pa\tge-2",
        ]
        for address in numbered {
            XCTAssertTrue(PageNumbering.mayNumber(address), address)
        }
        for address in ["https://example.com/2020/01/post/", "/tag/swift", "https://example.com/?s=x#top"] {
            XCTAssertNil(PageNumbering.split(address).order, address)
            XCTAssertFalse(PageNumbering.mayNumber(address), address)
        }
    }

    func testLinksToOtherPagesOfTheSameDiscussionAreNextAndPrevious() throws {
        let html = """
            <html><head><link rel="canonical" href="https://news.example.com/item?id=9&p=2">
            <link rel="next" href="https://news.example.com/item?id=10"></head><body>
            <a href="item?id=9">1</a><a href="item?id=9&p=3" class="morelink" rel="next">More</a>
            <a href="item?id=9&p=2">2</a></body></html>
            """
        let thread = ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
        XCTAssertEqual(thread.pagination, Pagination(
            page: 2, nextURL: "https://news.example.com/item?id=9&p=3", previousURL: "https://news.example.com/item?id=9"),
            "the next post's address is no page of this discussion")
    }

    func testARelativeLinkNumberedByItsBaseIsAnotherPage() throws {
        let html = """
            <html><head><link rel="canonical" href="https://f.example/topic/5/"><base href="https://f.example/topic/5/page/">
            </head><body><a href="3" rel="next">next</a></body></html>
            """
        XCTAssertEqual(ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8))).pagination?.nextURL,
                       "https://f.example/topic/5/page/3")
    }

    func testPagesCountedFromZeroAndLinksIntoAWebArchive() throws {
        let drupal = """
            <html><head><link rel="canonical" href="https://d.example/blog/post"></head><body><ul class="pager">
            <li class="pager-current">1</li><li><a href="/blog/post?page=1">2</a></li><li><a href="/blog/post?page=2">3</a></li></ul></body></html>
            """
        XCTAssertEqual(ThreadExtractor().extract(try HTMLDocument(bytes: Array(drupal.utf8))).pagination,
                       Pagination(page: 1, nextURL: "https://d.example/blog/post?page=1", previousURL: nil))
        let archived = """
            <html><head><link rel="canonical" href="https://web.archive.org/web/20130307194448/http://w.example/post/"></head><body>
            <a href="https://web.archive.org/web/20130307194448/http://w.example/post/comment-page-2#comments">2</a></body></html>
            """
        XCTAssertEqual(ThreadExtractor().extract(try HTMLDocument(bytes: Array(archived.utf8))).pagination,
                       Pagination(page: 1, nextURL: "http://w.example/post/comment-page-2#comments", previousURL: nil))
    }

    func testPermalinksIntoThisPageAreNoOtherPage() throws {
        let html = """
            <html><head><meta name="generator" content="WordPress 6.4"><link rel="canonical" href="https://w.example/post/"></head><body>
            <div id="comments"><ol class="comment-list"><li id="comment-7" class="comment depth-1"><article class="comment-body">
            <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ann</b></div><div class="comment-metadata">
            <a href="https://w.example/post/comment-page-1/#comment-7"><time datetime="2020-01-02T03:04:05+01:00">Jan 2</time></a></div></footer>
            <div class="comment-content"><p>Hi</p></div></article></li></ol></div></body></html>
            """
        let thread = ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
        XCTAssertEqual(thread.comments.map(\.url), ["https://w.example/post/comment-page-1/#comment-7"])
        XCTAssertNil(thread.pagination)
    }

    func testAPageLinkingNoOtherPageHasNoPagination() throws {
        let html = #"<html><head><link rel="canonical" href="https://b.example/post/"><link rel="prev" href="https://b.example/older/"></head><body><p>x</p></body></html>"#
        XCTAssertNil(ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8))).pagination)
    }

    func testTheContainersDateAndAddressComeWithThePage() throws {
        let html = "<!-- saved date: Mon Mar 04 2024 10:00:00 GMT+0000 --><html><body><p>x</p></body></html>"
        let origin = PageOrigin(url: "https://c.example/a", savedAt: "2024-06-01T12:00:00Z", record: ArchiveRecord(id: "<urn:x>", offset: 7))
        let thread = ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)), file: "c.warc", origin: origin)
        XCTAssertEqual(thread.source.url, "https://c.example/a")
        XCTAssertEqual(thread.source.savedAt?.rfc3339, "2024-06-01T12:00:00Z")
        XCTAssertEqual(thread.source.record, ArchiveRecord(id: "<urn:x>", offset: 7))
    }
}
