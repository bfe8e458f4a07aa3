import XCTest
@testable import ThreadExtraction

final class ExactCountTests: XCTestCase {
    func testPlainAndGroupedCounts() {
        XCTAssertEqual(ExactCount.count(in: "201 comments"), 201)
        XCTAssertEqual(ExactCount.count(in: "1,234 comments"), 1234)
        XCTAssertEqual(ExactCount.count(in: "115\u{A0}comments"), 115)
        XCTAssertEqual(ExactCount.count(in: "show all 201."), 201)
    }

    func testRoundedCountsAreNotCounts() {
        XCTAssertNil(ExactCount.count(in: "2.8k comments"))
        XCTAssertNil(ExactCount.count(in: "25,4 mil comentarios"))
        XCTAssertNil(ExactCount.count(in: "3K"))
    }
}
