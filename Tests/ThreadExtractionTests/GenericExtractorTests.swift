import ThreadModel
import XCTest

final class GenericExtractorTests: XCTestCase {
    /// One comment in the shape of an unknown engine: classes in its own words, a numbered id.
    private func block(_ id: Int, name: String, date: String, text: String, classes: String = "beitrag", inner: String = "") -> String {
        """
        <div class="\(classes)" id="beitrag-\(id)">
          <div class="kopf"><span class="verfasser">\(name)</span> <span class="zeit">\(date)</span></div>
          <div class="beitrag-text"><p>\(text)</p></div>
          \(inner)
        </div>
        """
    }

    private func page(_ comments: String, sidebar: String = "") -> String {
        """
        <html lang="de"><head><title>Artikel</title></head><body>
        <div id="haupt"><h1>Ein Artikel</h1><p>Der Text des Artikels, lang genug, um ein Artikel zu sein.</p>
        <div class="beitraege">\(comments)</div></div>
        <div id="rand">\(sidebar)</div>
        </body></html>
        """
    }

    func testRepeatedBlocksBecomeCommentsWithTheirFields() throws {
        let thread = try extractThread(page(
            block(101, name: "Anna", date: "01.02.2023, 10.15 Uhr", text: "Erster Kommentar.")
                + block(102, name: "Bernd", date: "01.02.2023, 11.30 Uhr", text: "Zweiter Kommentar.")))
        XCTAssertEqual(thread.source.platform, .generic)
        XCTAssertEqual(thread.comments.map(\.id), ["101", "102"])
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Anna", "Bernd"])
        XCTAssertEqual(thread.comments.map { $0.published?.rfc3339 }, ["2023-02-01T10:15:00", "2023-02-01T11:30:00"])
        XCTAssertEqual(thread.comments.map(\.body.plainText), ["Erster Kommentar.", "Zweiter Kommentar."])
    }

    /// A consent panel lists services, each with a name, a date-like line and a text: the shape of
    /// comments. Whatever floats over the page (a dialog, a pop-up, a cookie or consent box) is none.
    func testListsInDialogsPopupsAndConsentBoxesAreNoComments() throws {
        let services = block(1, name: "Videos", date: "01.02.2023", text: "Zweck: Wiedergabe von Videos auf dieser Seite.")
            + block(2, name: "Statistik", date: "02.02.2023", text: "Zweck: anonyme Auswertung der Besuche dieser Seite.")
            + block(3, name: "Karten", date: "03.02.2023", text: "Zweck: Anzeige von Karten und Wegbeschreibungen.")
        for wrapper in [
            #"<div role="dialog">"#, "<dialog>", #"<div class="cmp-privacy-popup">"#, #"<div class="site-cookie-settings">"#,
            #"<div class="consent-layer">"#,
        ] {
            let tag = wrapper.dropFirst().prefix { $0.isLetter }
            let thread = try extractThread(page("", sidebar: wrapper + services + "</\(tag)>"))
            XCTAssertEqual(thread.comments.count, 0, wrapper)
        }
        // A class that has the word inside it is no overlay: a tweet whose author card pops up.
        let thread = try extractThread(page(#"<div class="js-profile-popup-actionable">"# + services + "</div>"))
        XCTAssertEqual(thread.comments.map(\.id), ["1", "2", "3"])
    }

    func testResultIsMarkedHeuristic() throws {
        let thread = try extractThread(page(block(101, name: "Anna", date: "01.02.2023", text: "Hallo.")))
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .heuristic })
    }

    func testSameMarkupElsewhereOnThePageIsNotTheThread() throws {
        let commentOfTheDay = """
            <div class="beitrag" id="beitrag-901">
              <div class="kopf"><span class="verfasser">Leser</span> <span class="zeit">01.01.2023</span></div>
              <div class="beitrag-text"><p>Zu einem anderen Artikel.</p></div>
            </div>
            """
        let thread = try extractThread(page(
            block(101, name: "Anna", date: "01.02.2023", text: "Hier.") + block(102, name: "Bernd", date: "02.02.2023", text: "Auch hier."),
            sidebar: commentOfTheDay))
        XCTAssertEqual(thread.comments.map(\.id), ["101", "102"])
    }

