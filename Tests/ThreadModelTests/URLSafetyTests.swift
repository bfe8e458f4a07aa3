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
    }
}
