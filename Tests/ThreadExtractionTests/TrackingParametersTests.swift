import Foundation
import ThreadModel
import XCTest

@testable import ThreadExtraction

final class TrackingParametersTests: XCTestCase {
    func testTrackersGoAndEverythingElseStaysAsWritten() {
        let cases = [
            ("https://www.reddit.com/r/x/comments/1/t/?utm_source=share&utm_medium=web2x&context=3",
             "https://www.reddit.com/r/x/comments/1/t/?context=3"),
            ("https://news.ycombinator.com/item?id=1&UTM_Campaign=x#c2", "https://news.ycombinator.com/item?id=1#c2"),
            ("https://example.com/p?fbclid=AB&gclid=CD", "https://example.com/p"),
            ("https://example.com/p?utm_source=x#frag", "https://example.com/p#frag"),
            ("https://example.com/p?a=1&&b=%20&mc_eid=9", "https://example.com/p?a=1&&b=%20"),
            ("https://example.com/p?ref=home&utmost=1", "https://example.com/p?ref=home&utmost=1"),
            ("https://example.com/p#?utm_source=x", "https://example.com/p#?utm_source=x"),
            ("mailto:a@example.com?subject=hi", "mailto:a@example.com?subject=hi"),
        ]
        for (written, expected) in cases {
            XCTAssertEqual(TrackingParameters.strip(written), expected, written)
        }
    }

    /// Every address of an extracted thread passes through the one rule: permalinks, the page's
    /// own address, people's pages, and links inside bodies.
    func testNoAddressOfAThreadKeepsATracker() throws {
        let thread = try extractThread("""
            <html><head><meta name="generator" content="WordPress 6.4">
            <link rel="canonical" href="https://blog.example/post/?utm_source=feed">
            <title>A post</title></head><body><article class="post hentry"><h1 class="entry-title">A post</h1>
            <div class="entry-content"><p><a href="https://x.example/?fbclid=1&q=2">link</a></p></div></article>
            <ol class="comment-list"><li id="comment-1" class="comment"><article class="comment-body">
            <div class="comment-author vcard"><b class="fn"><a class="url" href="https://ann.example/?utm_medium=c">Ann</a></b></div>
            <div class="comment-metadata"><a href="https://blog.example/post/?utm_source=share#comment-1">Jan 2</a></div>
            <div class="comment-content"><p>Hi</p></div></article></li></ol></body></html>
            """)
        let json = String(decoding: try JSONEncoder().encode(thread), as: UTF8.self)
        XCTAssertFalse(json.contains("utm_") || json.contains("fbclid"), json)
        XCTAssertEqual(thread.source.url, "https://blog.example/post/")
        XCTAssertEqual(thread.comments.first?.url, "https://blog.example/post/#comment-1")
        XCTAssertEqual(thread.comments.first?.author?.url, "https://ann.example/")
        XCTAssertEqual(thread.post?.body.html, #"<p><a href="https://x.example/?q=2">link</a></p>"#)
    }
}
