import BlogThread
import Foundation
import TestSupport
import XCTest

/// Random comments, names, titles and addresses made of script in every spelling a browser
/// still runs (entities, mixed case, tabs and controls inside the scheme): no exported JSON
/// `html`, HTML page, or Markdown as a CommonMark reader renders it (front matter included,
/// raw HTML let through) carries a script, an event handler or a script address. The generator
/// is seeded, so a failure names its case and reruns the same.
final class SanitisationPropertyTests: XCTestCase {
    private static let cases = 150

    func testRandomHostileCommentsAndAttributesExportNothingExecutable() throws {
        let cmark = FileManager.default.isExecutableFile(atPath: CommonMarkReference.path)
        var generator = SeededRandom(seed: 20_241_201)
        for number in 0..<Self.cases {
            var hostile = HostileText(generator: generator)
            let page = hostile.page()
            generator = hostile.generator
            let thread = try ThreadReader().read(bytes: Array(page.utf8), file: "case-\(number).html")
            let context = "case \(number): \(page.prefix(600))"

            let json = try JSONSerialization.jsonObject(with: JSONExporter().export(thread))
            for html in Self.strings(under: "html", in: json) {
                XCTAssertNil(SanitisationTests.executable(in: html.lowercased()), "JSON html, \(context)")
            }
            let exported = String(decoding: try HTMLExporter().export(thread), as: UTF8.self)
            XCTAssertEqual(HTMLExportTests.problems(in: exported), [], "HTML, \(context)")
            XCTAssertNil(SanitisationTests.executable(in: exported.lowercased(), allowingOwnHead: true), "HTML, \(context)")
            if cmark {
                let markdown = String(decoding: try MarkdownExporter().export(thread), as: UTF8.self)
                let rendered = try CommonMarkReference.html(for: markdown, unsafe: true).html
                XCTAssertNil(SanitisationTests.executable(in: rendered.lowercased()), "Markdown, \(context)\n\(markdown.prefix(800))")
            }
        }
        if !cmark { throw XCTSkip("cmark is not installed: the Markdown was not rendered") }
    }

    /// Every string value of `key` anywhere in a JSON value.
    private static func strings(under key: String, in value: Any) -> [String] {
        if let object = value as? [String: Any] {
            return object.flatMap { entry in
                entry.key == key ? [entry.value as? String].compactMap { $0 } : strings(under: key, in: entry.value)
            }
        }
        if let array = value as? [Any] { return array.flatMap { strings(under: key, in: $0) } }
        return []
    }
}

/// Builds a WordPress page whose every stranger-written part is hostile.
private struct HostileText {
    var generator: SeededRandom

