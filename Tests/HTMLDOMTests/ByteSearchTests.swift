import XCTest
@testable import HTMLDOM

final class ByteSearchTests: XCTestCase {
    func testByteSearchesFindWhatAStringSearchFinds() {
        XCTAssertTrue("Anna — 17.07, 2011".containsBytes("—"))
        XCTAssertFalse("Anna".containsBytes("Anna Berg"))
        XCTAssertTrue("x".containsBytes(""))
        XCTAssertEqual("Zoë Berg — 17.07, 2011 @ 13:04".prefix(before: " — "), "Zoë Berg")
        XCTAssertEqual("Zoë Berg @ 13:04 @ x".prefix(before: " @ "), "Zoë Berg")
        XCTAssertNil("Zoë Berg".prefix(before: " — "))
        let bytes = Array("abcabc".utf8)
        XCTAssertEqual(bytes.firstRange(of: Array("bc".utf8), from: 0), 1..<3)
        XCTAssertEqual(bytes.firstRange(of: Array("bc".utf8), from: 2), 4..<6)
        XCTAssertNil(bytes.firstRange(of: Array("bc".utf8), from: 5))
        XCTAssertNil(bytes.firstRange(of: Array("abcabcd".utf8), from: 0))
        XCTAssertNil(bytes.firstRange(of: Array("bc".utf8), from: 7))
        // A limit ends the search: an occurrence must end at it at the latest.
        XCTAssertEqual(bytes.firstOffset(of: Array("bc".utf8), from: 2, limit: 6), 4)
        XCTAssertNil(bytes.firstOffset(of: Array("bc".utf8), from: 2, limit: 5))
        XCTAssertEqual(bytes.firstOffset(of: Array("c".utf8), from: 0, limit: 100), 2)
    }

    /// A search ignoring case finds a lower-case needle wherever a String search of the
    /// lower-cased text does, whether or not the text holds capitals.
    func testSearchIgnoringCaseAnswersAsTheLowerCasedText() {
        let texts = ["comment-author", "Comment-Author", "c-COMMENT__author-name", "xAuthoR", "autho", "", "a"]
        let needles = ["author", "comment", "a", "r", "name", "x-"]
        for text in texts {
            for needle in needles {
                let wanted = text.lowercased().contains(needle)
                XCTAssertEqual(ArraySlice(text.utf8).contains(needle, ignoringASCIICase: true), wanted, "\(text) / \(needle)")
                XCTAssertEqual(ArraySlice(text.utf8).contains(needle, ignoringASCIICase: false), text.contains(needle), "\(text) / \(needle)")
            }
        }
        // A slice's bytes are searched, not its base's.
        let base = Array("authorXYZ".utf8)
        XCTAssertFalse(base[1...].contains("author", ignoringASCIICase: true))
        XCTAssertTrue(base[1...].contains("xyz", ignoringASCIICase: true))
    }

    /// A token is found as splitting the value at HTML's white space finds it: whole, never as
    /// part of a longer token.
    func testTokensAreWholeTokensOfTheValue() {
        let values = ["comment", "comment even", "x-comment comment-body\tcomment", "comments", "a\ncomment\u{0C}", "", "  ", "comment-"]
        let tokens: [StaticString] = ["comment", "comment-body", "even", "a", "x"]
        for value in values {
            let split = value.split(whereSeparator: { " \t\n\r\u{0C}".contains($0) }).map(String.init)
            for token in tokens {
                let found = Array(value.utf8).withUnsafeBytes { holdsToken(token.rawBytes, in: $0) }
                XCTAssertEqual(found, split.contains(token.description), "\(value) / \(token)")
            }
        }
        XCTAssertFalse(Array("a".utf8).withUnsafeBytes { holdsToken(("" as StaticString).rawBytes, in: $0) })
    }

    func testASCIIIsEveryByteBelow128() {
        XCTAssertTrue("".utf8.isAllASCII)
        XCTAssertTrue("comment-17\r\n".utf8.isAllASCII)
        XCTAssertFalse("Zoë".utf8.isAllASCII)
        XCTAssertEqual(asciiLowercased(UInt8(ascii: "Q")), UInt8(ascii: "q"))
        XCTAssertEqual(asciiLowercased(UInt8(ascii: "[")), UInt8(ascii: "["))
        XCTAssertEqual(asciiLowercased(0xC3), 0xC3)
    }

    /// A byte search of a string finds what the standard library's search of its Characters
    /// finds, and its range reads back as the needle, in strings and in slices of them.
    func testStringByteSearchFindsWhatACharacterSearchFinds() {
        let texts = ["Zoë Berg — 17.07", "item?id=123&p=2", "naïve café", "日本語のテキスト", "", "aaab"]
        let needles = ["—", "id=", "café", "テキ", "ab", "x", "Berg — 1", "ë"]
        for text in texts {
            for needle in needles {
                XCTAssertEqual(text.containsBytes(needle), text.contains(needle), "\(text) / \(needle)")
                if let range = text.byteRange(of: needle) {
                    XCTAssertEqual(String(text[range]), needle)
                    XCTAssertEqual(range.lowerBound, text.firstRange(of: needle)?.lowerBound)
                }
            }
        }
        let slice = "wordpress WordPress"[...].dropFirst(3)
        XCTAssertEqual(slice.byteRange(of: "wordpress", ignoringASCIICase: true).map { String(slice[$0]) }, "WordPress")
        XCTAssertNil(slice.byteRange(of: "wordpress"))
        XCTAssertTrue("Powered by WORDPRESS 6.4".containsBytes("wordpress", ignoringASCIICase: true))
    }
}
