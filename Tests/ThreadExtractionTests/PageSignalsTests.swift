import HTMLDOM
import XCTest

@testable import ThreadExtraction

final class PageSignalsTests: XCTestCase {
    func testOnePassGathersClassesIdsTagsAttributesScriptsAndAssets() throws {
        let html = """
            <html id="top"><head><link rel="stylesheet" href="/a.css"><script>var x = 1;</script></head>
            <body class="single  depth-1"><div id="comments" data-fullname="t1_x"><shreddit-comment></shreddit-comment></div></body></html>
            """
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let signals = PageSignals(root: try XCTUnwrap(document.root))
        XCTAssertTrue(signals.hasClass("single"))
        XCTAssertFalse(signals.hasClass("sing"))
        XCTAssertTrue(signals.hasClass(prefix: "depth-"))
        XCTAssertEqual(signals.ids, ["top", "comments"])
        XCTAssertTrue(signals.hasID(prefix: "comm"))
        XCTAssertTrue(signals.tags.contains("shreddit-comment"))
        XCTAssertTrue(signals.attributeNames.contains("data-fullname"))
        XCTAssertEqual(signals.scripts.count, 1)
        XCTAssertEqual(signals.assets.map { $0.name }, ["link"])
    }
}
