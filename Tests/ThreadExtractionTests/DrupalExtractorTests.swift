import HTMLDOM
import ThreadModel
import XCTest

@testable import ThreadExtraction

final class DrupalExtractorTests: XCTestCase {
    private func extract(_ comments: String) throws -> ExtractedThread {
        let html = """
            <html lang="de"><head><meta name="Generator" content="Drupal 7 (http://drupal.org)" /></head><body>
            <section id="comments" class="comment-wrapper">\(comments)</section></body></html>
            """
        return ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
    }

    private func comment(_ id: Int, _ name: String, _ text: String, subject: String = "Betreff") -> String {
        """
        <a id="comment-\(id)"></a>
        <article class="comment clearfix" about="/comment/\(id)#comment-\(id)" typeof="sioc:Post sioct:Comment">
        <header><h3><a href="/comment/\(id)#comment-\(id)" class="permalink" rel="bookmark">\(subject)</a></h3>
        <p class="submitted"><span class="username">\(name)</span></p></header>
        <div class="field field-name-comment-body"><div class="field-items"><div class="field-item even" property="content:encoded"><p>\(text)</p></div></div></div>
        <ul class="links inline"><li class="comment-reply"><a href="/comment/reply/1/\(id)">Antworten</a></li></ul></article>
        """
    }

    func testRepliesFollowTheirParentInsideIndentedSiblings() throws {
        let thread = try extract(
            comment(1, "A", "eins") + "<div class=\"indented\">" + comment(2, "B", "zwei")
                + "<div class=\"indented\">" + comment(3, "C", "drei") + "</div></div>" + comment(4, "D", "vier"))
        XCTAssertEqual(thread.comments.map(\.id), ["1", "2", "3", "4"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "1", "2", nil])
        XCTAssertEqual(thread.comments.map(\.depth), [0, 1, 2, 0])
    }

    func testTheRDFaAddressNumbersACommentWithoutAnchorOrID() throws {
        let thread = try extract("""
            <div class="comment" about="/comment/77#comment-77"><p class="submitted"><span class="username">A</span></p>
            <div property="content:encoded"><p>Text</p></div></div>
            """)
        XCTAssertEqual(thread.comments.map(\.id), ["77"])
        XCTAssertEqual(thread.comments.first?.author?.name, "A")
    }

    func testTheScreenReadersParentLineIsNeitherNameNorText() throws {
        let thread = try extract("""
            <a id="comment-3"></a><article class="comment"><p class="parent visually-hidden">In reply to <a href="#comment-2">X</a> by <span class="username">B</span></p>
            <footer><p class="submitted"><span class="username">C</span></p></footer><div property="schema:text"><p>Antwort</p></div></article>
            """)
        XCTAssertEqual(thread.comments.first?.author?.name, "C")
        XCTAssertEqual(thread.comments.first?.body.plainText, "Antwort")
    }

    func testNamesInMarkupTheDescriptionDoesNotKnowAreReadFromThePagesStructure() throws {
        let comments = [(1, "Anna Berg", 21), (2, "Bruno Costa", 22), (3, "Chiara Dahl", 23)].map { id, name, day in
            """
            <a id="comment-\(id)"></a><article class="comment"><div class="meta"><span class="commenter-name">\(name)</span>
            <time datetime="2020-04-\(day)T14:40:07+00:00">\(day). April 2020</time></div>
            <div property="content:encoded"><p>Kommentar \(id) mit etwas Text.</p></div></article>
            """
        }
        let html = """
            <html lang="de"><head><meta name="Generator" content="Drupal 7 (http://drupal.org)" /></head><body>
            <article class="node"><h1>Titel</h1><div class="field-name-body"><p>Der Artikel.</p></div></article>
            <section id="comments" class="comment-wrapper"><h2>3 Kommentare</h2>\(comments.joined())</section></body></html>
            """
        let thread = ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Anna Berg", "Bruno Costa", "Chiara Dahl"])
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .heuristic && $0.message.contains("author") })
    }

    func testSubjectLineIsNotTheText() throws {
        let thread = try extract(comment(9, "A", "Der eigentliche Text", subject: "Nur der Betreff"))
        XCTAssertEqual(thread.comments.first?.body.blocks, [.paragraph([.text("Der eigentliche Text")])])
    }

    func testUTCCreationDateIsWrittenInTheDisplayedLocalTime() throws {
        let thread = try extract("""
            <article id="comment-5" class="js-comment comment"><footer><h6>Heidemarie Heim | Di, 21. April 2020 - 16:40
            <span property="schema:dateCreated" content="2020-04-21T14:40:07+00:00" class="hidden"></span></h6></footer>
            <div property="schema:text"><p>Text</p></div></article>
            """)
        let comment = try XCTUnwrap(thread.comments.first)
        XCTAssertEqual(comment.author?.name, "Heidemarie Heim")
        XCTAssertEqual(comment.published?.time?.hour, 16)
        XCTAssertEqual(comment.published?.utcOffsetMinutes, 120)
    }

    func testExpandingFormatterEllipsisAndToggleAreLeftOut() throws {
        let thread = try extract("""
            <a id="comment-8"></a><article class="comment"><div property="content:encoded"><div class="expanding-formatter">
            <div class="expanding-formatter-summary"><p>Anfang</p></div><span class="expanding-formatter-ellipsis">…</span>
            <div class="expanding-formatter-content"><p>Rest</p></div>
            <div class="expanding-formatter-trigger"><a href="javascript:void(0)" class="button">Aufklappen</a></div></div></div></article>
            """)
        XCTAssertEqual(thread.comments.first?.body.blocks, [.paragraph([.text("Anfang")]), .paragraph([.text("Rest")])])
    }
}
