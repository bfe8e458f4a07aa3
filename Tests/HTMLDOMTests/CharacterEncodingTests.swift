import XCTest

@testable import HTMLDOM

final class CharacterEncodingTests: XCTestCase {
    private func decide(_ text: String, extra: [UInt8] = []) -> DecidedEncoding {
        CharacterEncoding.decide(for: Array(text.utf8) + extra)
    }

    func testByteOrderMarkWinsOverDeclaration() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=\"iso-8859-1\"><p>x".utf8)
        let decided = CharacterEncoding.decide(for: bytes)
        XCTAssertEqual(decided.name, "UTF-8")
        XCTAssertEqual(decided.evidence, .byteOrderMark)
    }

    func testUTF16ByteOrderMarks() {
        XCTAssertEqual(CharacterEncoding.decide(for: [0xFF, 0xFE, 0x3C, 0x00]).name, "UTF-16LE")
        XCTAssertEqual(CharacterEncoding.decide(for: [0xFE, 0xFF, 0x00, 0x3C]).name, "UTF-16BE")
        XCTAssertEqual(CharacterEncoding.decide(for: [0xFF, 0xFE, 0, 0, 0x3C, 0, 0, 0]).name, "UTF-32LE")
        XCTAssertEqual(CharacterEncoding.decide(for: [0, 0, 0xFE, 0xFF, 0, 0, 0, 0x3C]).name, "UTF-32BE")
    }

    func testUnmarkedUTF16AndUTF32AreToldByTheirZeroBytes() throws {
        let page = "<!DOCTYPE html><html><body><p>Grüße, 東京</p></body></html>"
        let encodings: [(String, String.Encoding)] = [
            ("UTF-16LE", .utf16LittleEndian), ("UTF-16BE", .utf16BigEndian),
            ("UTF-32LE", .utf32LittleEndian), ("UTF-32BE", .utf32BigEndian),
        ]
        for (name, encoding) in encodings {
            let decided = CharacterEncoding.decide(for: [UInt8](try XCTUnwrap(page.data(using: encoding))))
            XCTAssertEqual(decided.name, name)
            XCTAssertEqual(decided.evidence, .zeroBytePattern)
        }
        XCTAssertEqual(CharacterEncoding.decide(for: Array(page.utf8)).name, "UTF-8")
        // A stray NUL or two in ASCII is no pattern.
        XCTAssertEqual(CharacterEncoding.decide(for: Array("<p>a\u{0}b\u{0}c</p>".utf8)).name, "UTF-8")
    }

    func testMetaCharsetIsRead() {
        XCTAssertEqual(decide("<html><head><meta charset=windows-1251></head>", extra: [0xCF, 0xF0]).name, "windows-1251")
    }

    func testHTTPEquivIsRead() {
        let page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\"><p>"
        XCTAssertEqual(decide(page, extra: [0xF0, 0xD2]).name, "KOI8-R")
    }

    func testLatin1LabelMeansWindows1252() {
        XCTAssertEqual(decide("<meta charset='ISO-8859-1'><p>", extra: [0xFC]).name, "windows-1252")
    }

    func testDeclarationInsideCommentIsIgnored() {
        XCTAssertEqual(decide("<!-- <meta charset=koi8-r> --><meta charset=utf-8><p>é").name, "UTF-8")
    }

    func testValidUTF8OverridesALegacyDeclaration() {
        let decided = decide("<meta charset=iso-8859-1><p>Grüße")
        XCTAssertEqual(decided.name, "UTF-8")
        XCTAssertEqual(decided.evidence, .utf8OverridingDeclaration)
        XCTAssertEqual(decided.declared, "iso-8859-1")
    }

    func testUndeclaredValidUTF8() {
        XCTAssertEqual(decide("<p>Grüße").evidence, .utf8Validity)
    }

    func testUndeclaredInvalidUTF8FallsBackToWindows1252() {
        let decided = decide("<p>Gr", extra: [0xFC, 0xDF, 0x65])
        XCTAssertEqual(decided.name, "windows-1252")
        XCTAssertEqual(decided.evidence, .fallback)
    }

    func testDeclaredUTF8WithOnlyLatin1BytesIsLegacy() {
        XCTAssertEqual(decide("<meta charset=utf-8><p>Gr", extra: [0xFC, 0xDF]).name, "windows-1252")
    }

    func testMetaUTF16DeclarationMeansUTF8() {
        XCTAssertEqual(CharacterEncoding.canonicalName(forLabel: "utf-16"), "UTF-8")
    }

    func testLabelsOfEastAsianEncodings() {
        XCTAssertEqual(CharacterEncoding.canonicalName(forLabel: "x-sjis"), "Shift_JIS")
        XCTAssertEqual(CharacterEncoding.canonicalName(forLabel: "gb2312"), "GBK")
        XCTAssertEqual(CharacterEncoding.canonicalName(forLabel: "ks_c_5601-1987"), "EUC-KR")
        XCTAssertEqual(CharacterEncoding.canonicalName(forLabel: "EUC-JP"), "EUC-JP")
        XCTAssertEqual(CharacterEncoding.canonicalName(forLabel: "big5"), "Big5")
    }
}

