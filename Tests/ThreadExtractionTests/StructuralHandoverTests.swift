import ThreadModel
import XCTest

/// A detected engine whose description misses the comments, or one field of them, hands over to
/// the structural reader rather than giving up.
final class StructuralHandoverTests: XCTestCase {
    /// A comment in markup no WordPress theme prints: a numbered block with a name, a date and text.
    private func block(_ id: Int, name: String, date: String, text: String) -> String {
        """
        <div class="beitrag" id="beitrag-\(id)">
          <div class="kopf"><span class="verfasser">\(name)</span> <span class="zeit">\(date)</span></div>
          <div class="beitrag-text"><p>\(text)</p></div>
        </div>
        """
    }

    private func wordPressPage(heading: String, comments: String) -> String {
        """
        <html lang="de"><head><meta name="generator" content="WordPress 6.4"><title>Artikel</title></head><body>
        <article class="post hentry"><h1 class="entry-title">Ein Artikel</h1>
        <div class="entry-content"><p>Der Text des Artikels, lang genug, um ein Artikel zu sein.</p></div></article>
        <div id="comments" class="comments-area"><h2 class="comments-title">\(heading)</h2>
        <div class="beitraege">\(comments)</div></div>
        </body></html>
        """
    }

    func testCommentsInAnotherMarkupAreReadByStructureWhereThePageStatesSome() throws {
        let thread = try extractThread(wordPressPage(
            heading: "2 Kommentare",
            comments: block(101, name: "Anna", date: "01.02.2023, 10.15 Uhr", text: "Erster Kommentar.")
                + block(102, name: "Bernd", date: "01.02.2023, 11.30 Uhr", text: "Zweiter Kommentar.")))
        XCTAssertEqual(thread.source.platform, .wordpress)
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Anna", "Bernd"])
        XCTAssertEqual(thread.comments.map(\.body.plainText), ["Erster Kommentar.", "Zweiter Kommentar."])
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .heuristic && $0.message.contains("matched nothing") })
    }

    /// The engine's count sources may sit beside a first comment it never found: no stated count
    /// is needed for the hand-over.
    func testCommentsAreHandedOverWhereThePageStatesNoCount() throws {
        let thread = try extractThread(wordPressPage(
            heading: "Diskussion",
            comments: block(101, name: "Anna", date: "01.02.2023, 10.15 Uhr", text: "Erster Kommentar.")
                + block(102, name: "Bernd", date: "01.02.2023, 11.30 Uhr", text: "Zweiter Kommentar.")))
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Anna", "Bernd"])
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .heuristic && $0.message.contains("matched nothing") })
    }

    /// Teasers of other articles (a linked title, a date, an excerpt) are no discussion: the
    /// structural reader finds none, and nothing is handed over.
    func testNothingIsHandedOverWhereTheStructureFindsNoDiscussion() throws {
        let teasers = [(301, "Ein anderer Artikel über Brot"), (302, "Noch ein Artikel über Sauerteig")].map { id, title in
            """
            <div class="beitrag" id="beitrag-\(id)">
              <h3><a href="/artikel-\(id)/">\(title)</a></h3> <span class="zeit">01.02.2023, 10.15 Uhr</span>
              <div class="beitrag-text"><p>Ein Auszug aus dem Artikel, der nur neugierig machen soll.</p></div>
            </div>
            """
        }.joined()
        let thread = try extractThread(wordPressPage(heading: "Verwandte Artikel", comments: teasers))
        XCTAssertEqual(thread.comments, [])
        XCTAssertFalse(thread.diagnostics.contains { $0.code == .heuristic })
    }

    /// WordPress's ids and text, but the name in an element no WordPress theme names so.
    func testAFieldEmptyOnEveryCommentIsReadByStructure() throws {
        let comments = [(201, "Carla"), (202, "Dirk"), (203, "Eva")].map { id, name in
            """
            <li id="comment-\(id)" class="comment depth-1"><div class="beitrag" id="beitrag-\(id)">
              <div class="kopf"><span class="verfasser">\(name)</span> <span class="zeit">02.02.2023, 09.00 Uhr</span></div>
              <div class="comment-content"><p>Kommentar von \(name).</p></div>
            </div></li>
            """
        }.joined()
        let thread = try extractThread(wordPressPage(heading: "3 Kommentare", comments: "<ol class=\"comment-list\">\(comments)</ol>"))
        XCTAssertEqual(thread.comments.map(\.id), ["201", "202", "203"])
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Carla", "Dirk", "Eva"])
        XCTAssertTrue(thread.diagnostics.contains { $0.code == .heuristic && $0.message.contains("author") })
    }
}