    func testLinksWithDateTooltipsAreNotComments() throws {
        let sidebar = """
            <ul><li class="kommentar"><a href="/a?1#5" title="01.02.2023, 09.00 Uhr - Artikel: Anderes">Kurz</a></li>
            <li class="kommentar"><a href="/a?2#6" title="01.02.2023, 09.10 Uhr - Artikel: Noch eins">Knapp</a></li>
            <li class="kommentar"><a href="/a?3#7" title="01.02.2023, 09.20 Uhr - Artikel: Drittes">Stimmt</a></li></ul>
            """
        let thread = try extractThread(page(block(101, name: "Anna", date: "01.02.2023", text: "Der einzige."), sidebar: sidebar))
        XCTAssertEqual(thread.comments.map(\.id), ["101"])
    }

    func testPageWithoutCommentsGivesNone() throws {
        let thread = try extractThread("""
            <html><body><h1>Titel</h1><p>Nur ein Artikel, ohne Kommentare.</p>
            <ul class="verwandt"><li class="teaser"><a href="/x">Anderer Artikel</a> <span class="datum">01.01.2023</span></li>
            <li class="teaser"><a href="/y">Noch einer</a> <span class="datum">02.01.2023</span></li></ul></body></html>
            """)
        XCTAssertEqual(thread.comments, [])
    }

    func testNestedBlocksThreadByContainment() throws {
        let reply = block(103, name: "Carla", date: "03.02.2023", text: "Antwort.")
        let thread = try extractThread(page(
            block(101, name: "Anna", date: "01.02.2023", text: "Frage?", inner: "<div class=\"antworten\">\(reply)</div>")
                + block(102, name: "Bernd", date: "02.02.2023", text: "Neu.")))
        XCTAssertEqual(thread.comments.map(\.id), ["101", "103", "102"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "101", nil])
        XCTAssertEqual(thread.comments.map(\.depth), [0, 1, 0])
    }

    func testWrapperWithTheSameClassIsNotAComment() throws {
        let thread = try extractThread(page(
            "<div class=\"beitrag\" id=\"beitrag-wurzel\">"
                + block(101, name: "Anna", date: "01.02.2023", text: "Eins.")
                + block(102, name: "Bernd", date: "02.02.2023", text: "Zwei.") + "</div>"))
        XCTAssertEqual(thread.comments.map(\.id), ["101", "102"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, nil])
    }