    private static let schemes = ["javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "livescript:x"]
    private static let elements = [
        "<script>alert(1)</script>", "<script src=//evil.example/x.js></script>", "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)><circle/></svg>", "<iframe src=\"URL\"></iframe>", "<body onload=alert(1)>",
        "<object data=\"URL\"></object>", "<embed src=\"URL\">", "<form action=\"URL\"><button>go</button></form>",
        "<math><mi xlink:href=\"URL\">x</mi></math>", "<meta http-equiv=refresh content=\"0;url=URL\">",
        "<base href=\"URL\">", "<link rel=stylesheet href=\"URL\">", "<style>@import 'URL';</style>",
        "<p onclick=\"alert(1)\" onmouseover='alert(2)'>text</p>", "<a href=\"URL\">link</a>", "<a href='URL'>link</a>",
        "<a href=URL>link</a>", "<img src=\"URL\" alt=\"x\">", "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<div style=\"background:url(URL)\">styled</div>", "<a href=\"URL\" onfocus=alert(1) autofocus>x</a>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", "<template><script>x</script></template>",
        "[link](URL)", "![image](URL)", "<URL>", "[ref]\n\n[ref]: URL", "`<script>`", "<!-- <script>x</script> -->",
        "<![CDATA[<script>x</script>]]>", "</p><script>x</script><p>", "&lt;script&gt;alert(1)&lt;/script&gt;",
    ]
    private static let words = ["Nice post", "I agree", "see", "this", "café", "ünïcödé", "😀", "# heading", "> quote", "---", "*", "|a|b|"]

    init(generator: SeededRandom) { self.generator = generator }

    private mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &generator)! }
    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }

    /// A script address spelled as a browser would still read it.
    mutating func address() -> String {
        var spelled = chance(30) ? pick([" ", "\u{1}", "\u{0B}", "\t", "\u{1F}", "&#32;", "&#x09;"]) : ""
        for character in pick(Self.schemes) {
            let inScheme = !spelled.contains(":") || !spelled.hasSuffix(":")
            if chance(25), character.isLetter { spelled += character.isUppercase ? character.lowercased() : character.uppercased() }
            else if chance(20) {
                let value = character.unicodeScalars.first!.value
                spelled += pick(["&#\(value);", "&#x\(String(value, radix: 16));", "&#X\(String(value, radix: 16, uppercase: true))", "&#000\(value);"])
            } else if character == ":" && chance(30) { spelled += "&colon;" }
            else { spelled.append(character) }
            if inScheme, chance(8) { spelled += pick(["\t", "\n", "\r", "&#9;", "&#10;", "&Tab;", "&NewLine;"]) }
        }
        return spelled
    }

    mutating func fragment() -> String {
        var element = pick(Self.elements)
        while let range = element.range(of: "URL") { element.replaceSubrange(range, with: address()) }
        if chance(30) {
            // Mixed-case tag and attribute names: HTML ignores case.
            element = String(element.map { chance(40) && $0.isLetter ? Character($0.uppercased()) : $0 })
        }
        return element
    }

    mutating func text() -> String {
        (0..<Int.random(in: 1...4, using: &generator)).map { _ in chance(60) ? fragment() : pick(Self.words) }.joined(separator: " ")
    }

    /// Escapes for an attribute value in double quotes, as a page's own markup does.
    private func attribute(_ value: String) -> String {
        value.replacingOccurrences(of: "\"", with: "&quot;")
    }

    mutating func page() -> String {
        let comments = (1...Int.random(in: 1...4, using: &generator)).map { number in
            """
            <li id="comment-\(number)" class="comment depth-1"><article id="div-comment-\(number)" class="comment-body">\
            <footer class="comment-meta"><div class="comment-author vcard"><img alt="\(attribute(text()))" src="\(attribute(address()))" class="avatar">\
            <b class="fn"><a href="\(attribute(address()))" rel="external nofollow ugc" class="url">\(text())</a></b></div>\
            <div class="comment-metadata"><a href="\(attribute(address()))"><time datetime="2024-05-01T10:00:00+00:00">May 1</time></a></div></footer>\
            <div class="comment-content"><p>\(text())</p><p><a href="\(attribute(address()))" title="\(attribute(text()))">\(text())</a></p></div>\
            <div class="reply"><a class="comment-reply-link" href="\(attribute(address()))">Reply</a></div></article></li>
            """
        }
        return """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="generator" content="WordPress 6.5">
            <title>\(text())</title><meta property="og:site_name" content="\(attribute(text()))">
            <meta property="og:url" content="\(attribute(address()))"><link rel="canonical" href="\(attribute(address()))">
            <meta name="author" content="\(attribute(text()))"></head><body class="single">
            <article class="post hentry"><h1 class="entry-title">\(text())</h1>
            <span class="author vcard"><a class="url fn n" href="\(attribute(address()))">\(text())</a></span>
            <div class="entry-content"><p>\(text())</p></div></article>
            <div id="comments" class="comments-area"><h2 class="comments-title">\(comments.count) thoughts</h2>
            <ol class="comment-list">\(comments.joined())</ol></div></body></html>
            """
    }
}
