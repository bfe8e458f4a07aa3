import ThreadModel
import XCTest

final class MicroformatsExtractorTests: XCTestCase {
    func testNestedCommentsOfAnHEntry() throws {
        let thread = try extractThread("""
            <html><body><article class="h-entry"><h1 class="p-name">Post</h1><div class="e-content"><p>Body.</p></div>
            <div class="p-comment h-cite" id="c-1"><span class="p-author h-card"><span class="p-name">Ann</span></span>
              <time class="dt-published" datetime="2024-01-02T03:04:00Z">2 Jan</time><div class="e-content">First.</div>
              <div class="p-comment h-cite" id="c-2"><span class="p-author h-card"><span class="p-name">Bo</span></span>
                <div class="e-content">Reply.</div></div></div>
            </article></body></html>
            """)
        XCTAssertEqual(thread.source.platform, Platform("microformats"))
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Ann", "Bo"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "c1"])
        XCTAssertEqual(thread.comments.first?.published?.rfc3339, "2024-01-02T03:04:00Z")
        XCTAssertEqual(thread.post?.title, "Post")
    }

    func testInReplyToAnEarlierCommentThreadsAFlatList() throws {
        let thread = try extractThread("""
            <html><body><article class="h-entry"><h1 class="p-name">Post</h1>
            <div class="p-comment h-entry"><a class="u-url" href="https://x.example/1">#</a><div class="e-content">One.</div></div>
            <div class="p-comment h-entry"><a class="u-url" href="https://x.example/2">#</a>
              <a class="u-in-reply-to" href="https://x.example/1">re</a><div class="e-content">Two.</div></div>
            </article></body></html>
            """)
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "c1"])
    }

    func testClassicHEntryCommentsUseAbbrTitleDates() throws {
        let thread = try extractThread("""
            <html><body><div class="hentry"><h2 class="entry-title">Billet</h2><div class="entry-content"><p>Texte.</p></div>
            <div class="hentry" id="c1234"><span class="author vcard"><span class="fn">Lu</span></span>
              <abbr class="published" title="2023-08-29T07:45:00+02:00">29 août</abbr><div class="entry-content">Bravo.</div></div>
            </div></body></html>
            """)
        XCTAssertEqual(thread.comments.map(\.id), ["1234"])
        XCTAssertEqual(thread.comments.first?.published?.rfc3339, "2023-08-29T07:45:00+02:00")
        XCTAssertEqual(thread.comments.first?.author?.name, "Lu")
    }
}