    func testFlatRepliesWithAMarkerClassHangUnderThePrecedingComment() throws {
        let thread = try extractThread(page(
            block(101, name: "Anna", date: "01.02.2023", text: "Frage?")
                + block(102, name: "Bernd", date: "02.02.2023", text: "Antwort.", classes: "beitrag beitrag-sub")
                + block(103, name: "Carla", date: "03.02.2023", text: "Noch eine Antwort.", classes: "beitrag beitrag-sub")
                + block(104, name: "Dora", date: "04.02.2023", text: "Neu.")))
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "101", "101", nil])
    }

    func testFlatBlocksWithStatedLevelsThreadByLevel() throws {
        let thread = try extractThread(page(
            block(101, name: "Anna", date: "01.02.2023", text: "Eins.", classes: "beitrag ebene-0")
                + block(102, name: "Bernd", date: "02.02.2023", text: "Zwei.", classes: "beitrag ebene-1")
                + block(103, name: "Carla", date: "03.02.2023", text: "Drei.", classes: "beitrag ebene-2")
                + block(104, name: "Dora", date: "04.02.2023", text: "Vier.", classes: "beitrag ebene-0")))
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "101", "102", nil])
    }

    func testOpeningMessageWithAnotherIdShapeIsNotAComment() throws {
        let first = """
            <div class="nachricht" id="thread-erste">
              <div class="kopf"><span class="verfasser">Start</span> <span class="zeit">01.02.2023</span></div>
              <div class="nachricht-text"><p>Die Frage des Themas.</p></div></div>
            """
        let replies = (1...2).map { index in
            """
            <div class="nachricht" id="thread-antwort-\(index)00">
              <div class="kopf"><span class="verfasser">Leser \(index)</span> <span class="zeit">0\(index + 1).02.2023</span></div>
              <div class="nachricht-text"><p>Antwort \(index).</p></div></div>
            """
        }.joined()
        let thread = try extractThread(page(first + replies))
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Leser 1", "Leser 2"])
    }

    func testCountInTheHeadingBeforeTheCommentsIsDeclared() throws {
        let thread = try extractThread(page(
            "<h3 class=\"titel\">2 Kommentare</h3>" + block(101, name: "Anna", date: "01.02.2023", text: "Eins.")
                + block(102, name: "Bernd", date: "02.02.2023", text: "Zwei.")))
        XCTAssertEqual(thread.declaredCommentCount, 2)
    }

    func testQuoteInsideTheTextStaysInTheText() throws {
        let quoted = """
            <div class="beitrag" id="beitrag-105">
              <div class="kopf"><span class="verfasser">Eva</span> <span class="zeit">05.02.2023</span></div>
              <div class="beitrag-text"><div class="zitat-quote"><div class="zitat-name">Anna</div><div class="zitat-text">Frage?</div></div>Meine Antwort.</div>
            </div>
            """
        let thread = try extractThread(page(block(101, name: "Anna", date: "01.02.2023", text: "Frage?") + quoted))
        XCTAssertEqual(thread.comments.last?.body.plainText, "Anna Frage? Meine Antwort.")
    }

    func testTheFieldsOfACommentFormAreNoComments() throws {
        let form = """
            <form class="antwort-form" action="/senden"><textarea name="text"></textarea>
            <p class="feld-author"><label>Name (Pflicht)</label> <input type="text" name="author"></p>
            <p class="feld-email"><label>E-Mail</label> <input type="email" name="email"></p>
            <p class="feld-datum">Datum: 01.02.2023 <input type="text" name="datum"></p></form>
            """
        let thread = try extractThread(page(form))
        XCTAssertEqual(thread.comments.count, 0)
    }

    func testOneBlockWithoutAnIDOfItsOwnIsNoComment() throws {
        // The article's byline beside a comment form: a name and a date, but no record of a discussion.
        let byline = """
            <div class="meta"><span class="verfasser">Redaktion</span> <span class="zeit">01.02.2023</span>
            <p>Ein Satz, lang genug für einen Kommentar.</p></div>
            <form><textarea name="text"></textarea></form>
            """
        let thread = try extractThread(page(byline))
        XCTAssertEqual(thread.comments.count, 0)
    }

    func testPostsQuotedInsideTheArticleAreNoComments() throws {
        let paragraph = "<p>" + String(repeating: "Ein Absatz des Artikels, der die zitierten Beiträge einordnet. ", count: 3) + "</p>"
        let tweet = { (index: Int) in
            """
            <blockquote class="zitierter-beitrag"><p>Ein zitierter Beitrag von außerhalb, Nummer \(index).</p>
            <span class="verfasser">Quelle \(index)</span> <span class="zeit">0\(index).02.2023</span></blockquote>
            """
        }
        let article = """
            <html lang="de"><head><title>Artikel</title></head><body>
            <div class="artikel"><h1>Ein Artikel</h1>\(paragraph)\(tweet(1))\(paragraph)\(tweet(2))\(paragraph)\(tweet(3))</div>
            </body></html>
            """
        let thread = try extractThread(article)
        XCTAssertEqual(thread.comments.count, 0)
    }

    /// A forum topic's opening message is the post; its author is the post's unless the page
    /// states the post's author for machines (the record may be a comment read as the opening).
    func testAuthorStatedForMachinesBeatsTheOpeningRecord() throws {
        func topic(_ head: String) -> String {
            """
            <html lang="de"><head><title>Thema</title>\(head)</head><body><div class="beitraege">
            \(block(101, name: "Anna", date: "01.02.2023, 10.15 Uhr", text: "Die Frage des Themas, etwas länger."))
            \(block(102, name: "Bernd", date: "01.02.2023, 11.30 Uhr", text: "Eine Antwort."))
            \(block(103, name: "Carla", date: "01.02.2023, 12.45 Uhr", text: "Noch eine Antwort."))
            </div></body></html>
            """
        }
        XCTAssertEqual(try extractThread(topic("")).post?.author?.name, "Anna")
        let stated = try extractThread(topic("<meta name=\"author\" content=\"Redaktion\">"))
        XCTAssertEqual(stated.post?.author?.name, "Redaktion")
    }

    /// A question-and-answer site signs each answer with a user card: the action and its date on
    /// a line classed for the user ("user-action-time": "answered <span>…</span>"), then the
    /// picture and the linked name. The action is no name.
    func testTheDateLineOfAUserCardIsNoName() throws {
        func answer(_ id: Int, name: String, day: Int) -> String {
            """
            <div id="answer-\(id)" class="answer"><div class="s-prose"><p>Answer number \(id), with enough words in it.</p></div>
            <div class="post-signature"><div class="user-info">
            <div class="user-action-time">answered <span title="2023-03-\(day) 09:02:11Z" class="relativetime">Mar \(day), 2023</span></div>
            <div class="user-gravatar32"><a href="/users/\(id)"><img src="/a/\(id).png" alt=""></a></div>
            <div class="user-details"><a href="/users/\(id)">\(name)</a><span class="reputation-score">\(id)</span></div>
            </div></div></div>
            """
        }
        let thread = try extractThread("""
            <html lang="en"><head><title>A question</title></head><body><h1>A question</h1>
            <p>The question itself, long enough to be read as the post of the page.</p>
            <div id="answers">\(answer(11, name: "Nadia Ferro", day: 13) + answer(12, name: "Ravi K", day: 14) + answer(13, name: "Jo", day: 15))</div>
            </body></html>
            """)
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Nadia Ferro", "Ravi K", "Jo"])
    }

    /// A theme that prints the date as bare words between the name and the text: the date is the
    /// comment's, not the first words of its text.
    func testABareDateBeforeTheTextIsTheDateNotTheText() throws {
        func comment(_ id: Int, name: String, day: Int) -> String {
            """
            <li class="comment" id="li-comment-\(id)"><div id="comment-\(id)" class="comment-body">
            <div class="comment-author vcard"><img alt="" src="/avatar/\(id).png" class="avatar photo"></div>
            <div class="extra-wrap"><span class="author">\(name)</span><br />
            März \(day), 2018\t\t<p>Liebe Claudia, Kommentar \(id) mit seinen eigenen Worten.</p>
            <div class="reply"><a class="comment-reply-link" href="?replytocom=\(id)#respond">Antworten</a></div></div>
            </div></li>
            """
        }
        let thread = try extractThread(page(
            "<ul class=\"commentlist\">" + comment(22203, name: "dottoressa", day: 7) + comment(22208, name: "Miriam", day: 8) + "</ul>"))
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["dottoressa", "Miriam"])
        XCTAssertEqual(thread.comments.map { $0.published?.rfc3339 }, ["2018-03-07", "2018-03-08"])
        XCTAssertEqual(thread.comments.map(\.body.plainText), [
            "Liebe Claudia, Kommentar 22203 mit seinen eigenen Worten.", "Liebe Claudia, Kommentar 22208 mit seinen eigenen Worten.",
        ])
    }

    /// A forum whose text wrapper has no class, only an id of a prefix and the post's number
    /// (vBulletin 4's `div#post_message_N`), after a classless line of the date and the counter:
    /// the numbered wrapper is the text, not the first classless block.
    func testAClasslessTextWrapperIsKnownByItsNumberedID() throws {
        func post(_ id: Int, name: String, counter: Int) -> String {
            """
            <li class="postbitlegacy" id="post_\(id)"><div class="posthead"><div><span class="date">03.03.2011, 14:1\(counter)</span>
            <a href="#post\(id)" class="postcounter">#\(counter)</a></div></div>
            <div class="userinfo"><a class="username" href="/member/\(id)">\(name)</a></div>
            <div class="postbody"><div class="postrow"><div class="content"><div id="post_message_\(id)">
            <blockquote class="postcontent restore">Beitrag \(id) von \(name), mit eigenen Worten.<br />Und einer zweiten Zeile.</blockquote>
            </div></div></div></div></li>
            """
        }
        let thread = try extractThread(page(
            "<ol id=\"posts\">" + post(949757, name: "Predator", counter: 1) + post(949763, name: "Chatfix", counter: 2)
                + post(949776, name: "sunset", counter: 3) + "</ol>"))
        // The first post opens the topic: it is the post, the others are its comments.
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Chatfix", "sunset"])
        XCTAssertEqual(thread.comments.map { String($0.body.plainText.prefix(24)) }, ["Beitrag 949763 von Chatf", "Beitrag 949776 von sunse"])
    }
}
