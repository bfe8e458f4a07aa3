import HTMLDOM
import TestSupport
import XCTest

@testable import ThreadExtraction

final class TextNormalizationTests: XCTestCase {
    /// An ASCII digit is what `isASCII && isNumber` says it is, for every ASCII character and
    /// for digits and digit-like characters beyond.
    func testCharacterCountIsTheStandardLibrarysCount() {
        let texts = ["", "a", "plain text, 42", "a\r\nb", "\r\n\r\n", "\r\r\n\n", "\n\r", "é", "e\u{301}", "🇸🇪 flag", "👍🏽", "日本語", "a\r"]
        for text in texts {
            XCTAssertEqual(text.characterCount, text.count, text.debugDescription)
            XCTAssertEqual(text.dropFirst().characterCount, text.dropFirst().count, text.debugDescription)
        }
    }

    func testASCIIDigitsAreTheCharactersZeroToNine() {
        let characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
            + ["\r\n", "٣", "１", "²", "½", "Ⅻ", "7\u{301}", "0\u{FE0F}\u{20E3}"]
        for character in characters {
            XCTAssertEqual(character.isASCIIDigit, character.isASCII && character.isNumber, "\(character.unicodeScalars.map(\.value))")
        }
    }

    func testEveryFoldableSpaceFoldsToOneSpaceAndEndsAreTrimmed() {
        let spaces = ["\t", "\n", "\u{0B}", "\u{0C}", "\r", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200B}", "\u{2028}",
                      "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}"]
        for space in spaces {
            XCTAssertEqual("\(space)a\(space)\(space)b\(space)".collapsingWhitespace, "a b", "U+\(String(space.unicodeScalars.first!.value, radix: 16))")
        }
        // Neighbours of the spaces in UTF-8 stay: U+00A1, U+1681, U+200C, U+2030, U+3001, U+FEFE.
        XCTAssertEqual("a\u{A1}\u{1681}\u{200C}\u{2030}\u{3001}\u{FEFE}b".collapsingWhitespace, "a\u{A1}\u{1681}\u{200C}\u{2030}\u{3001}\u{FEFE}b")
        XCTAssertEqual(Substring("  x  y ").collapsingWhitespace, "x y")
        XCTAssertEqual("   ".nonEmptyCollapsed, nil)
    }

    /// The ends' spaces are told from the bytes as folding a lone scalar tells them: every scalar
    /// of the first planes is tried at either end of a text.
    func testSpacesAtTheEndsAreThoseFoldingTakesOut() {
        for scalar in (0...0xFFFF).compactMap(Unicode.Scalar.init) {
            let folds = String(scalar).collapsingWhitespace.isEmpty
            let text = "\(scalar)é\(scalar)"
            XCTAssertTrue(text.foldableSpaceAtEnds == (folds, folds), "U+\(String(scalar.value, radix: 16))")
            XCTAssertTrue(String(scalar).foldableSpaceAtEnds == (folds, folds), "U+\(String(scalar.value, radix: 16)) alone")
        }
        XCTAssertTrue("".foldableSpaceAtEnds == (false, false))
        XCTAssertTrue(" a".foldableSpaceAtEnds == (true, false))
    }

    /// Lower-casing scalar by scalar gives `lowercased()`'s text, for every scalar of the first
    /// plane beside scalars it lower-cases alone and beside ones it leaves to the case tables.
    func testQuickLowerCaseIsLowerCase() {
        for scalar in (0...0xFFFF).compactMap(Unicode.Scalar.init) {
            for text in ["Ä\(scalar)ж", "\(scalar)Σ", "\(scalar)"] {
                XCTAssertEqual(text.quicklyLowercased, text.lowercased(), "U+\(String(scalar.value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    func testShortVisibleTextIsReadWhereItIsShortOnly() throws {
        let document = try HTMLDocument(bytes: Array("<html><body><p id=a> 12 <b>May</b>\u{A0} 2020 </p><p id=b>\(String(repeating: "é", count: 61))</p><p id=c>\(String(repeating: " ", count: 5000))x</p><p id=d>\(String(repeating: "-", count: 300))5</p></body></html>".utf8))
        let body = try XCTUnwrap(document.root)
        let element = { (id: String) in try XCTUnwrap(body.first { $0.id == id }) }
        XCTAssertEqual(try element("a").visibleText(atMost: 60), "12 May 2020")
        XCTAssertNil(try element("b").visibleText(atMost: 60))
        XCTAssertEqual(try element("b").visibleText(atMost: 61), String(repeating: "é", count: 61))
        // Past the prefix read first, the text is white space: the whole text is read.
        XCTAssertEqual(try element("c").visibleText(atMost: 60), "x")
        // Bounded in bytes: "é" is two.
        XCTAssertEqual(try element("a").visibleText(underBytes: 12), "12 May 2020")
        XCTAssertNil(try element("a").visibleText(underBytes: 11))
        XCTAssertNil(try element("b").visibleText(underBytes: 122))
        XCTAssertEqual(try element("b").visibleText(underBytes: 123), String(repeating: "é", count: 61))
        XCTAssertEqual(try element("c").visibleText(underBytes: 2), "x")
        XCTAssertNil(try element("c").visibleText(underBytes: 1))
        // Trimmed first: a long run of separators before a short text leaves the text.
        XCTAssertNil(try element("d").visibleText(underBytes: 10))
        XCTAssertEqual(try element("d").visibleText(underBytes: 10) { String($0.drop { $0 == "-" }) }, "5")
        XCTAssertEqual(try element("a").visibleText(underBytes: 9) { String($0.dropFirst(3)) }, "May 2020")
    }

    /// Whether an element shows text is read from its texts' bytes; it must answer as the folded
    /// text does, for every element of pages mixed from spaces, text, scripts and comments.
    func testVisibilityFromTheBytesAnswersAsTheFoldedText() throws {
        let pieces = [" ", "\u{A0}", "&nbsp;", "\u{200B}", "\u{3000}", "\n", "x", "\u{2030}", "é", "<b>", "</b>", "<span>", "</span>",
                      "<script>y</script>", "<style>p{}</style>", "<template>t</template>", "<!-- z -->", "<br>"]
        var random = SeededRandom(seed: 7)
        for _ in 0..<300 {
            let body = (0..<Int.random(in: 1...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let document = try HTMLDocument(bytes: Array("<html><body><div>\(body)</div></body></html>".utf8))
            for element in try XCTUnwrap(document.root).descendants {
                XCTAssertEqual(element.hasVisibleText, !element.visibleText.isEmpty, "\(element.name) in \(body)")
            }
        }
    }

    /// The byte answers for ASCII stop at the first other byte: a prefix that joins the next
    /// character (U+0600 before a digit), a combining mark, and digits of other scripts.
    func testNumbersAndLettersAreFoundAsCharactersFindThem() {
        let pieces = ["1", "a", "Z", " ", "-", "\u{0600}", "é", "e\u{301}", "\u{0663}", "\u{FF11}", "\r\n", ".", "\u{4E00}", "@", "["]
        var random = SeededRandom(seed: 11)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            XCTAssertEqual(text.containsNumber, text.contains(where: \.isNumber), text.debugDescription)
            XCTAssertEqual(text.containsLetter, text.contains(where: \.isLetter), text.debugDescription)
        }
    }

    /// Texts of scalars that each stand alone are read by scalars: every scalar of the ranges
    /// answered without a property lookup, and of others that stand alone, is tried alone, beside
    /// letters and after a prefix that joins it.
    func testEveryScalarReadsAsANumberAsItsCharacterDoes() {
        let ranges: [ClosedRange<UInt32>] = [
            0...0x2FF, 0x370...0x52F, 0x1E00...0x1EFF, 0x2000...0x206F, 0x3000...0x30FF, 0x4E00...0x9FFF,
            0xAC00...0xD7A3, 0xFF00...0xFFEF,
        ]
        var checked = 0
        for scalar in ranges.joined().compactMap(Unicode.Scalar.init) {
            for text in ["é\(scalar)", "ж\(scalar)x", "\u{0600}\(scalar)", "\(scalar)\u{301}"] {
                XCTAssertEqual(text.containsNumber, text.contains(where: \.isNumber), "U+\(String(scalar.value, radix: 16)) in \(text.debugDescription)")
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 30_000)
    }
}
