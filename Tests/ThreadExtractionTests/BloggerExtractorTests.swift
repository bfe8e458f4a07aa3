import HTMLDOM
import ThreadModel
import XCTest

@testable import ThreadExtraction

final class BloggerExtractorTests: XCTestCase {
    private func extract(_ body: String, head: String = "<meta content='blogger' name='generator'/>") throws -> ExtractedThread {
        let html = "<html><head>\(head)</head><body><div class='widget Blog' id='Blog1'>\(body)</div></body></html>"
        return ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
    }

    private func threadedItem(id: String, name: String, epoch: String, shown: String, text: String, replies: String = "") -> String {
        """
        <li class="comment" id="c\(id)"><div class="comment-block"><div class="comment-header"><cite class="user">\(name)</cite>\
        <span class="datetime secondary-text"><a rel="nofollow" href="https://b.blogspot.com/p.html?showComment=\(epoch)#c\(id)">\(shown)</a></span></div>\
        <p class="comment-content">\(text)</p><span class="comment-actions secondary-text"><a class="comment-reply" data-comment-id="\(id)">Reply</a></span></div>\
        <div class="comment-replies"><div id="c\(id)-rt" class="comment-thread inline-thread"><ol id="c\(id)-ra" class="thread-chrome thread-expanded"><div>\(replies)</div></ol></div></div></li>
        """
    }

    func testDetectsTheGeneratorMeta() throws {
        XCTAssertEqual(try extract("").source.platform, .blogger)
    }

    func testRepliesTakeTheEnclosingCommentAsParent() throws {
        let reply = threadedItem(id: "22", name: "B", epoch: "1433579595655", shown: "6. Juni 2015 um 10:33", text: "Antwort")
        let root = threadedItem(id: "11", name: "A", epoch: "1433578985419", shown: "6. Juni 2015 um 10:23", text: "Frage", replies: reply)
        let thread = try extract("<div class='comments' id='comments'><div id='comment-holder'><div class='comment-thread toplevel-thread'><ol id='top-ra'>\(root)</ol></div></div></div>")
        XCTAssertEqual(thread.comments.map(\.id), ["11", "22"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "11"])
        XCTAssertEqual(thread.comments.map(\.depth), [0, 1])
    }

    func testDisplayedLocalTimeTakesItsOffsetFromThePermalinkEpoch() throws {
        // 1559192764955 ms is 2019-05-30T05:06:04Z; the page shows 1:06 PM, so the blog is at +08:00.
        let item = threadedItem(id: "7", name: "Iwona", epoch: "1559192764955", shown: "May 30, 2019 at 1:06 PM", text: "Nice")
        let thread = try extract("<div class='comments' id='comments'><div id='comment-holder'><ol id='top-ra'>\(item)</ol></div></div>")
        let date = try XCTUnwrap(thread.comments.first?.published)
        XCTAssertEqual(date.time?.hour, 13)
        XCTAssertEqual(date.time?.minute, 6)
        XCTAssertEqual(date.utcOffsetMinutes, 480)
    }

    func testBacklinksAreNotCommentsButPings() throws {
        let thread = try extract("""
            <div class='comments' id='comments'><h4>1 comments:</h4>
            <dl id='comments-block'><dt class='comment-author' id='c5'><a name='c5'></a>Anna said...</dt>
            <dd class='comment-body'><p>Hello</p></dd><dd class='comment-footer'><span class='comment-timestamp'><a href='p.html?showComment=1336824191000#c5'>May 12, 2012 at 2:03 PM</a></span></dd></dl>
            <div id='backlinks-container'><div id='Blog1_backlinks-container'><dl class='comments-block' id='comments-block'>
            <dt class='comment-title'><a href='https://other.example/post' rel='nofollow'>Other post</a></dt>
            <dd class='comment-body collapseable'>It links here</dd></dl></div></div></div>
            """)
        XCTAssertEqual(thread.comments.map(\.kind), [.comment, .pingback])
        XCTAssertEqual(thread.comments.last?.author?.name, "Other post")
        XCTAssertEqual(thread.comments.last?.author?.url, "https://other.example/post")
    }

    func testClassicNamesLoseTheThemeWordsAllLinesShare() throws {
        let terms = ["Jens", "Mia Sommer", "Anonym"].enumerated().map { index, name in
            "<dt class='comment-author' id='c\(index + 1)'>\(name) hat gesagt…</dt><dd class='comment-body'><p>Text \(index)</p></dd>"
        }.joined()
        let thread = try extract("<div class='comments' id='comments'><h4>3 Kommentare:</h4><dl id='comments-block'>\(terms)</dl></div>")
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Jens", "Mia Sommer", "Anonym"])
        XCTAssertEqual(thread.comments.map(\.id), ["1", "2", "3"])
    }

    func testAClassicTermWithoutIDIsNumberedByItsAnchor() throws {
        let thread = try extract("""
            <div class='comments' id='comments'><h4>1 comments:</h4><dl id='comments-block'>
            <dt class='comment-author'><a name='c7'></a><a href='https://www.blogger.com/profile/1' rel='nofollow'>Jens</a> said...</dt>
            <dd class='comment-body'><p>Hallo</p></dd>
            <dd class='comment-footer'><span class='comment-timestamp'><a href='https://b.blogspot.com/p.html?showComment=1336824191000#c7'>x</a></span></dd></dl></div>
            """)
        XCTAssertEqual(thread.comments.map(\.id), ["7"])
        XCTAssertEqual(thread.comments.first?.author?.name, "Jens")
        XCTAssertEqual(thread.comments.first?.body.plainText, "Hallo")
        XCTAssertEqual(thread.comments.first?.url, "https://b.blogspot.com/p.html?showComment=1336824191000#c7")
    }

    func testHeadingWithoutNumberOverAnEmptyListDeclaresZero() throws {
        let thread = try extract("<div class='comments' id='comments'><h4>Keine Kommentare:</h4><dl id='comments-block'></dl></div>")
        XCTAssertEqual(thread.declaredCommentCount, 0)
        XCTAssertTrue(thread.comments.isEmpty)
    }

    func testPostCommentLinkGivesTheCountWhenTheHeadingHasNone() throws {
        let item = threadedItem(id: "1", name: "A", epoch: "1433578985419", shown: "x", text: "Hi")
        let thread = try extract("""
            <div class='post hentry'><h3 class='post-title entry-title'>T</h3><div class='post-body'>B</div>
            <a class='comment-link' href='p.html#comment-form'>13</a></div>
            <div class='comments' id='comments'><h4> Kommentare:</h4><div id='comment-holder'><ol id='top-ra'>\(item)</ol></div></div>
            """)
        XCTAssertEqual(thread.declaredCommentCount, 13)
    }
}
