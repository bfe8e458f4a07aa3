import XCTest

@testable import ThreadExtraction

final class DateTokensTests: XCTestCase {
    /// Texts of any script are read by bytes or by scalars where that is sure to give the tokens
    /// that reading by Characters gives: every scalar of the scripts read by scalars is tried,
    /// between digits, spaces, apostrophes, letters and symbols, upper case included.
    func testEveryWayOfReadingGivesTheTokensOfCharacters() {
        let ranges: [ClosedRange<UInt32>] = [
            0...0x2FF, 0x370...0x52F, 0x1E00...0x1EFF, 0x2000...0x206F, 0x3000...0x30FF, 0x4E00...0x4FFF,
            0x9F00...0x9FFF, 0xAC00...0xAD00, 0xD700...0xD7A3, 0xFF00...0xFFEF,
        ]
        var checked = 0
        for scalar in ranges.joined().compactMap(Unicode.Scalar.init) {
            let text = "3\(scalar)x \(scalar)'a\(scalar)2015\(scalar),ж\(scalar)\(scalar)"
            XCTAssertEqual(DateTokens.tokenize(text), DateTokens.tokenizeByCharacters(text), "U+\(String(scalar.value, radix: 16))")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 3_000)
        // Dates as pages write them, and texts the scalar reading must leave to Characters.
        for text in ["3 марта 2015 г. в 10:12", "2015年3月3日 午後10:12", "2015년 3월 3일", "ΣΑΒΒΑΤΟ 3 ΜΑΡΤΊΟΥ",
            "3 de março às 14h05", "İstanbul, 3 Mart 2015", "3 e\u{301}te\u{301} 2015", "3. 👍🏽 2015", "3\r\n4 2015"]
        {
            XCTAssertEqual(DateTokens.tokenize(text), DateTokens.tokenizeByCharacters(text), text)
        }
    }
}
