import XCTest

import ThreadModel

final class URLSafetyTests: XCTestCase {
    func testScriptSchemesAreUnsafeHoweverWritten() {
        for address in ["javascript:x", "JAVASCRIPT:x", " javascript:x", "java\tscript:x", "\u{01}vbscript:x", "data:text/html,x"] {
            XCTAssertFalse(URLSafety.isSafeLink(address), address.debugDescription)
        }
    }

    func testOrdinaryAndRelativeAddressesAreSafe() {
        for address in ["https://e.com", "mailto:a@b", "/path:with:colons", "page.html", "#frag", "?q=javascript:x", ""] {
            XCTAssertTrue(URLSafety.isSafeLink(address), address.debugDescription)
        }
    }

    func testDataImagesAreSafeOnlyAsImages() {
        XCTAssertTrue(URLSafety.isSafeImage("data:image/png;base64,AA"))
        XCTAssertFalse(URLSafety.isSafeLink("data:image/png;base64,AA"))
        XCTAssertFalse(URLSafety.isSafeImage("data:text/html,x"))
        XCTAssertFalse(URLSafety.isSafeImage("javascript:x"))
        XCTAssertTrue(URLSafety.isSafeImage(" DaTa:Im\tAGE/gif,AA"))
        XCTAssertFalse(URLSafety.isSafeImage("data:imag"))
        XCTAssertFalse(URLSafety.isSafeImage("data:text/html," + String(repeating: "A", count: 1 << 20)))
    }

    func testOnlyAWholeSchemeBeforeTheColonCounts() {
        XCTAssertFalse(URLSafety.isSafeLink("Java\r\nScript:x"))
        for address in [":javascript:x", "1javascript:x", "jav ascript:x", "java\u{01}script:x", "javascript"] {
            XCTAssertTrue(URLSafety.isSafeLink(address), address.debugDescription)
        }
    }
}
