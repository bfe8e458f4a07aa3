import BlogThread
import Foundation
import TestSupport
import XCTest

/// Pages as strangers and broken tools hand them over, generated here (the large ones are never
/// committed): each is read without a crash or a hang, and wherever a limit cut content the
/// thread says so. Fuzzing findings (`Fuzz/run`) are kept here once fixed.
final class HostileInputTests: XCTestCase {
    private static let entries = (1...12).map { WordPressPages.Entry("\($0)", author: "Author \($0)", text: "Comment number \($0), café ✓") }
    private static let page = WordPressPages.page(post: "https://blog.example.com/a/", entries: entries, declared: 12)
    private static let reader = ThreadReader()

    private func read(_ bytes: [UInt8]) throws -> ExtractedThread {
        try Self.reader.read(bytes: bytes, file: "hostile.html")
    }

    private func texts(_ thread: ExtractedThread) -> [String] {
        thread.comments.map { PlainTextRenderer.render($0.body) }
    }

    private func codes(_ thread: ExtractedThread) -> [String] {
        thread.diagnostics.map(\.code.rawValue)
    }

    func testTheWholePageReadsEveryComment() throws {
        XCTAssertEqual(texts(try read(Array(Self.page.utf8))), Self.entries.map(\.text))
    }

    func testEmptyAndBinaryInputsAreFailuresThatSaySo() {
        XCTAssertThrowsError(try read([])) { XCTAssertTrue("\($0)".contains("empty"), "\($0)") }
        var generator = SeededRandom(seed: 7)
        let binary = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        XCTAssertThrowsError(try read(binary)) { XCTAssertTrue("\($0)".contains("binary data"), "\($0)") }
    }

    /// Cut anywhere (inside a tag, an attribute, a character), a page gives the comments before
    /// the cut and never one it does not hold.
    func testAPageTruncatedAtTwentyPointsGivesTheCommentsBeforeTheCut() throws {
        let bytes = Array(Self.page.utf8)
        var previous = 0
        for point in 1...20 {
            let cut = bytes.count * point / 21
            let thread = try read(Array(bytes[..<cut]))
            let found = texts(thread)
            XCTAssertTrue(found.allSatisfy { text in Self.entries.contains { $0.text.hasPrefix(text) } || text.isEmpty }, "\(cut): \(found)")
            XCTAssertGreaterThanOrEqual(found.count, previous, "cut at \(cut)")
            previous = found.count
        }
        XCTAssertGreaterThanOrEqual(previous, Self.entries.count - 1)
    }

    func testInvalidUTF8BytesReadAsReplacementCharactersAndNothingElseIsLost() throws {
        let broken = Self.page.replacingOccurrences(of: "Comment number 5,", with: "Comment number 5,\u{1}")
        var bytes = Array(broken.utf8)
        let marker = bytes.firstIndex(of: 1)!
        bytes.replaceSubrange(marker...marker, with: [0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0xF4, 0x90])
        let found = texts(try read(bytes))
        XCTAssertEqual(found.count, Self.entries.count)
        XCTAssertTrue(found[4].hasPrefix("Comment number 5,\u{FFFD}"), found[4])
        XCTAssertEqual(found[5], Self.entries[5].text)
    }

    /// UTF-16 and UTF-32 in both byte orders, with a byte order mark and without one (told by
    /// where the zero bytes of ASCII fall), read as the UTF-8 page does.
    func testUTF16AndUTF32PagesReadAsTheUTF8PageDoes() throws {
        let expected = texts(try read(Array(Self.page.utf8)))
        let encodings: [(String, String.Encoding, [UInt8])] = [
            ("UTF-16LE", .utf16LittleEndian, [0xFF, 0xFE]), ("UTF-16BE", .utf16BigEndian, [0xFE, 0xFF]),
            ("UTF-32LE", .utf32LittleEndian, [0xFF, 0xFE, 0, 0]), ("UTF-32BE", .utf32BigEndian, [0, 0, 0xFE, 0xFF]),
        ]
        for (name, encoding, mark) in encodings {
            let body = try XCTUnwrap(Self.page.data(using: encoding))
            for bytes in [mark + body, [UInt8](body)] {
                let thread = try read(bytes)
                XCTAssertEqual(texts(thread), expected, "\(name), \(bytes.count - body.count)-byte mark")
                XCTAssertEqual(thread.source.encoding, name)
            }
        }
    }

    func testTenThousandAttributesOnOneElement() throws {
        let attributes = (0..<10_000).map { " data-a\($0)=\"\($0)\"" }.joined()
        let page = Self.page.replacingOccurrences(of: "<p>Comment number 3,", with: "<p\(attributes)>Comment number 3,")
        XCTAssertEqual(texts(try read(Array(page.utf8))), Self.entries.map(\.text))
    }

    func testATenMegabyteAttributeIsKept() throws {
        let value = String(repeating: "abcdefghij", count: 1 << 20)
        let page = Self.page.replacingOccurrences(of: "<p>Comment number 3,", with: "<p data-payload=\"\(value)\">Comment number 3,")
        let thread = try read(Array(page.utf8))
        XCTAssertEqual(texts(thread), Self.entries.map(\.text))
        XCTAssertFalse(codes(thread).contains("limit-reached"), "\(thread.diagnostics)")
    }

    /// Whether the inputs of full size run: a 5 MB comment and 100,000 comments take seconds in a
    /// release build but minutes in a debug one, so a debug run takes 1 MB and 1,000 comments,
    /// unless `BLOGTHREAD_LARGE_INPUTS=1` is set (`swift test -c release` takes the full sizes).
    private static var largeInputs: Bool {
        #if DEBUG
        ProcessInfo.processInfo.environment["BLOGTHREAD_LARGE_INPUTS"] != nil
        #else
        true
        #endif
    }

    func testAFiveMegabyteCommentIsKeptWhole() throws {
        let text = String(repeating: "word ", count: Self.largeInputs ? 1 << 20 : 200_000)
        let page = Self.page.replacingOccurrences(of: "Comment number 3,", with: text + "Comment number 3,")
        let thread = try read(Array(page.utf8))
        XCTAssertEqual(thread.comments.count, Self.entries.count)
        XCTAssertEqual(PlainTextRenderer.render(thread.comments[2].body).count, text.count - 1 + Self.entries[2].text.count + 1)
        XCTAssertFalse(codes(thread).contains("limit-reached"))
    }

    func testAHundredThousandComments() throws {
        let count = Self.largeInputs ? 100_000 : 1_000
        // The core walker's markup, flat: the shared page builder nests by searching every entry.
        var page = Self.page.components(separatedBy: "<ol class=\"comment-list\">")[0] + "<ol class=\"comment-list\">"
        for number in 1...count {
            page += #"<li id="comment-\#(number)" class="comment depth-1"><article id="div-comment-\#(number)" class="comment-body">"#
                + #"<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">A\#(number % 97)</b></div></footer>"#
                + #"<div class="comment-content"><p>Comment \#(number)</p></div></article></li>"#
        }
        page += "</ol></div></body></html>"
        let thread = try read(Array(page.utf8))
        XCTAssertEqual(thread.comments.count, count)
        XCTAssertEqual(thread.comments.last.map { PlainTextRenderer.render($0.body) }, "Comment \(count)")
    }
}
