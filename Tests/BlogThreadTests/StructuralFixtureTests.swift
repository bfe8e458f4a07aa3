import BlogThread
import Foundation
import XCTest

/// The structural reader alone (`--engine generic`) on pages of engines nobody wrote rules for,
/// held to the facts `Fixtures/structural/MANIFEST.md` states for each: id, parent, kind, author
/// and subject of every comment, and no comments where the page has none.
final class StructuralFixtureTests: XCTestCase {
    struct Fact: Equatable, CustomStringConvertible {
        var id: String
        var parentId: String?
        var kind: String
        var author: String?
        var title: String?
        var description: String { "\(id)←\(parentId ?? "nil") \(kind) \(author ?? "-") \(title ?? "-")" }
    }

    private static let folder = Fixtures.root.appendingPathComponent("structural")

    /// The page read by `reader` (the structural reader alone unless told) against its manifest facts.
    @discardableResult
    private func check(
        _ page: String, reader: ThreadReader? = nil, file: StaticString = #filePath, line: UInt = #line
    ) throws -> ExtractedThread {
        let manifest = try String(contentsOf: Self.folder.appendingPathComponent("MANIFEST.md"), encoding: .utf8)
        let expected = try XCTUnwrap(Self.facts(in: manifest)[page], "\(page) is not in the manifest", file: file, line: line)
        let thread = try (reader ?? ThreadReader(engine: .generic)).read(contentsOf: Self.folder.appendingPathComponent(page).path)
        let found = thread.comments.map {
            Fact(id: $0.id, parentId: $0.parentId, kind: $0.kind.rawValue, author: $0.author?.name, title: $0.title)
        }
        XCTAssertEqual(found, expected, page, file: file, line: line)
        return thread
    }

    func testIssoWidget() throws { try check("isso-hugo-papermod-es.html") }
    func testCommentoWidget() throws { try check("commento-jekyll-minima-ja.html") }
    func testRemark42Widget() throws { try check("remark42-iframe-ru.html") }
    func testRecentCommentsWidgetAloneIsNoDiscussion() throws { try check("adversarial-recent-comments-only-en.html") }
    func testCommentsWinOverRelatedPostsWithDatesAndPictures() throws { try check("adversarial-related-posts-fr.html") }
    func testRepliesInAContainerBesideTheirParent() throws { try check("adversarial-replies-beside-es.html") }
    func testNewsTeasersAloneAreNoDiscussion() throws { try check("adversarial-news-teasers-ru.html") }
    func testPhpBBTopicOpeningMessageIsThePost() throws { try check("phpbb33-prosilver-fr.html") }
    func testInvisionTopicOpeningMessageIsThePost() throws { try check("invision-topic-pt.html") }
    func testXenForoThreadOpeningMessageIsThePost() throws { try check("xenforo22-thread-pl.html") }
    func testSMFTopicSubjectLinesAreTitles() throws { try check("smf-curve2-de.html") }
    func testSubjectHeadingsAreTitlesAndLinkedNamesShareTheNameSlot() throws { try check("adversarial-subject-headings-de.html") }
    func testMyBBPosterStatisticsAreNoName() throws { try check("mybb18-default-it.html") }
    func testMediumResponsesEachInWrappersOfTheirOwn() throws { try check("medium-responses-nl.html") }

    /// Tumblr's notes are a list of people's actions, one line each ("likes this", "reblogged this
    /// from"), without dates: only the notes with words of their own are read, a reply as a
    /// comment, a reblog that added words as a trackback whose permalink is the reblog.
    func testTumblrNotesWithWordsOfTheirOwnAreTheDiscussion() throws {
        let page = "tumblr-notes-en.html"
        let thread = try check(page)
        for (comment, start) in zip(thread.comments, try column(7, of: page)) {
            XCTAssertTrue(comment.text.hasPrefix(start), "\(comment.id): \(comment.text)")
        }
        let reblog = try XCTUnwrap(thread.comments.first { $0.kind == .trackback })
        XCTAssertEqual(reblog.url, "https://slowforager.tumblr.com/post/741228870051233792")
        XCTAssertEqual(reblog.author?.url, "https://slowforager.tumblr.com/")
    }

    /// Each response's text as a reader sees it: the passage of the story it highlights, then its
    /// words, as paragraphs (Medium prints them in a `pre` that keeps their line breaks, not code).
    /// The responder's picture, whose alt text is their name, is their avatar, not text.
    func testMediumResponseTextsAreTheirWordsAndPicturesTheirAvatars() throws {
        let page = "medium-responses-nl.html"
        let thread = try check(page)
        for (comment, start) in zip(thread.comments, try column(7, of: page)) {
            XCTAssertTrue(comment.text.hasPrefix(start), "\(comment.id): \(comment.text)")
            XCTAssertFalse(comment.body.blocks.contains { if case .code = $0 { true } else { false } }, comment.id)
            XCTAssertNotNil(comment.author?.avatarURL, comment.id)
        }
        XCTAssertEqual(thread.comments.first?.body.blocks.count, 2, "the highlighted passage, then the response")
    }
    func testIssoWidgetUnderAWordPressGenerator() throws { try check("adversarial-wordpress-generator-isso-it.html") }

