import BlogThread
import Foundation
import XCTest

/// Every page under Fixtures/ is read and exported; the JSON and Markdown must equal the golden
/// files beside it (`NAME.json`, `NAME.md`). `RECORD_SNAPSHOTS=1` rewrites them; a missing golden
/// file is written and the test fails, so nothing is accepted unseen.
final class FixtureGoldenTests: XCTestCase {
    func testEveryFixtureMatchesItsGoldenFiles() throws {
        let pages = ExtractedPages.fixtures()
        XCTAssertFalse(pages.isEmpty, "no fixtures found under \(Fixtures.root.path)")
        for page in pages {
            let thread = Fixtures.portable(try page.thread.get())
            let stem = page.url.deletingPathExtension()
            try Golden.assert(try JSONExporter().export(thread), stem.appendingPathExtension("json"))
            try Golden.assert(try MarkdownExporter().export(thread), stem.appendingPathExtension("md"))
        }
    }
}

/// A golden file compared with what was produced; `RECORD_SNAPSHOTS=1` rewrites it.
enum Golden {
    static func assert(_ actual: Data, _ golden: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? Data(contentsOf: golden) else {
            try actual.write(to: golden, options: .atomic)
            if !record { XCTFail("recorded missing golden file \(golden.lastPathComponent); check it and run again", file: file, line: line) }
            return
        }
        if expected != actual {
            XCTFail(GoldenDifference.describe(expected: expected, actual: actual, name: golden.lastPathComponent), file: file, line: line)
        }
    }
}

enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Every fixture page (and XML export), sorted so failures list in a stable order.
    static func pages() -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { ["html", "htm", "xml"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }

    /// Golden files must not depend on where the checkout lives.
    static func portable(_ thread: ExtractedThread) -> ExtractedThread {
        var thread = thread
        if let file = thread.source.file {
            thread.source.file = file.replacingOccurrences(of: root.deletingLastPathComponent().path + "/", with: "")
        }
        return thread
    }
}

/// Names the first line that differs, and the comment it belongs to, instead of dumping both files.
enum GoldenDifference {
    static func describe(expected: Data, actual: Data, name: String) -> String {
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = zip(old, new).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
            return "\(name): \(old.count) lines expected, \(new.count) produced"
        }
        let context = new[..<index].last { $0.contains("\"id\" :") }.map { " (in the entry with \($0.trimmingCharacters(in: .whitespaces)))" } ?? ""
        return "\(name) differs at line \(index + 1)\(context):\n- \(old[index])\n+ \(new[index])"
    }
}
