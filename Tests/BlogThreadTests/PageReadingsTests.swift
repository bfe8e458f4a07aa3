import BlogThread
import Foundation
import XCTest

/// The asynchronous batch: every page delivered once, in the order given, failures included.
final class PageReadingsTests: XCTestCase {
    func testPagesArriveInOrderWithTheirThreadsOrErrors() async throws {
        let pages = Array(Fixtures.pages().filter { $0.pathExtension == "html" }.prefix(7))
        let missing = Fixtures.root.appendingPathComponent("no-such-page.html")
        let files = Array(pages[..<3]) + [missing] + Array(pages[3...])
        var seen: [URL] = []
        for await reading in ThreadReader().threads(contentsOf: files, maxConcurrentPages: 2) {
            seen.append(reading.file)
            switch reading.result {
            case .success(let thread):
                XCTAssertEqual(thread, try ThreadReader().read(contentsOf: reading.file), reading.file.lastPathComponent)
            case .failure(let error):
                XCTAssertEqual(reading.file, missing)
                XCTAssertEqual(error.reason, "no such file")
            }
        }
        XCTAssertEqual(seen, files)
    }

    func testAFileURLReadsLikeItsPathAndAWebAddressIsRefused() throws {
        let page = Fixtures.pages()[0]
        XCTAssertEqual(try ThreadReader().read(contentsOf: page), try ThreadReader().read(contentsOf: page.path))
        XCTAssertThrowsError(try ThreadReader().read(contentsOf: URL(string: "https://example.com/post")!)) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "not a file URL; fetch the page and read its bytes")
        }
    }
}
