import XCTest

@testable import ThreadExtraction

final class ThemeLabelsTests: XCTestCase {
    func testWordsEveryAuthorLineRepeatsAreTheThemesLabel() {
        let labels = ThemeLabels(lines: ["Rédigé par : Bernard", "Rédigé par : Sophie Marchal", "Rédigé par : Hélène"])
        XCTAssertEqual(labels.leading, ["Rédigé", "par", ":"])
        XCTAssertEqual(labels.stripping("Rédigé par : Sophie Marchal"), "Sophie Marchal")
        // A name shown as a link carries no label and is left as it is.
        XCTAssertEqual(labels.stripping("Bernard"), "Bernard")
    }

    func testTrailingWordsAreALabelToo() {
        let labels = ThemeLabels(lines: ["Anna sagt", "Bernd Müller sagt", "Carla sagt"])
        XCTAssertEqual(labels.trailing, ["sagt"])
        XCTAssertEqual(labels.stripping("Bernd Müller sagt"), "Bernd Müller")
    }

    func testABusyCommentersNameIsNoLabel() {
        let labels = ThemeLabels(lines: Set(["Anna Berg", "Anna Berg", "Anna Berg", "Bernd", "Carla"]))
        XCTAssertEqual(labels.leading, [])
        XCTAssertEqual(labels.stripping("Anna Berg"), "Anna Berg")
    }

    func testWithTooFewLinesAShortRunEndingInAColonIsALabel() {
        let labels = ThemeLabels(lines: ["Verfasst von: Ruth Abernathy"])
        XCTAssertEqual(labels.stripping("Verfasst von: Ruth Abernathy"), "Ruth Abernathy")
    }
}
