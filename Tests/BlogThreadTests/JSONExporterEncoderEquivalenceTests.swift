import BlogThread
import Foundation
import XCTest

/// The exporter writes JSON itself; these hold its bytes equal to what `JSONEncoder` writes for
/// the model's `Codable`, indented and as JSON Lines, over every fixture and corpus page.
final class JSONExporterEncoderEquivalenceTests: XCTestCase {
    func testFixtureThreadsAreWrittenAsTheEncoderWritesThem() throws {
        XCTAssertGreaterThan(try compare(ExtractedPages.fixtures()), 20)
    }

    func testCorpusThreadsAreWrittenAsTheEncoderWritesThem() throws {
        XCTAssertGreaterThan(try compare(try ExtractedPages.corpus()), 100)
    }

    /// Returns how many threads were compared.
    private func compare(_ pages: [ExtractedPages.Page], file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        var compared = 0
        for page in pages {
            guard case .success(let thread) = page.thread else { continue }
            for lines in [false, true] {
                let encoder = JSONEncoder()
                encoder.outputFormatting = lines ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                let expected = try encoder.encode(thread) + [0x0A]
                let written = try JSONExporter(lines: lines).export(thread)
                if written != expected {
                    XCTFail("\(page.name)\(lines ? " (JSON Lines)" : ""): \(firstDifference(written, expected))", file: file, line: line)
                }
            }
            compared += 1
        }
        return compared
    }
}

/// Where two outputs part, with a little of each around it.
func firstDifference(_ written: Data, _ expected: Data) -> String {
    let at = zip(written, expected).prefix { $0 == $1 }.count
    let around = { (data: Data) in String(decoding: data.dropFirst(max(0, at - 40)).prefix(80), as: UTF8.self) }
    return "byte \(at): written …\(around(written))… expected …\(around(expected))…"
}
