import Foundation
import ThreadModel
import TestSupport
import XCTest

@testable import ThreadExport

final class MarkdownExporterTests: XCTestCase {
    // MARK: Layout

    /// A post, a chain of replies twelve deep, a second top-level comment, a pingback and a trackback.
    private func deepThread() -> ExtractedThread {
        var comments = (0...12).map { depth in
            Comment(
                id: "c\(depth)", parentId: depth == 0 ? nil : "c\(depth - 1)", depth: depth,
                author: Person(name: "Author \(depth)", url: depth.isMultiple(of: 2) ? "https://people.example/\(depth)" : nil),
                published: PageDate(year: 2024, month: 3, day: 1 + depth), url: "https://blog.example/post#c\(depth)",
                isByPostAuthor: depth == 1, body: RichText([.paragraph([.text("Body \(depth) with *stars*")])]))
        }
        comments.append(Comment(id: "top2", author: Person(name: "Second"), publishedText: "March 20, 2024",
            body: RichText([.paragraph([.text("Another thread")])])))
        comments.append(Comment(id: "p1", kind: .pingback, author: Person(name: "Linking post", url: "https://other.example/a"),
            body: RichText([.paragraph([.text("[…] excerpt […]")])])))
        comments.append(Comment(id: "t1", kind: .trackback, author: Person(name: "Tracking post", url: "https://third.example/b")))
        return ExtractedThread(
            source: Source(url: "https://blog.example/post", platform: .wordpress), site: Site(name: "A Blog"),
            post: Post(title: "A post", author: Person(name: "Writer"), published: PageDate(year: 2024, month: 2, day: 29),
                body: RichText([.paragraph([.text("Post body.")]), .table(Table(header: [[.text("a")]], rows: [[[.text("b")]]]))])),
            comments: comments)
    }

    private static let allOptions: [MarkdownExporter.Options] = [
        .init(), .init(replyStyle: .indentedLists), .init(includePost: false, tables: .plainText),
        .init(includePost: false, replyStyle: .indentedLists, tables: .plainText),
    ]

    func testThreadIsValidCommonMarkWithEveryOptionSet() throws {
        try CommonMarkReference.requireInstalled()
        for options in Self.allOptions {
            let markdown = MarkdownExporter(options: options).render(deepThread())
            let (html, status) = try CommonMarkReference.html(for: markdown)
            XCTAssertEqual(status, 0, "\(options)")
            XCTAssertFalse(html.contains("raw HTML omitted"), "\(options)")
            let text = CommonMarkReference.text(ofHTML: html)
            for depth in 0...12 {
                XCTAssertTrue(text.contains("Body \(depth) with *stars*"), "comment \(depth) lost, \(options)")
            }
            XCTAssertTrue(html.contains("<h2>Comments</h2>"), "\(options)")
            XCTAssertTrue(html.contains("<h2>Pingbacks and trackbacks</h2>"), "\(options)")
            XCTAssertEqual(text.contains("Post body."), options.includePost, "\(options)")
        }
    }

    func testNestedQuotesNestRepliesUpToTheDepthLimitThenNameTheParent() throws {
        try CommonMarkReference.requireInstalled()
        let markdown = MarkdownExporter().render(deepThread())
        let lines = markdown.split(separator: "\n").map(String.init)
        func headerLine(_ name: String) -> String? { lines.first { $0.contains("**" + name) || $0.contains("[" + name + "]") } }
        XCTAssertEqual(headerLine("Author 0")?.hasPrefix("**[Author 0]"), true)
        XCTAssertEqual(headerLine("Author 3")?.hasPrefix("> > > **Author 3**"), true)
        XCTAssertEqual(headerLine("Author 5")?.hasPrefix("> > > > > **"), true)
        for depth in 6...12 {
            let line = try XCTUnwrap(headerLine("Author \(depth)"))
            XCTAssertTrue(line.hasPrefix("> > > > > ↳ reply to Author \(depth - 1) · "), line)
            XCTAssertFalse(line.hasPrefix("> > > > > >"), line)
        }
        // cmark agrees: five levels of quote at most.
        let html = try CommonMarkReference.html(for: markdown).html
        XCTAssertEqual(maxNesting(of: "blockquote", in: html), 5)
    }

    func testIndentedListsNestRepliesAsSublists() throws {
        try CommonMarkReference.requireInstalled()
        let markdown = MarkdownExporter(options: .init(replyStyle: .indentedLists)).render(deepThread())
        XCTAssertTrue(markdown.contains("\n  - **Author 1** · 2024-03-02 · [permalink](https://blog.example/post#c1) · *post author*"))
        XCTAssertTrue(markdown.contains("↳ reply to Author 11 · **[Author 12](https://people.example/12)**"))
        let html = try CommonMarkReference.html(for: markdown).html
        // Five levels of reply under a top-level list: six lists deep in the comments section.
        XCTAssertEqual(maxNesting(of: "ul", in: html), 6)
    }

