import BlogThread
import Foundation
import TestSupport
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

    /// A name saved under Latin-1 (`caf\xE9.html`) is opened by its bytes, and `source.file` shows the byte.
    func testAPathThatIsNotUTF8IsReadByItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("raw-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = Fixtures.pages().first { $0.pathExtension == "html" }!
        let name = Array(folder.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".html".utf8)
        try RawNamedFile.write(Array(try Data(contentsOf: page)), to: name)
        let thread = try ThreadReader().read(contentsOf: InputPath(bytes: name))
        XCTAssertEqual(thread.source.file, folder.path + "/caf\\xE9.html")
        XCTAssertEqual(thread.comments, try ThreadReader().read(contentsOf: page).comments)
        XCTAssertThrowsError(try ThreadReader().read(contentsOf: InputPath(bytes: Array(name.dropLast(5))))) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "no such file")
        }
        XCTAssertThrowsError(try ThreadReader().read(contentsOf: InputPath(folder.path))) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "is a folder")
        }
    }

    func testAFileURLReadsLikeItsPathAndAWebAddressIsRefused() throws {
        let page = Fixtures.pages()[0]
        XCTAssertEqual(try ThreadReader().read(contentsOf: page), try ThreadReader().read(contentsOf: page.path))
        XCTAssertThrowsError(try ThreadReader().read(contentsOf: URL(string: "https://example.com/post")!)) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "not a file URL; fetch the page and read its bytes")
        }
    }
}
