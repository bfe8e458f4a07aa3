import BlogThread
import Foundation
import XCTest

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads our WXR as the WordPress importer's SimpleXML parser does (wordpress-importer,
/// `parsers/class-wxr-parser-simplexml.php`): the `wp` namespace and a `wp:wxr_version` of the
/// form `N.N` are required, and each `channel/item` gives a post and its `wp:comment` children
/// with their `comment_*` fields and `commentmeta`. Every comment and its parent must come back.
final class WXRExportTests: XCTestCase {
    func testEveryFixtureCommentAndItsParentRoundTrip() throws {
        try assertRoundTrip(ExtractedPages.fixtures())
    }

    func testEveryCorpusCommentAndItsParentRoundTrip() throws {
        try assertRoundTrip(try ExtractedPages.corpus())
    }

    /// A batch written to one file (`--format wxr --output FILE`): one item per thread, in
    /// input order, with post and comment ids unique across the file.
    func testAFixtureBatchIsOneFileWhoseEveryCommentAndParentRoundTrip() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("blogthread-wxr-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: output) }
        // A share of the fixtures: threads of several engines, nested replies and pingbacks among them.
        let (inputs, _) = InputFiles.expand(Fixtures.pages().prefix(24).map(\.path))
        var threads: [ExtractedThread] = []
        let summary = BatchRunner(exporter: WXRExporter(), jobs: 2).run(
            inputs, options: BatchRunner.Options(destination: .file(InputPath(output.path))), report: { _ in }, written: { threads.append($0) })
        XCTAssertGreaterThan(summary.threads, 1)
        let imported = try ImportedWXR(Data(contentsOf: output))
        XCTAssertEqual(imported.items.count, threads.count)
        assertRoundTrip(zip(threads.map { ($0.source.file ?? "", $0) }, imported.items).map { ($0.0, $0.1, $1) })
        let postIDs = imported.items.compactMap { $0["post_id"] }
        XCTAssertEqual(postIDs, (1...threads.count).map(String.init))
        let commentIDs = imported.items.flatMap { $0.comments.compactMap { $0["comment_id"] } }
        XCTAssertEqual(commentIDs, (0..<commentIDs.count).map { String($0 + 1) })
    }

    /// The corpus's threads as one file, made as the batch makes it.
    func testACorpusBatchRoundTrips() throws {
        let threads = try ExtractedPages.corpus().compactMap { page in try? page.thread.get() }
        let exporter = WXRExporter()
        var numbering = WXRExporter.Numbering()
        let text = try exporter.channelStart(for: XCTUnwrap(threads.first))
            + threads.map { exporter.item(for: $0, numbering: &numbering) }.joined() + exporter.channelEnd
        let imported = try ImportedWXR(Data(text.utf8))
        XCTAssertEqual(imported.items.count, threads.count)
        assertRoundTrip(zip(threads.map { ($0.source.file ?? "", $0) }, imported.items).map { ($0.0, $0.1, $1) })
    }

    private func assertRoundTrip(_ pages: [ExtractedPages.Page], file: StaticString = #filePath, line: UInt = #line) throws {
        var items: [(String, ExtractedThread, ImportedWXR.Item)] = []
        for page in pages {
            guard case .success(let thread) = page.thread else { continue }
            let imported = try ImportedWXR(try WXRExporter().export(thread))
            XCTAssertEqual(imported.version, "1.2", page.name, file: file, line: line)
            XCTAssertEqual(imported.items.count, 1, page.name, file: file, line: line)
            if let item = imported.items.first { items.append((page.name, thread, item)) }
        }
        assertRoundTrip(items, file: file, line: line)
    }

