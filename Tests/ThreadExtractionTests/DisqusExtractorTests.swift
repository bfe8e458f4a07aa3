import HTMLDOM
import ThreadExtraction
import ThreadModel
import XCTest

final class DisqusExtractorTests: XCTestCase {
    private func read(_ html: String) throws -> ExtractedThread {
        ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
    }

    private func appPost(_ id: String, _ name: String, parentLink: String? = nil, children: String = "") -> String {
        let link = parentLink.map { "<a class=\"parent-link\" href=\"https://b.example/p/#comment-\($0)\">x</a>" } ?? ""
        return """
            <li class="post" id="post-\(id)"><div data-role="post-content" class="post-content">\
            <span class="post-byline"><span class="author">\(name)</span>\(link)</span>\
            <a class="time-ago" href="https://b.example/p/#comment-\(id)" title="Tuesday, April 24, 2018 7:12 AM">2 hours ago</a>\
            <div class="post-message"><p>text \(id)</p></div></div><ul class="children">\(children)</ul></li>
            """
    }

    /// Each of Disqus's marks claims the page on its own; another service's frame does not.
    func testEachMarkOfDisqusIsFoundAndOtherFramesAreNot() throws {
        let marked = [
            "<div id=\"disqus_thread\"></div>",
            "<iframe src=\"https://disqus.com/embed/comments/?base=default&amp;t_u=x\"></iframe>",
            "<ul id=\"post-list\">\(appPost("17", "Ann"))</ul>",
        ]
        for mark in marked {
            XCTAssertEqual(try read("<html><body><p>Post</p>\(mark)</body></html>").source.platform, .disqus, mark)
        }
        let other = "<html><body><p>Post</p><iframe src=\"https://www.youtube.com/embed/x\"></iframe><div id=\"disqus\"></div></body></html>"
        XCTAssertNotEqual(try read(other).source.platform, .disqus)
    }

    func testTheParentLinkWinsOverNesting() throws {
        let nested = appPost("3", "C", parentLink: "2") + appPost("4", "D", parentLink: "3")
        let html = "<html><body><ul id=\"post-list\">" + appPost("1", "A", children: appPost("2", "B", parentLink: "1", children: nested)) + "</ul></body></html>"
        let thread = try read(html)
        XCTAssertEqual(thread.comments.map(\.id), ["1", "2", "3", "4"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "1", "2", "3"])
        XCTAssertEqual(thread.comments.map(\.depth), [0, 1, 2, 3])
    }

    func testTheAppDocumentHasNoPost() throws {
        let thread = try read("<html><body><ul id=\"post-list\">" + appPost("1", "A") + "</ul></body></html>")
        XCTAssertEqual(thread.source.platform.rawValue, "disqus")
        XCTAssertNil(thread.post)
    }

    func testTheDateComesFromTheTooltip() throws {
        let thread = try read("<html lang=\"en-US\"><body><ul id=\"post-list\">" + appPost("1", "A") + "</ul></body></html>")
        XCTAssertEqual(thread.comments.first?.published?.description, "2018-04-24T07:12:00")
    }

    func testTheNoscriptCopyIsFlatWithOrdinalIDs() throws {
        let html = """
            <html><head><meta name="generator" content="WordPress 6.1"></head><body><article><h1>T</h1></article>
            <div id="disqus_thread"><div class="d-noscript-comments"><div class="comment"><div class="comment-author">Ann</div>\
            <div class="comment-body">First</div></div><div class="comment"><div class="comment-author">Bo</div>\
            <div class="comment-body">Second</div></div></div></div></body></html>
            """
        let thread = try read(html)
        XCTAssertEqual(thread.source.platform.rawValue, "disqus")
        XCTAssertEqual(thread.comments.map(\.id), ["c1", "c2"])
        XCTAssertEqual(thread.comments.map(\.author?.name), ["Ann", "Bo"])
        XCTAssertNotNil(thread.post)
    }

    func testAnEmptyEmbedIsReportedAsLoadedByScript() throws {
        let thread = try read("<html><body><p>Post</p><div id=\"disqus_thread\"></div></body></html>")
        XCTAssertTrue(thread.comments.isEmpty)
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .commentsLoadedByScript })
    }

    func testTheLoadMoreButtonIsNotAComment() throws {
        let html = "<html><body><ul id=\"post-list\">" + appPost("1", "A")
            + "</ul><div class=\"load-more\" data-role=\"more\"><a class=\"btn load-more__button\">More</a></div></body></html>"
        let thread = try read(html)
        XCTAssertEqual(thread.comments.count, 1)
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .commentsLoadedByScript })
    }
}

final class DisqusExportTests: XCTestCase {
    private let export = """
        <?xml version="1.0" encoding="utf-8"?>
        <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
          <thread dsq:id="T1"><link>https://b.example/p/</link><title>Title</title><createdAt>2020-01-01T10:00:00Z</createdAt></thread>
          <post dsq:id="12"><message><![CDATA[<p>reply</p>]]></message><createdAt>2020-01-02T11:00:00Z</createdAt>
            <isDeleted>false</isDeleted><isSpam>false</isSpam><author><name>B</name></author><thread dsq:id="T1"/><parent dsq:id="11"/></post>
          <post dsq:id="11"><message><![CDATA[<p>first</p>]]></message><createdAt>2020-01-02T10:00:00Z</createdAt>
            <isDeleted>false</isDeleted><isSpam>false</isSpam><author><name>A</name></author><thread dsq:id="T1"/></post>
          <post dsq:id="13"><message><![CDATA[<p>buy now</p>]]></message><createdAt>2020-01-03T10:00:00Z</createdAt>
            <isDeleted>false</isDeleted><isSpam>true</isSpam><author><name>S</name></author><thread dsq:id="T1"/></post>
        </disqus>
        """

    private func read() throws -> ExtractedThread {
        let bytes = Array(export.utf8)
        XCTAssertEqual(HTMLDocument.xmlRootElementName(of: bytes), "disqus")
        return ThreadExtractor().extract(try HTMLDocument(xmlBytes: bytes))
    }

    func testPostsLinkThroughNamespacedIDsInReplyOrder() throws {
        let thread = try read()
        XCTAssertEqual(thread.source.platform.rawValue, "disqus")
        XCTAssertEqual(thread.post?.title, "Title")
        XCTAssertEqual(thread.comments.map(\.id), ["11", "12"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "11"])
        XCTAssertEqual(thread.comments.last?.url, "https://b.example/p/#comment-12")
    }

    func testSpamIsLeftOut() throws {
        XCTAssertFalse(try read().comments.contains { $0.id == "13" })
    }

    func testAnXHTMLPageIsNotAnExport() {
        let page = Array("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>".utf8)
        XCTAssertEqual(HTMLDocument.xmlRootElementName(of: page), "html")
        XCTAssertNil(HTMLDocument.xmlRootElementName(of: Array("<html><body></body></html>".utf8)))
    }
}
