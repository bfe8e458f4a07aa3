import HTMLDOM
import ThreadModel
import XCTest

@testable import ThreadExtraction

final class RelativeDateTests: XCTestCase {
    private let saved = PageDate(rfc3339: "2015-03-07T19:44:48Z")!

    private func date(_ text: String) -> String? {
        RelativeDate.parse(text, savedAt: saved)?.rfc3339
    }

    func testHoursAndMinutesKeepTheSaveTimesOffset() {
        XCTAssertEqual(date("3 hours ago"), "2015-03-07T16:44:48Z")
        XCTAssertEqual(date("vor 50 Minuten"), "2015-03-07T18:54:48Z")
        XCTAssertEqual(date("il y a 2 heures"), "2015-03-07T17:44:48Z")
    }

    func testDaysAndWeeksNameADayOnly() {
        XCTAssertEqual(date("hace 2 días"), "2015-03-05")
        XCTAssertEqual(date("2 дня назад"), "2015-03-05")
        XCTAssertEqual(date("a week ago"), "2015-02-28")
        XCTAssertEqual(date("10 dagen geleden"), "2015-02-25")
    }

    func testCJKUnitsWithoutSpaces() {
        XCTAssertEqual(date("3時間前"), "2015-03-07T16:44:48Z")
        XCTAssertEqual(date("5분 전"), "2015-03-07T19:39:48Z")
    }

    func testMidnightIsCrossed() {
        XCTAssertEqual(RelativeDate.parse("2 hours ago", savedAt: PageDate(rfc3339: "2020-01-01T01:00:00+01:00")!)?.rfc3339,
                       "2019-12-31T23:00:00+01:00")
    }

    func testMonthsAndYearsAreTooCoarse() {
        XCTAssertNil(date("3 months ago"))
        XCTAssertNil(date("vor 2 Jahren"))
    }

    func testWithoutASaveDateNothingIsDated() {
        let comment = Comment(id: "1", publishedText: "3 hours ago")
        XCTAssertNil(RelativeDate.dating([comment], savedAt: nil)[0].published)
        XCTAssertEqual(RelativeDate.dating([comment], savedAt: saved)[0].published?.rfc3339, "2015-03-07T16:44:48Z")
    }

    func testAWebArchiveCopyKnowsWhenItWasSaved() throws {
        let html = """
            <html><head><link rel="canonical" href="https://web.archive.org/web/20150307194448/http://blog.example/post"></head>
            <body><ol class="comment-list"><li id="comment-3" class="comment depth-1"><div class="comment-author">Ann</div>
            <span class="comment-date">3 hours ago</span><div class="comment-content"><p>Hi</p></div></li></ol></body></html>
            """
        let thread = ThreadExtractor().extract(try HTMLDocument(bytes: Array(html.utf8)))
        XCTAssertEqual(thread.source.url, "http://blog.example/post")
        XCTAssertEqual(thread.comments.first?.publishedText, "3 hours ago")
        XCTAssertEqual(thread.comments.first?.published?.rfc3339, "2015-03-07T16:44:48Z")
    }
}