    private func assertRoundTrip(_ items: [(name: String, thread: ExtractedThread, item: ImportedWXR.Item)], file: StaticString = #filePath, line: UInt = #line) {
        var comments = 0
        for (name, thread, item) in items {
            XCTAssertEqual(item["title"], thread.post?.title ?? "", name, file: file, line: line)
            XCTAssertEqual(item["post_type"], "post", name, file: file, line: line)
            XCTAssertEqual(item.comments.count, thread.comments.count, name, file: file, line: line)
            var number: [String: String] = [:]
            for (comment, row) in zip(thread.comments, item.comments) {
                let context = "\(name) comment \(comment.id)"
                XCTAssertEqual(row["blogthread_id"], comment.id, context, file: file, line: line)
                let parent = comment.parentId.flatMap { number[$0] } ?? "0"
                XCTAssertEqual(row["comment_parent"], parent, context, file: file, line: line)
                if comment.parentId != nil, comment.depth > 0 {
                    XCTAssertNotEqual(parent, "0", "\(context): a nested reply keeps its parent", file: file, line: line)
                }
                number[comment.id] = number[comment.id] ?? row["comment_id"]
                XCTAssertEqual(row["comment_author"], comment.author?.name ?? "", context, file: file, line: line)
                XCTAssertEqual(row["comment_author_url"], comment.author?.url ?? "", context, file: file, line: line)
                XCTAssertEqual(row["comment_author_email"], "", context, file: file, line: line)
                XCTAssertEqual(row["comment_approved"], "1", context, file: file, line: line)
                XCTAssertEqual(row["comment_type"], comment.kind == .comment ? "" : comment.kind.rawValue, context, file: file, line: line)
                XCTAssertEqual(row["comment_content"], comment.body.html, context, file: file, line: line)
                if comment.published != nil {
                    XCTAssertEqual(row["comment_date"]?.count, 19, context, file: file, line: line)
                }
                comments += 1
            }
        }
        XCTAssertGreaterThan(comments, 0, file: file, line: line)
    }

    func testDatesAreLocalAndGMT() {
        let zoned = PageDate(rfc3339: "2021-01-01T00:30:00+01:00")
        XCTAssertEqual(WXRExporter.dates(zoned).local, "2021-01-01 00:30:00")
        XCTAssertEqual(WXRExporter.dates(zoned).gmt, "2020-12-31 23:30:00")
        XCTAssertEqual(WXRExporter.dates(PageDate(rfc3339: "2021-01-01T10:00")).gmt, "0000-00-00 00:00:00")
        XCTAssertEqual(WXRExporter.dates(PageDate(rfc3339: "2021-01-01")).local, "2021-01-01 00:00:00")
    }

    func testCDATAEndInsideATextSurvives() throws {
        let thread = ExtractedThread(source: Source(), comments: [Comment(id: "x]]>y", author: Person(name: "a ]]> b \u{1}c"))])
        let imported = try ImportedWXR(try WXRExporter().export(thread))
        XCTAssertEqual(imported.items.first?.comments.first?["comment_author"], "a ]]> b c")
        XCTAssertEqual(imported.items.first?.comments.first?["blogthread_id"], "x]]>y")
    }
}

/// What the importer's parser takes from a WXR file: the version, and per item its `wp:` and
/// plain fields, and its comments' fields (meta keys become fields of their own).
private struct ImportedWXR {
    struct Item {
        var fields: [String: String] = [:]
        var comments: [[String: String]] = []
        subscript(key: String) -> String? { fields[key] }
    }

    var version: String?
    var items: [Item] = []

    init(_ data: Data) throws {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        guard reader.hasWordPressNamespace, let version = reader.version,
            version.range(of: "^\\d+\\.\\d+$", options: .regularExpression) != nil
        else { throw CocoaError(.fileReadCorruptFile) }
        self.version = version
        items = reader.items
    }

    private final class Reader: NSObject, XMLParserDelegate {
        static let wordPress = "http://wordpress.org/export/1.2/"
        var hasWordPressNamespace = false
        var version: String?
        var items: [Item] = []
        private var path: [String] = []
        private var text = ""
        private var comment: [String: String]?
        private var metaKey: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if namespaceURI == Self.wordPress { hasWordPressNamespace = true }
            path.append(name)
            text = ""
            if path == ["rss", "channel", "item"] { items.append(Item()) }
            if name == "comment", namespaceURI == Self.wordPress { comment = [:] }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { path.removeLast() }
            if path == ["rss", "channel", "wxr_version"] { version = text }
            guard path.count >= 4, path[2] == "item" else { return }
            if path.count == 4 {
                if name == "comment", let finished = comment {
                    items[items.count - 1].comments.append(finished)
                    comment = nil
                } else {
                    items[items.count - 1].fields[name] = text
                }
            } else if comment != nil {
                switch name {
                case "meta_key": metaKey = text
                case "meta_value": if let metaKey { comment?[metaKey] = text }
                case "commentmeta": metaKey = nil
                default: comment?[name] = text
                }
            }
        }
    }
}