    func testCommentHeaderIsOneLineWithAuthorDatePermalinkAndMarker() {
        let thread = ExtractedThread(source: Source(), comments: [
            Comment(id: "1", author: Person(name: "Ann\nLee", url: "https://ann.example"), publishedText: "1 May\n2024",
                url: "https://b.example/#1", isByPostAuthor: true, body: RichText([.paragraph([.text("Hi")])]))
        ])
        let markdown = MarkdownExporter().render(thread)
        XCTAssertTrue(markdown.contains(
            "\n**[Ann Lee](https://ann.example)** · 1 May 2024 · [permalink](https://b.example/#1) · *post author*\n\nHi\n"),
            markdown)
    }

    func testPingbacksAndTrackbacksAreListedAsLinks() {
        let markdown = MarkdownExporter().render(deepThread())
        let section = markdown.components(separatedBy: "## Pingbacks and trackbacks\n\n").last ?? ""
        XCTAssertTrue(section.hasPrefix("- [Linking post](https://other.example/a) · pingback\n\n  \\[…] excerpt […]\n\n"
            + "- [Tracking post](https://third.example/b) · trackback\n"), section)
    }

    func testNoDiscussionSectionsWithoutComments() {
        let markdown = MarkdownExporter().render(ExtractedThread(source: Source(), post: Post(title: "T")))
        XCTAssertEqual(markdown, "---\ntitle: \"T\"\nplatform: \"unknown\"\n\n---\n\n# T\n")
    }

    func testUnsafeAuthorAndPermalinkAreWrittenAsText() {
        let thread = ExtractedThread(source: Source(), comments: [
            Comment(id: "1", author: Person(name: "Eve", url: "javascript:alert(1)"), url: "vbscript:x"),
            Comment(id: "2", kind: .pingback, author: Person(name: "Ping", url: "data:text/html,x")),
        ])
        let markdown = MarkdownExporter().render(thread)
        XCTAssertFalse(markdown.contains("javascript:"))
        XCTAssertFalse(markdown.contains("vbscript:"))
        XCTAssertFalse(markdown.contains("data:"))
        XCTAssertTrue(markdown.contains("**Eve** · permalink"), markdown)
    }

    /// Parents come before their replies in document order; a reply naming a later comment (here,
    /// a cycle) is shown at the top level rather than lost.
    func testAReplyHangsOnlyUnderAnEarlierParent() {
        let thread = ExtractedThread(source: Source(), comments: [
            Comment(id: "a", parentId: "b", depth: 1, author: Person(name: "A")),
            Comment(id: "b", parentId: "a", depth: 1, author: Person(name: "B")),
        ])
        let markdown = MarkdownExporter().render(thread)
        XCTAssertTrue(markdown.hasSuffix("\n**A**\n\n> **B**\n"), markdown)
    }

    func testExportWritesUTF8WithTheMarkdownExtension() throws {
        let exporter = MarkdownExporter()
        XCTAssertEqual(exporter.fileExtension, "md")
        XCTAssertEqual(try exporter.export(deepThread()), Data(exporter.render(deepThread()).utf8))
    }

    // MARK: Front matter

    private static let hostileTitles = [
        "Plain", "Quote \" and 'single'", "Colon: here", "Back\\slash \\n not a newline", "Line\nbreak\r\nCRLF",
        "---", "--- \n---", "# hash", "- dash", "[flow, seq]", "{flow: map}", "&anchor *alias !tag", "%directive",
        "@at `tick`", "tab\there", "bell\u{07} del\u{7F} nel\u{85} ls\u{2028} bom\u{FEFF}", "", " leading and trailing ",
        "null", "true", "123", "é → 😀", "<script>alert(1)</script> [x](javascript:alert(1))",
        "<img src=x onerror=alert(1)>", "<javascript:alert(1)>", "[a]: javascript:alert(1)",
    ]

