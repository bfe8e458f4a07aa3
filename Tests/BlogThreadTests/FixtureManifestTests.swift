import BlogThread
import Foundation
import XCTest

/// A fixture folder's README states, per page, what a correct reading holds, in a table of
/// `| # | id | parent | kind | author | … |` rows written by whoever built the page. This test
/// holds the reader to those facts independently of the recorded golden files.
final class FixtureManifestTests: XCTestCase {
    struct Expected: Equatable, CustomStringConvertible {
        var id: String
        var parentId: String?
        var kind: String
        var description: String { "\(id)←\(parentId ?? "nil") \(kind)" }
    }

    func testEveryPageMatchesItsManifest() throws {
        let manifests = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.path)
            .map { Fixtures.root.appendingPathComponent($0).appendingPathComponent("README.md") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        XCTAssertFalse(manifests.isEmpty)
        let threads = Dictionary(uniqueKeysWithValues: ExtractedPages.fixtures().map { ($0.url.standardizedFileURL.path, $0.thread) })
        for manifest in manifests {
            for (page, expected) in try Self.parse(String(contentsOf: manifest, encoding: .utf8)) {
                let url = manifest.deletingLastPathComponent().appendingPathComponent(page)
                let thread = try XCTUnwrap(threads[url.standardizedFileURL.path], page).get()
                let found = thread.comments.map { Expected(id: $0.id, parentId: $0.parentId, kind: $0.kind.rawValue) }
                XCTAssertEqual(found, expected, page)
            }
        }
    }

    /// Sections headed "## N. `page.html`", each with one table whose first cell is a number.
    static func parse(_ text: String) -> [(String, [Expected])] {
        var pages: [(String, [Expected])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## "), let open = line.firstIndex(of: "`"),
                let close = line[line.index(after: open)...].firstIndex(of: "`")
            {
                pages.append((String(line[line.index(after: open)..<close]), []))
                continue
            }
            guard line.hasPrefix("|"), !pages.isEmpty else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "*", with: "") }
            guard cells.count >= 5, Int(cells[0]) != nil else { continue }
            let parent = ["null", "-", "—", ""].contains(cells[2]) ? nil : cells[2]
            pages[pages.count - 1].1.append(Expected(id: cells[1], parentId: parent, kind: cells[3]))
        }
        return pages
    }
}