final class TranscoderTests: XCTestCase {
    private func decode(_ bytes: [UInt8], as name: String) -> String {
        read(bytes, DecidedEncoding(name: name, evidence: .declaration, declared: name), nil)
    }

    /// The text as the parser receives it, read in pieces as small as libxml2 ever asks for,
    /// so sequences and replacements that straddle two pieces are covered.
    private func read(_ bytes: [UInt8], _ encoding: DecidedEncoding, _ utf8: UTF8Validation?) -> String {
        let feed = UTF8Feed(Transcoder.source(from: bytes, encoding: encoding, utf8: utf8))
        var output: [UInt8] = []
        var piece = [UInt8](repeating: 0, count: 5)
        while case let count = piece.withUnsafeMutableBufferPointer({ feed.read(into: $0.baseAddress!, capacity: 5) }), count > 0 {
            output += piece[..<count]
        }
        return String(decoding: output, as: UTF8.self)
    }

    func testValidUTF8IsHandedOverWholeAndNULsAndInvalidBytesAreReplacedOnTheWay() {
        let clean = Array("<p>é ✓ 😀</p>".utf8)
        let decided = CharacterEncoding.decision(for: clean, transportLabel: nil)
        XCTAssertTrue(try XCTUnwrap(decided.utf8).isCleanForParsing)
        XCTAssertEqual(read(clean, decided.encoding, decided.utf8), "<p>é ✓ 😀</p>")
        let dirty: [UInt8] = Array("<p>é ü ✓".utf8) + [0, 0xFF, 0xF0, 0x9F] + Array("😀\u{0}".utf8)
        let dirtyDecision = CharacterEncoding.decision(for: dirty, transportLabel: nil)
        XCTAssertEqual(dirtyDecision.utf8?.nulBytes, 2)
        XCTAssertEqual(read(dirty, dirtyDecision.encoding, dirtyDecision.utf8), "<p>é ü ✓\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}😀\u{FFFD}")
    }

    /// The validation reads eight ASCII bytes at a time: a NUL, a multi-byte sequence or an
    /// invalid byte at any place in or across those words counts as it does byte by byte.
    func testValidationCountsWhatAByteByByteReadingCounts() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("abcdefgh".utf8), [0], Array("é".utf8), Array("✓".utf8), Array("😀".utf8), [0xFF], [0xE2, 0x9C], Array("<p>".utf8)]
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...12, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            let validation = UTF8Validation(bytes)
            XCTAssertEqual(validation.nulBytes, bytes.filter { $0 == 0 }.count, "\(bytes)")
            let decoded = String(validating: bytes, as: UTF8.self)
            XCTAssertEqual(validation.isValid, decoded != nil, "\(bytes)")
            if let decoded {
                XCTAssertEqual(validation.multiByteSequences, decoded.unicodeScalars.filter { $0.value >= 0x80 }.count, "\(bytes)")
            }
        }
    }

    func testInvalidUTF8BytesBecomeReplacementCharacters() {
        XCTAssertEqual(decode([0x61, 0xFF, 0x62, 0xC3], as: "UTF-8"), "a\u{FFFD}b\u{FFFD}")
    }

    func testWindows1252PunctuationRange() {
        XCTAssertEqual(decode([0x93, 0x68, 0x69, 0x94, 0x80, 0x81], as: "windows-1252"), "\u{201C}hi\u{201D}\u{20AC}\u{81}")
    }

    func testWindows1251() {
        XCTAssertEqual(decode([0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2], as: "windows-1251"), "Привет")
    }

    func testKOI8R() {
        XCTAssertEqual(decode([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], as: "KOI8-R"), "Привет")
    }

    func testShiftJIS() {
        XCTAssertEqual(decode([0x93, 0xFA, 0x96, 0x7B], as: "Shift_JIS"), "日本")
    }

    func testEUCJP() {
        XCTAssertEqual(decode([0xC6, 0xFC, 0xCB, 0xDC], as: "EUC-JP"), "日本")
    }

    func testGBK() {
        XCTAssertEqual(decode([0xD6, 0xD0, 0xCE, 0xC4], as: "GBK"), "中文")
    }

    func testBig5() {
        XCTAssertEqual(decode([0xA4, 0xA4, 0xA4, 0xE5], as: "Big5"), "中文")
    }

    func testEUCKR() {
        XCTAssertEqual(decode([0xC7, 0xD1, 0xB1, 0xDB], as: "EUC-KR"), "한글")
    }

    func testISO885902() {
        XCTAssertEqual(decode([0xB1, 0xE6], as: "ISO-8859-2"), "ąć")
    }

    func testUTF16LittleEndianWithMark() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00]
        let decided = CharacterEncoding.decision(for: bytes, transportLabel: nil)
        XCTAssertEqual(read(bytes, decided.encoding, decided.utf8), "hé")
    }

    func testUndecodableLegacyBytesAreReplacedAndDecodingGoesOn() {
        XCTAssertEqual(decode([0x82, 0xA0, 0xFF, 0x41], as: "Shift_JIS"), "\u{3042}\u{FFFD}A")
    }
}
