import Foundation
import ThreadModel
import XCTest

final class OpenNameTests: XCTestCase {
    func testPlatformsAndCodesAreCodedAsPlainStrings() throws {
        let data = try JSONEncoder().encode([Platform.wordpress, Platform("typepad")])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["wordpress","typepad"]"#)
        XCTAssertEqual(try JSONDecoder().decode([Platform].self, from: data), [.wordpress, Platform("typepad")])
        let code = try JSONEncoder().encode(Diagnostic.Code.countMismatch)
        XCTAssertEqual(String(decoding: code, as: UTF8.self), #""count-mismatch""#)
    }

    func testAThreadRoundTripsThroughItsOwnCoding() throws {
        let thread = ExtractedThread(
            source: Source(file: "a.html", platform: .wordpress),
            post: Post(title: "T", body: RichText([.paragraph([.text("x"), .lineBreak, .emphasis([.text("y")])])])),
            declaredCommentCount: 1,
            comments: [Comment(id: "1", kind: .pingback, published: PageDate(rfc3339: "2020-01-01"))],
            diagnostics: [Diagnostic(.heuristic, "m")])
        let data = try JSONEncoder().encode(thread)
        XCTAssertEqual(try JSONDecoder().decode(ExtractedThread.self, from: data), thread)
    }
}
