import HTMLDOM
import ThreadExtraction
import ThreadModel
import XCTest

final class PhpBBExtractorTests: XCTestCase {
    private func post(_ number: Int) -> String {
        """
        <div id="p\(number)" class="post has-profile bg1"><div class="inner"><dl class="postprofile"><dt><a class="username" href="m">U\(number)</a></dt></dl>\
        <div class="postbody"><p class="author"><span class="responsive-hide">by <strong>U\(number)</strong> » </span>\
        <time datetime="2022-11-05T09:14:22+00:00">x</time></p><div class="content">Text \(number)</div></div></div></div>
        """
    }

    private func read(pagination: String) throws -> ExtractedThread {
        let html = "<html><body id=\"phpbb\"><h2 class=\"topic-title\">Topic</h2>\(pagination)\(post(1))\(post(2))</body></html>"
        return ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
    }

    func testTheFirstMessageOfPageOneIsThePost() throws {
        let thread = try read(pagination: "<div class=\"pagination\"><ul><li class=\"active\"><span>1</span></li></ul></div>")
        XCTAssertEqual(thread.source.platform.rawValue, "phpbb")
        XCTAssertEqual(thread.post?.title, "Topic")
        XCTAssertEqual(thread.post?.author?.name, "U1")
        XCTAssertEqual(thread.comments.map(\.id), ["2"])
        XCTAssertEqual(thread.comments.first?.published?.description, "2022-11-05T09:14:22Z")
    }

    func testADateWithoutATimeElementIsReadWholeFromChromeOfAnyLength() throws {
        // The date and the time in two spans kept apart by kilobytes of white space: the
        // element that holds both is read in full, since its start is short.
        let padding = String(repeating: " ", count: 5_000)
        let html = """
            <html lang="en"><body id="phpbb"><h2 class="topic-title">Topic</h2>\(post(1))\
            <div id="p2" class="post has-profile bg2"><div class="inner"><dl class="postprofile"><dt><a class="username" href="m">U2</a></dt></dl>\
            <div class="postbody"><p class="author">by <strong>U2</strong> » <span><span>Sat Nov 05, 2022</span>\(padding)<span>9:14 am</span></span></p>\
            <div class="content">Text 2</div></div></div></div></body></html>
            """
        let thread = try extractThread(html)
        XCTAssertEqual(thread.comments.map(\.id), ["2"])
        XCTAssertEqual(thread.comments.first?.published?.description, "2022-11-05T09:14:00")
    }

    func testALaterPageHasNoPost() throws {
        let thread = try read(pagination: "<div class=\"pagination\"><ul><li><a href=\"v?t=1\">1</a></li><li class=\"active\"><span>2</span></li></ul></div>")
        XCTAssertNil(thread.post)
        XCTAssertEqual(thread.comments.map(\.id), ["1", "2"])
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .commentsPaginated })
    }
}

final class VBulletinExtractorTests: XCTestCase {
    private func post(_ number: Int, position: Int) -> String {
        """
        <li class="postbit postbitim postcontainer" id="post_\(number)"><div class="posthead"><span class="date">03-03-2011, <span class="time">02:17 PM</span></span>\
        <a class="postcounter" href="t#post\(number)">#\(position)</a><a id="postcount\(number)" name="\(position)"></a></div>\
        <a class="username" href="m"><strong>U\(number)</strong></a>\
        <div id="post_message_\(number)"><blockquote class="postcontent restore"><div class="bbcode_container"><div class="bbcode_postedby">\
        <img src="q.png" alt="Quote"/> Originally Posted by <strong>X</strong> <a href="t?p=1#post1"><img src="v.png" alt="View Post"/></a></div>\
        <div class="message">quoted</div></div>Answer \(number)</blockquote></div></li>
        """
    }

    private func read(_ posts: String) throws -> ExtractedThread {
        let html = "<html lang=\"en-US\"><body><ol id=\"posts\">\(posts)</ol></body></html>"
        return ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
    }

    func testAPageWhoseFirstPostIsNotNumberOneHasNoPost() throws {
        let thread = try read(post(661, position: 661) + post(662, position: 662))
        XCTAssertEqual(thread.source.platform.rawValue, "vbulletin")
        XCTAssertNil(thread.post)
        XCTAssertEqual(thread.comments.map(\.id), ["661", "662"])
        XCTAssertEqual(thread.comments.first?.published?.description, "2011-03-03T14:17:00")
    }

    func testQuotesStayInTheBodyWithoutTheirIcons() throws {
        let thread = try read(post(1, position: 1) + post(2, position: 2))
        XCTAssertEqual(thread.post?.author?.name, "U1")
        // The tree's description holds every text run; enough to see what was kept.
        let text = thread.comments.first.map { String(describing: $0.body) } ?? ""
        XCTAssertTrue(text.contains("quoted"), text)
        XCTAssertTrue(text.contains("Answer 2"), text)
        XCTAssertFalse(text.contains("View Post"), text)
    }
}
