import HTMLDOM
import ThreadModel
import XCTest

@testable import ThreadExtraction

final class TypepadExtractorTests: XCTestCase {
    private func extract(_ html: String) throws -> ExtractedThread {
        ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
    }

    func testTypepadFooterGivesAuthorAndDateAfterTheText() throws {
        let thread = try extract("""
            <html><head><meta name="generator" content="http://www.typepad.com/" /></head><body>
            <div class="comment font-entrybody" id="comment-6a00d8341c2df453ef00d8346302e253ef">
            <div class="comment-content font-entrybody" id="comment-6a00d8341c2df453ef00d8346302e253ef-content"><span><p>Very different.</p></span></div>
            <p class="comment-footer font-entryfooter">Posted by: <a rel="nofollow" href="http://preemptivekarma.com">carla</a> |
            <a rel="nofollow" href="http://a.typepad.com/a/2005/11/x.html?cid=1#comment-6a00d8341c2df453ef00d8346302e253ef">Thursday, 01 December 2005 at 01:09 PM</a></p>
            </div></body></html>
            """)
        XCTAssertEqual(thread.source.platform, .typepad)
        let comment = try XCTUnwrap(thread.comments.first)
        XCTAssertEqual(thread.comments.count, 1)
        XCTAssertEqual(comment.id, "6a00d8341c2df453ef00d8346302e253ef")
        XCTAssertEqual(comment.author?.name, "carla")
        XCTAssertEqual(comment.author?.url, "http://preemptivekarma.com")
        XCTAssertEqual(comment.published?.description, "2005-12-01T13:09:00")
        XCTAssertEqual(comment.body.blocks, [.paragraph([.text("Very different.")])])
    }

    func testUnlinkedTypepadNameIsTheFooterTextAfterItsLabel() throws {
        let thread = try extract("""
            <html><head><meta name="generator" content="http://www.typepad.com/" /></head><body>
            <div class="comment" id="comment-6a00aa"><div class="comment-content"><p>Hi</p></div>
            <p class="comment-footer">Verfasst von: Ruth Abernathy | <a href="x.html#comment-6a00aa">10.04.2011</a></p></div></body></html>
            """)
        XCTAssertEqual(thread.comments.first?.author?.name, "Ruth Abernathy")
    }

    func testMovableTypeTrackbackIsATrackbackNamedForTheLinkingEntry() throws {
        let thread = try extract("""
            <html id="sixapart-standard"><head><meta name="generator" content="Movable Type Pro 5.2.13" /></head><body>
            <div class="comment" id="comment-12"><div class="asset-meta"><span class="byline">By <span class="vcard author">Ann</span> on
            <a href="p.html#comment-12"><abbr class="published" title="2014-08-21T21:03:17+02:00">August 21, 2014 9:03 PM</abbr></a></span></div>
            <div class="comment-content"><p>Nice</p></div></div>
            <div class="trackback" id="ping-91"><div class="trackback-header"><div class="asset-meta">
            <a href="http://other.example/entry.html">Linking entry</a> from <strong>Other blog</strong> on <a href="p.html#ping-91">2 days ago</a></div></div>
            <div class="trackback-content"><p>Excerpt</p></div></div></body></html>
            """)
        XCTAssertEqual(thread.source.platform, .movabletype)
        XCTAssertEqual(thread.comments.map(\.kind), [.comment, .trackback])
        XCTAssertEqual(thread.comments.first?.published?.description, "2014-08-21T21:03:17+02:00")
        XCTAssertEqual(thread.comments.last?.author?.name, "Linking entry")
    }
}
