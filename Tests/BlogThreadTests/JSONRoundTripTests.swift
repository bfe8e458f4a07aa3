import BlogThread
import Foundation
import XCTest

/// The JSON the exporter writes decodes back into the same model (`JSONDecoder` with the model's
/// own `Codable`), and encodes again to the same bytes: for every fixture, every golden file as
/// saved, and every corpus page.
final class JSONRoundTripTests: XCTestCase {
    func testFixtureThreadsRoundTrip() throws {
        let checked = try roundTrip(ExtractedPages.fixtures())
        XCTAssertGreaterThan(checked, 100)
        print("JSON round trip: \(checked) fixture comments checked")
    }

    func testCorpusThreadsRoundTrip() throws {
        let checked = try roundTrip(try ExtractedPages.corpus())
        XCTAssertGreaterThan(checked, 2000)
        print("JSON round trip: \(checked) corpus comments checked")
    }

    /// What is on disk already, written by earlier runs, reads back as well.
    func testGoldenFilesDecodeAndEncodeToThemselves() throws {
        var files = 0
        for page in Fixtures.pages() {
            let golden = page.deletingPathExtension().appendingPathExtension("json")
            let saved = try Data(contentsOf: golden)
            let thread = try JSONDecoder().decode(ExtractedThread.self, from: saved)
            XCTAssertEqual(try JSONExporter().export(thread), saved, golden.lastPathComponent)
            files += 1
        }
        XCTAssertGreaterThan(files, 20)
    }

    func testAThreadFromAnotherSchemaVersionIsRefused() throws {
        var json = try JSONSerialization.jsonObject(with: JSONExporter().export(ExtractedThread(source: Source()))) as! [String: Any]
        json["schemaVersion"] = 2
        let data = try JSONSerialization.data(withJSONObject: json)
        XCTAssertThrowsError(try JSONDecoder().decode(ExtractedThread.self, from: data))
    }

    /// Returns how many comments were compared.
    private func roundTrip(_ pages: [ExtractedPages.Page], file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        var checked = 0
        for page in pages {
            let thread = try page.thread.get()
            let data = try JSONExporter().export(thread)
            let decoded: ExtractedThread
            do {
                decoded = try JSONDecoder().decode(ExtractedThread.self, from: data)
            } catch {
                XCTFail("\(page.name): \(error)", file: file, line: line)
                continue
            }
            XCTAssertEqual(try JSONExporter().export(decoded), data, page.name, file: file, line: line)
            XCTAssertEqual(decoded.post, thread.post, "\(page.name): the post", file: file, line: line)
            for (index, (read, written)) in zip(decoded.comments, thread.comments).enumerated() where read != written {
                XCTFail("\(page.name): comment \(index) (id \(written.id)) differs after decoding", file: file, line: line)
                break
            }
            XCTAssertEqual(decoded, thread, page.name, file: file, line: line)
            checked += thread.comments.count
        }
        return checked
    }
}
