import Foundation
import XCTest

@testable import BlogThread

/// What `ThreadReader` is given besides a saved file: bytes with the address they came from, and
/// input that is no page at all.
final class ThreadReaderInputTests: XCTestCase {
    private static let page = """
        <!DOCTYPE html><html><head><meta name="generator" content="WordPress 6.4"><title>A post</title></head>
        <body><article class="post hentry"><h1 class="entry-title">A post</h1>
        <div class="entry-content"><p><a href="../about/">about</a></p></div></article>
        <ol class="comment-list"><li id="comment-7" class="comment"><article class="comment-body">
        <div class="comment-author vcard"><b class="fn">Ann</b></div>
        <div class="comment-metadata"><a href="#comment-7">Jan 2</a></div>
        <div class="comment-content"><p>Hi</p></div></article></li></ol></body></html>
        """

    func testTheBaseURLResolvesLinksAndStandsAsTheAddress() throws {
        let base = URL(string: "https://blog.example/2020/01/a-post/")!
        let thread = try ThreadReader().read(bytes: Array(Self.page.utf8), baseURL: base)
        XCTAssertEqual(thread.source.url, base.absoluteString)
        XCTAssertEqual(thread.comments.first?.url, "https://blog.example/2020/01/a-post/#comment-7")
        XCTAssertEqual(thread.post?.body.html, #"<p><a href="https://blog.example/2020/01/about/">about</a></p>"#)

        let unplaced = try ThreadReader().read(data: Data(Self.page.utf8))
        XCTAssertNil(unplaced.source.url)
        XCTAssertEqual(unplaced.post?.body.html, "<p>about</p>", "a relative link without a base is no link")
    }

    func testThePagesOwnAddressComesBeforeTheBaseURL() throws {
        let canonical = Self.page.replacingOccurrences(
            of: "<title>", with: #"<link rel="canonical" href="https://blog.example/canonical/"><title>"#)
        let thread = try ThreadReader().read(bytes: Array(canonical.utf8), baseURL: URL(string: "https://mirror.example/x/")!)
        XCTAssertEqual(thread.source.url, "https://blog.example/canonical/")
    }

    func testWhatIsNoPageIsNamed() {
        let cases: [([UInt8], String?)] = [
            ([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "an ELF executable"),
            (Array("%PDF-1.4\n<< /Type /Catalog >>".utf8), "a PDF document"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
            ([0, 0, 0, 0x18] + Array("ftypmp42".utf8) + [0, 0, 0, 0], "an MP4 or QuickTime file"),
            (Array("posts/a.html\nposts/b.html\n".utf8), "text without any markup"),
            (Array("<p>x</p>".utf8) + [UInt8](repeating: 0x01, count: 40) + Array("<p>y</p>".utf8), "binary data"),
            // UTF-16 text holds a NUL at every other byte, and is a page.
            ([0xFF, 0xFE] + Array("<html><body><p>x</p></body></html>".utf8).flatMap { [$0, 0] }, nil),
            (Array("<html><body>\u{0B}Form\u{0C}feed</body></html>".utf8), nil),
            ([], nil),
        ]
        for (bytes, kind) in cases {
            XCTAssertEqual(NotAPage.kind(of: bytes), kind, "\(bytes.prefix(8))")
        }
    }
}
