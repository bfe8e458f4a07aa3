import XCTest
import ThreadModel
@testable import ThreadExtraction

final class MachineDateTests: XCTestCase {
    // MARK: ISO 8601 / RFC 3339

    func testOffsetWithColonIsKept() {
        XCTAssertEqual(MachineDate.parse("2019-05-30T13:06:00+08:00")?.rfc3339, "2019-05-30T13:06:00+08:00")
    }

    func testZuluIsUTC() {
        XCTAssertEqual(MachineDate.parse("2019-05-30T13:06:00Z")?.rfc3339, "2019-05-30T13:06:00Z")
    }

    func testFractionAndOffsetWithoutColon() {
        XCTAssertEqual(MachineDate.parse("2019-05-30T13:06:00.123+0200")?.rfc3339, "2019-05-30T13:06:00.123+02:00")
    }

    func testNegativeOffset() {
        XCTAssertEqual(MachineDate.parse("2019-05-30T13:06:00-05:00")?.rfc3339, "2019-05-30T13:06:00-05:00")
    }

    func testHoursOnlyOffset() {
        XCTAssertEqual(MachineDate.parse("2019-05-30T13:06:00+02")?.rfc3339, "2019-05-30T13:06:00+02:00")
    }

    func testSpaceSeparatedWithoutOffsetIsLocal() {
        XCTAssertEqual(MachineDate.parse("2019-05-30 13:06:00")?.rfc3339, "2019-05-30T13:06:00")
    }

    func testSpaceSeparatedWithZulu() {
        XCTAssertEqual(MachineDate.parse("2014-08-17 21:17:22Z")?.rfc3339, "2014-08-17T21:17:22Z")
    }

    func testSpaceBeforeOffset() {
        XCTAssertEqual(MachineDate.parse("2014-08-17 21:17:22 +0000")?.rfc3339, "2014-08-17T21:17:22Z")
    }

    func testMinutesWithoutSeconds() {
        XCTAssertEqual(MachineDate.parse("2019-05-30T13:06")?.rfc3339, "2019-05-30T13:06:00")
    }

    func testHackerNewsUTCThenEpoch() {
        XCTAssertEqual(MachineDate.parse("2025-01-01T01:02:03 1735693323")?.rfc3339, "2025-01-01T01:02:03Z")
    }

    func testHackerNewsEpochDisagreeingWithTextIsRejected() {
        XCTAssertNil(MachineDate.parse("2025-01-01T01:02:03 1735700000"))
    }

    func testDateOnly() {
        XCTAssertEqual(MachineDate.parse("2020-12-24")?.rfc3339, "2020-12-24")
    }

    func testSingleDigitDay() {
        XCTAssertEqual(MachineDate.parse("2019-11-5")?.rfc3339, "2019-11-05")
    }

    func testSurroundingWhitespace() {
        XCTAssertEqual(MachineDate.parse("  2020-12-24\n")?.rfc3339, "2020-12-24")
    }

    // MARK: Epoch

    func testEpochSeconds() {
        XCTAssertEqual(MachineDate.parse("1425392400")?.rfc3339, "2015-03-03T14:20:00Z")
    }

    func testEpochMilliseconds() {
        XCTAssertEqual(MachineDate.parse("1425392400123")?.rfc3339, "2015-03-03T14:20:00.123Z")
    }

    func testFromEpochSeconds() {
        XCTAssertEqual(MachineDate.fromEpoch(1_735_693_323)?.rfc3339, "2025-01-01T01:02:03Z")
    }

    func testFromEpochWholeMilliseconds() {
        XCTAssertEqual(MachineDate.fromEpoch(1_735_693_323_000)?.rfc3339, "2025-01-01T01:02:03Z")
    }

    func testFromEpochLeapDay() {
        XCTAssertEqual(MachineDate.fromEpoch(951_782_400)?.rfc3339, "2000-02-29T00:00:00Z")
    }

    func testFromEpochZero() {
        XCTAssertEqual(MachineDate.fromEpoch(0)?.rfc3339, "1970-01-01T00:00:00Z")
    }

    func testFromEpochOutOfRange() {
        XCTAssertNil(MachineDate.fromEpoch(Int64.max))
    }

    // MARK: RFC 2822

    func testRFC2822WithOffset() {
        XCTAssertEqual(MachineDate.parse("Tue, 10 Mar 2015 14:20:00 +0100")?.rfc3339, "2015-03-10T14:20:00+01:00")
    }

    func testRFC2822WithoutWeekdayAndGMT() {
        XCTAssertEqual(MachineDate.parse("10 Mar 2015 14:20:00 GMT")?.rfc3339, "2015-03-10T14:20:00Z")
    }

    func testRFC2822NamedUSZone() {
        XCTAssertEqual(MachineDate.parse("Tue, 10 Mar 2015 14:20 EST")?.rfc3339, "2015-03-10T14:20:00-05:00")
    }

    func testRFC2822UnknownLocalOffset() {
        XCTAssertEqual(MachineDate.parse("Tue, 10 Mar 2015 14:20:00 -0000")?.rfc3339, "2015-03-10T14:20:00")
    }

    func testRFC2822TwoDigitYearAndComment() {
        XCTAssertEqual(MachineDate.parse("Tue, 10 Mar 15 14:20:00 +0100 (CET)")?.rfc3339, "2015-03-10T14:20:00+01:00")
    }

    // MARK: Rejections

    func testEmptyIsNil() {
        XCTAssertNil(MachineDate.parse(""))
    }

    func testWordsAreNil() {
        XCTAssertNil(MachineDate.parse("yesterday"))
    }

    func testShortDigitsAreNotEpoch() {
        XCTAssertNil(MachineDate.parse("2015"))
    }

    func testElevenDigitsAreNotEpoch() {
        XCTAssertNil(MachineDate.parse("14253924001"))
    }

    func testInvalidMonth() {
        XCTAssertNil(MachineDate.parse("2019-13-01"))
    }

    func testInvalidDayOfMonth() {
        XCTAssertNil(MachineDate.parse("2019-02-29"))
    }

    func testInvalidHour() {
        XCTAssertNil(MachineDate.parse("2019-05-30T25:00:00Z"))
    }

    func testTrailingText() {
        XCTAssertNil(MachineDate.parse("2019-05-30T13:06:00Z please"))
    }

    func testDisplayedDateIsNotMachineDate() {
        XCTAssertNil(MachineDate.parse("May 30, 2019 at 1:06 PM"))
    }

    func testRFC2822WithoutZoneIsNil() {
        XCTAssertNil(MachineDate.parse("Tue, 10 Mar 2015 14:20:00"))
    }
}