    func testFrontMatterQuotesEveryValueSoAnyTitleReadsBack() throws {
        for title in Self.hostileTitles {
            let thread = ExtractedThread(
                source: Source(url: "https://e.example/?a=1&b=\"2\"", platform: .wordpress), site: Site(name: title),
                post: Post(title: title, author: Person(name: title), published: PageDate(year: 2024, month: 1, day: 2)))
            let markdown = MarkdownExporter().render(thread)
            let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.first, "---")
            let closing = try XCTUnwrap(lines.dropFirst().firstIndex(of: "---"), title.debugDescription)
            XCTAssertEqual(lines[closing - 1], "", "a blank line keeps the closing fence from being a setext underline")
            let fields = lines[1..<(closing - 1)].map { line -> (String, String?) in
                let key = String(line.prefix { $0 != ":" })
                return (key, Self.decodeYAMLDoubleQuoted(line.dropFirst(key.count + 2)))
            }
            XCTAssertEqual(fields.map(\.0), ["title", "author", "date", "url", "site", "platform"])
            XCTAssertEqual(fields[0].1, title)
            XCTAssertEqual(fields[1].1, title)
            XCTAssertEqual(fields[2].1, "2024-01-02")
            XCTAssertEqual(fields[3].1, "https://e.example/?a=1&b=\"2\"")
            XCTAssertEqual(fields[4].1, title)
            XCTAssertEqual(fields[5].1, "wordpress")
        }
    }

    /// A Markdown reader takes the front matter for a paragraph between two rules: whatever the
    /// values hold, cmark --unsafe makes of it no heading, no HTML element and no link.
    func testFrontMatterIsInertUnderCmarkUnsafe() throws {
        try CommonMarkReference.requireInstalled()
        for title in Self.hostileTitles {
            let thread = ExtractedThread(
                source: Source(url: "javascript:alert(1)", platform: .wordpress), site: Site(name: title),
                post: Post(title: title, author: Person(name: title), published: nil))
            let markdown = MarkdownExporter().render(thread)
            let frontMatter = markdown[..<(try XCTUnwrap(markdown.range(of: "\n\n---\n"))).upperBound]
            let (html, _) = try CommonMarkReference.html(for: String(frontMatter), unsafe: true)
            let tags = Set(html.matches(of: /<([a-z0-9]+)/).map { String($0.output.1) })
            // Inline formatting is harmless; a heading, a link, an image or raw HTML is not.
            XCTAssertTrue(tags.isSubset(of: ["hr", "p", "code", "em", "strong"]), "\(title.debugDescription): \(html)")
        }
    }

    /// A second opinion from a real YAML parser, where one is installed.
    func testFrontMatterParsesWithPyYAML() throws {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else { throw XCTSkip("python3 is not installed") }
        let documents = Self.hostileTitles.map { title in
            MarkdownExporter().render(ExtractedThread(source: Source(), post: Post(title: title)))
                .components(separatedBy: "\n---\n")[0].dropFirst(4)
        }
        let script = """
            import json, sys
            try:
                import yaml
            except ImportError:
                sys.exit(3)
            for doc in json.load(sys.stdin):
                print(json.dumps(yaml.safe_load(doc)["title"]))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(documents.map(String.init)))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 3 { throw XCTSkip("PyYAML is not installed") }
        XCTAssertEqual(process.terminationStatus, 0)
        let titles = try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(String.self, from: Data($0.utf8))
        }
        XCTAssertEqual(titles, Self.hostileTitles)
    }

    func testFrontMatterLeavesOutAbsentKeys() {
        let markdown = MarkdownExporter().render(ExtractedThread(source: Source(platform: .generic)))
        XCTAssertEqual(markdown, "---\nplatform: \"generic\"\n\n---\n")
    }

    // MARK: Helpers

    /// Decodes the YAML double-quoted scalars the exporter writes (a subset of YAML's escapes);
    /// nil when the text is not one such scalar.
    private static func decodeYAMLDoubleQuoted(_ text: Substring) -> String? {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return nil }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.dropFirst().dropLast()[...]
        while let scalar = scalars.popFirst() {
            guard scalar != "\"" else { return nil }
            guard scalar == "\\" else {
                guard scalar.value >= 0x20 || scalar == "\t" else { return nil }
                out.append(scalar)
                continue
            }
            guard let escape = scalars.popFirst() else { return nil }
            let simple: [Unicode.Scalar: Unicode.Scalar] = [
                "\"": "\"", "\\": "\\", "n": "\n", "r": "\r", "t": "\t", "N": "\u{85}", "L": "\u{2028}", "P": "\u{2029}",
            ]
            if let decoded = simple[escape] {
                out.append(decoded)
            } else if let width = ["x": 2, "u": 4, "U": 8][Character(escape)] {
                let digits = String(String.UnicodeScalarView(scalars.prefix(width)))
                guard digits.count == width, let value = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(value)
                else { return nil }
                out.append(decoded)
                scalars = scalars.dropFirst(width)
            } else {
                return nil
            }
        }
        return String(out)
    }

    /// The deepest nesting of an HTML element in cmark's output.
    private func maxNesting(of tag: String, in html: String) -> Int {
        var depth = 0, deepest = 0
        var rest = html[...]
        while let open = rest.range(of: "<") {
            rest = rest[open.upperBound...]
            if rest.hasPrefix(tag + ">") || rest.hasPrefix(tag + " ") {
                depth += 1
                deepest = max(deepest, depth)
            } else if rest.hasPrefix("/" + tag + ">") {
                depth -= 1
            }
        }
        return deepest
    }
}
