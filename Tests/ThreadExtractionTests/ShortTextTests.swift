import HTMLDOM
import XCTest

@testable import ThreadExtraction

final class ShortTextTests: XCTestCase {
    /// Each element's short text, joined from its children's, reads as its own visible text:
    /// spaces between and around children, white space only, texts around the limit, text the
    /// survey does not enter (a menu) and text nobody sees (a script).
    func testEveryElementsShortTextIsItsVisibleText() throws {
        let sixty = String(repeating: "é", count: 60)
        let html = """
            <html><body><div id=a> 12 <b>May</b>\u{A0} 2020 </div>
            <div><span>a</span><span>b</span> <span> c</span><i></i><span>d </span>e<!-- note -->f</div>
            <div><p>\(sixty)</p></div><div><p>\(sixty)x</p><p></p></div><div><p>\(sixty)</p>xy</div>
            <div><span>\(String(repeating: " ", count: 5000))</span><span>x</span>\(String(repeating: "\u{A0}", count: 3000))y</div>
            <div><nav>Home <b>About</b></nav> and <script>var x = 1</script><style>p {}</style>more</div>
            <div>\u{200B}<em>left</em>\u{3000}<em>right</em>\u{FEFF}</div>
            <div><span>👩</span><span>\u{200D}💻 works</span></div>
            <section>\(String(repeating: "<div>", count: 300))7 June 2021\(String(repeating: "</div>", count: 300))</section>
            </body></html>
            """
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let body = try XCTUnwrap(document.root?.first { $0.is("body") })
        let survey = StructureSurvey(body: body, language: "en")
        XCTAssertGreaterThan(survey.order.count, 300)
        for node in survey.order {
            let shortText = try XCTUnwrap(survey.shortText(node))
            for limit in [0, 30, 60, 61] {
                XCTAssertEqual(shortText.text(atMost: limit), node.visibleText(atMost: limit), "\(node.name) \(limit)")
            }
        }
        XCTAssertEqual(survey.shortText(try XCTUnwrap(body.first { $0.id == "a" }))?.text(atMost: 60), "12 May 2020")
        // Every wrapper of the deep chain shows the date, and each is counted as one.
        let section = try XCTUnwrap(body.first { $0.is("section") })
        XCTAssertEqual(survey.total(section).times, 301)
    }

    /// The name test reads the same short text: each wrapper named for a person around one name
    /// is a person, and one around no text is none.
    func testWrappersNamedForAPersonReadTheirShortText() throws {
        let html = """
            <html><body><section>\(String(repeating: "<div class=user>", count: 40))<span> Ann </span>\(String(repeating: "</div>", count: 40))</section>
            <aside class=box><div class=user><img src=a.png></div></aside></body></html>
            """
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let body = try XCTUnwrap(document.root?.first { $0.is("body") })
        let survey = StructureSurvey(body: body, language: "en")
        XCTAssertEqual(survey.total(try XCTUnwrap(body.first { $0.is("section") })).persons, 40)
        XCTAssertEqual(survey.total(try XCTUnwrap(body.first { $0.is("aside") })).persons, 0)
    }
}
