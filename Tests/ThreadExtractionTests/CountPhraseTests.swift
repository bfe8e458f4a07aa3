import XCTest
@testable import ThreadExtraction

final class CountPhraseTests: XCTestCase {
    func testPlainAndGroupedCounts() {
        XCTAssertEqual(CountPhrase.count(in: "201 comments"), 201)
        XCTAssertEqual(CountPhrase.count(in: "1,234 comments"), 1234)
        XCTAssertEqual(CountPhrase.count(in: "115\u{A0}comments"), 115)
        XCTAssertEqual(CountPhrase.count(in: "show all 201."), 201)
    }

    func testRoundedCountsAreNotCounts() {
        XCTAssertNil(CountPhrase.count(in: "2.8k comments"))
        XCTAssertNil(CountPhrase.count(in: "25,4 mil comentarios"))
        XCTAssertNil(CountPhrase.count(in: "3K"))
    }
}

final class CountPhraseLanguageTests: XCTestCase {
    func testCountsInAnyLanguage() {
        XCTAssertEqual(CountPhrase.count(in: "3 svar till “In recruitment”"), 3)
        XCTAssertEqual(CountPhrase.count(in: "24 Kommentare"), 24)
        XCTAssertEqual(CountPhrase.count(in: "Kommentare ( 56 )"), 56)
        XCTAssertEqual(CountPhrase.count(in: "комментарий 41"), 41)
        XCTAssertEqual(CountPhrase.count(in: "留言列表 (42)"), 42)
    }

    func testSpelledOutOne() {
        XCTAssertEqual(CountPhrase.count(in: "One thought on “Post”"), 1)
        XCTAssertEqual(CountPhrase.count(in: "Ein Kommentar zu „Post“"), 1)
        XCTAssertEqual(CountPhrase.count(in: "Satu Tanggapan"), 1)
        XCTAssertEqual(CountPhrase.count(in: "Une réponse à « Post »"), 1)
    }

    func testNumbersInTheQuotedTitleAreNotTheCount() {
        XCTAssertEqual(CountPhrase.count(in: "One thought on “FIFA 21 Game Settings”"), 1)
        XCTAssertEqual(CountPhrase.count(in: "Ein Kommentar zu „Ein Start ins Jahr 2016“"), 1)
        XCTAssertEqual(CountPhrase.count(in: "12 réponses à « Les 3 mousquetaires »"), 12)
        XCTAssertEqual(CountPhrase.count(in: "Ein Gedanke zu „RES158 Sternfusion"), 1)
    }

    func testPhrasesWithoutACount() {
        XCTAssertNil(CountPhrase.count(in: "Leave a Reply"))
        XCTAssertNil(CountPhrase.count(in: "Comentarios en el post"))
    }
}
