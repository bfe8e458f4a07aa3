import XCTest
@testable import ThreadModel

final class TextFormattingTests: XCTestCase {
    func testPaddingFillsToTheWidthAndNeverCuts() {
        XCTAssertEqual(String(7).padded(to: 2), "07")
        XCTAssertEqual(String(2024).padded(to: 4), "2024")
        XCTAssertEqual(String(12345).padded(to: 4), "12345")
        XCTAssertEqual(String(5).padded(to: 3, with: " "), "  5")
        XCTAssertEqual("".padded(to: 2), "00")
    }

    func testTenthsRoundToTheNearestAndTiesToTheEvenDigit() {
        XCTAssertEqual(0.0.inTenths, "0.0")
        XCTAssertEqual(12.0.inTenths, "12.0")
        XCTAssertEqual(0.06.inTenths, "0.1")
        XCTAssertEqual(1234.56.inTenths, "1234.6")
        // 1.25 and 0.75 are exact in binary: true ties.
        XCTAssertEqual(1.25.inTenths, "1.2")
        XCTAssertEqual(0.75.inTenths, "0.8")
        XCTAssertEqual((-2.5).inTenths, "-2.5")
        XCTAssertEqual((-0.04).inTenths, "0.0")
        XCTAssertEqual(Double.infinity.inTenths, "inf")
    }

    func testPercentEncodingTouchesOnlyTheBytesAskedFor() {
        let spaces = { (byte: UInt8) in byte == 0x20 }
        XCTAssertEqual("a b".percentEncoded(where: spaces), "a%20b")
        XCTAssertEqual("ab".percentEncoded(where: spaces), "ab")
        // Every byte of a scalar beyond ASCII, upper-case hex.
        XCTAssertEqual("é".percentEncoded(where: { $0 >= 0x80 }), "%C3%A9")
        XCTAssertEqual("\u{0}\u{7F}".percentEncoded(where: { $0 < 0x20 || $0 == 0x7F }), "%00%7F")
    }
}
