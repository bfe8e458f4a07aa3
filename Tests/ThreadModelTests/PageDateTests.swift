import ThreadModel
import XCTest

final class PageDateTests: XCTestCase {
    func testDateOnlyHasNoTimeAndNoOffset() {
        XCTAssertEqual(PageDate(year: 2020, month: 2, day: 29)?.rfc3339, "2020-02-29")
    }

    func testLocalTimeIsWrittenWithoutOffset() {
        let date = PageDate(year: 2019, month: 5, day: 30, time: .init(hour: 13, minute: 6))
        XCTAssertEqual(date?.rfc3339, "2019-05-30T13:06:00")
    }

    func testPageOffsetIsKept() {
        let date = PageDate(year: 2019, month: 5, day: 30, time: .init(hour: 13, minute: 6), utcOffsetMinutes: 8 * 60)
        XCTAssertEqual(date?.rfc3339, "2019-05-30T13:06:00+08:00")
        let west = PageDate(year: 2019, month: 5, day: 30, time: .init(hour: 1, minute: 2, second: 3), utcOffsetMinutes: -(4 * 60 + 30))
        XCTAssertEqual(west?.rfc3339, "2019-05-30T01:02:03-04:30")
    }

    func testUTCIsZ() {
        XCTAssertEqual(PageDate(rfc3339: "2014-08-17T21:17:22+00:00")?.rfc3339, "2014-08-17T21:17:22Z")
    }

    func testImpossibleDatesAreRejected() {
        XCTAssertNil(PageDate(year: 2019, month: 2, day: 29))
        XCTAssertNil(PageDate(year: 2019, month: 13, day: 1))
        XCTAssertNil(PageDate(year: 2019, month: 1, day: 1, time: .init(hour: 24, minute: 0)))
        XCTAssertNil(PageDate(rfc3339: "2019-01-01T10:00+25:00"))
    }

    func testRoundTripsThroughItsOwnText() {
        for text in ["2001-01-01", "2019-05-30T13:06:00", "2019-05-30T13:06:00.250Z", "1999-12-31T23:59:59-08:00"] {
            XCTAssertEqual(PageDate(rfc3339: text)?.rfc3339, text)
        }
    }

    func testCodableAsAString() throws {
        let date = try XCTUnwrap(PageDate(rfc3339: "2015-03-03T10:12:00+01:00"))
        let data = try JSONEncoder().encode([date])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"2015-03-03T10:12:00+01:00\"]")
        XCTAssertEqual(try JSONDecoder().decode([PageDate].self, from: data), [date])
    }
}