    /// The manifest's `column` (6: date, 7: text starts) for each comment of `page`.
    private func column(_ column: Int, of page: String) throws -> [String] {
        let manifest = try String(contentsOf: Self.folder.appendingPathComponent("MANIFEST.md"), encoding: .utf8)
        return try XCTUnwrap(Self.rows(in: manifest)[page]).map { $0[column] }
    }

    /// Isso's `datetime` takes a zero-based month and the weekday for the day; where it still reads
    /// as a date it names another day than the `time`'s own tooltip, and the tooltip, which readers
    /// see, dates the comment.
    func testIssoTooltipDatesWinOverAMachineValueThatNamesAnotherDay() throws {
        let page = "adversarial-wordpress-generator-isso-it.html"
        let thread = try check(page)
        XCTAssertEqual(thread.comments.map { $0.published?.rfc3339 ?? "-" }, try column(6, of: page))
    }

    func testWikiTalkCommentsAreSignedPassagesThreadedByIndentation() throws {
        try checkDatesAndTexts(of: "mediawiki-talk-dt-en.html")
    }

    func testGhostWidgetNamesHeadingsBesideAvatarsAndDatesPermalinkTooltips() throws {
        try checkDatesAndTexts(of: "ghost-comments-frame-de.html")
    }

    /// The facts of `check`, and each comment's date and the start of its text as the manifest states them.
    private func checkDatesAndTexts(of page: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let thread = try check(page, file: file, line: line)
        let dates = try column(6, of: page)
        let starts = try column(7, of: page)
        XCTAssertEqual(thread.comments.count, dates.count, page, file: file, line: line)
        for (comment, (date, start)) in zip(thread.comments, zip(dates, starts)) {
            XCTAssertTrue(
                Self.sameDate(comment.published, date == "-" ? nil : date),
                "\(comment.id): \(comment.published?.rfc3339 ?? "-") is not \(date)", file: file, line: line)
            let text = comment.text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace)
                .joined(separator: " ")
            XCTAssertTrue(text.hasPrefix(start), "\(comment.id): \(text.prefix(80)) does not start with \(start)", file: file, line: line)
        }
    }

    /// A date as the manifest writes it: the same instant, with no seconds where the page shows none.
    private static func sameDate(_ found: PageDate?, _ expected: String?) -> Bool {
        guard let expected else { return found == nil }
        guard let shown = found?.rfc3339.replacingOccurrences(of: "+00:00", with: "Z") else { return false }
        let wanted = expected.replacingOccurrences(of: "+00:00", with: "Z")
        if shown == wanted { return true }
        // "2024-03-06T08:05" for a page that shows minutes and no zone.
        return !wanted.hasSuffix("Z") && !wanted.contains("+") && shown == wanted + ":00"
            || wanted.hasSuffix("Z") && shown == wanted.dropLast() + ":00Z"
    }

    /// Detected as WordPress, whose markup finds nothing, on a page that states no count: the
    /// structural reader takes over in the default run, and says so.
    func testDetectedEngineThatFindsNothingHandsOver() throws {
        let thread = try check("adversarial-wordpress-generator-isso-it.html", reader: ThreadReader())
        XCTAssertEqual(thread.source.platform, .wordpress)
        XCTAssertTrue(thread.diagnostics.contains { $0.message.contains("matched nothing") }, "\(thread.diagnostics)")
    }

    /// Sections headed "## N. `page.html`", each with a table `| # | id | parent | kind | author | title | …`.
    static func facts(in text: String) -> [String: [Fact]] {
        rows(in: text).mapValues { rows in
            rows.map { cells in
                func value(_ cell: String) -> String? { cell == "-" ? nil : cell }
                return Fact(id: cells[1], parentId: value(cells[2]), kind: cells[3], author: value(cells[4]), title: value(cells[5]))
            }
        }
    }

    /// Each page's table rows, cell by cell: `#`, id, parent, kind, author, title, date, text starts.
    static func rows(in text: String) -> [String: [[String]]] {
        var pages: [String: [[String]]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## "), let open = line.firstIndex(of: "`"),
                let close = line[line.index(after: open)...].firstIndex(of: "`")
            {
                current = String(line[line.index(after: open)..<close])
                pages[current!] = []
                continue
            }
            guard line.hasPrefix("|"), let page = current else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6, Int(cells[0]) != nil else { continue }
            pages[page]!.append(Array(cells))
        }
        return pages
    }
}
