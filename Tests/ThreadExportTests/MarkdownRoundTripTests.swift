import ThreadModel
import TestSupport
import XCTest

@testable import ThreadExport

/// Markdown rendered from a body, read back by the reference `cmark`, must give the body's plain
/// text: no character lost, none added by an escape that did not take.
final class MarkdownRoundTripTests: XCTestCase {
    private static let boundary = "SAMPLEBOUNDARY"

    func testGeneratedBodiesReadBackToTheirText() throws {
        for seed: UInt64 in [1, 2, 3] {
            var generator = RichTextGenerator(seed: seed)
            let samples = (0..<400).map { _ in generator.richText() }
            try assertRoundTrip(samples, label: "seed \(seed)")
        }
    }

    func testHandWrittenBodiesReadBackToTheirText() throws {
        let texts = [
            "*not emphasis*", "_nor this_", "**nor this**", "snake_case_name", "2 * 3 * 4", "a*b*c", "`code`",
            "[not a link](url)", "![not an image](src)", "<b>not html</b>", "<http://not.autolink>", "AT&T",
            "&amp; stays &amp;", "&#65; &#x41; &copy;", "C:\\Users\\me", "back\\slash\\*", "trailing\\",
            "# not a heading", "####### seven", "> not a quote", "- not a list", "+ nor this", "* nor this",
            "1. not ordered", "1) nor this", "123456789. nine digits", "1234567890. ten digits", "---", "***",
            "___", "- - -", "===", "```", "~~~", "    not code", "[x]: /not-a-definition", "[ ] not a task",
            "line one\n# line two", "line one\n---", "line one\n===", "line one\n- item", "line one\n1. item",
            "line one\n> quote", "line one\n```", "line one\n| --- |", "a | b\n--- | ---", "a  \nb", "a\n\n\nb",
            "~~not struck~~", "~single~", "!", "![", "wow![x](y)", "a]b[c", "x](y)", "\u{A0}nbsp", "e\u{301}*x*",
        ]
        var samples = texts.map { RichText([.paragraph([.text($0)])]) }
        samples += [
            RichText([.paragraph([.text("!"), .link(destination: "https://e.com", title: nil, content: [.text("x")])])]),
            RichText([.paragraph([.emphasis([.text(" spaced ")]), .text("after")])]),
            RichText([.paragraph([.text("a"), .emphasis([.text("\"quoted\"")]), .text("b")])]),
            RichText([.paragraph([.emphasis([.text("a")]), .emphasis([.text("b")])])]),
            RichText([.paragraph([.emphasis([.text("a")]), .strong([.text("b")])])]),
            RichText([.paragraph([.emphasis([.text("a"), .emphasis([.text("b")])])])]),
            RichText([.paragraph([.strong([.emphasis([.text("both")])])])]),
            RichText([.paragraph([.code("`"), .code("``x``"), .text("`")])]),
            RichText([.paragraph([.code(" padded "), .code("  "), .code("a\nb")])]),
            RichText([.paragraph([.link(destination: "https://e.com/a b(c)", title: "t \"q\" \\", content: [
                .text("outer "), .link(destination: "https://inner", title: nil, content: [.text("inner]")]),
            ])])]),
            RichText([.paragraph([.link(destination: "javascript:alert(1)", title: nil, content: [.text("unsafe")])])]),
            RichText([.paragraph([.image(source: "data:image/png;base64,AA", alt: "*alt* [x]", title: nil)])]),
            RichText([.paragraph([.lineBreak, .text("a"), .lineBreak, .lineBreak, .text("b"), .lineBreak])]),
            RichText([.code(language: "swift `x`", text: "```\n~~~\n")]),
            RichText([.list(ordered: true, start: 9, items: [[.paragraph([.text("nine")])], [.paragraph([.text("ten")])]])]),
            RichText([.list(ordered: false, start: 1, items: [[.list(ordered: false, start: 1, items: [[.list(
                ordered: false, start: 1, items: [[]])]])]])]),
            RichText([.list(ordered: false, start: 1, items: [[.paragraph([.text("a")])]]),
                .list(ordered: false, start: 1, items: [[.paragraph([.text("b")])]])]),
            RichText([.quote([.quote([.paragraph([.text("> deep")]), .code(language: nil, text: "\tx")])])]),
            RichText([.list(ordered: false, start: 1, items: [[.rule], [.paragraph([.text("a")]), .list(
                ordered: true, start: 3, items: [[.paragraph([.text("b")])]])]])]),
        ]
        try assertRoundTrip(samples, label: "hand-written")
    }

    /// Renders every sample into one document (one `cmark` run), split apart again at boundary
    /// paragraphs; a failing sample is reduced to a small one before it is reported.
    private func assertRoundTrip(_ samples: [RichText], label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try CommonMarkReference.requireInstalled()
        let failing = try failingSamples(samples)
        for index in failing.prefix(5) {
            let reduced = try shrink(samples[index])
            let markdown = MarkdownRenderer.render(reduced, tables: .plainText)
            XCTFail(
                """
                \(label), sample \(index): text differs after cmark. Reduced:
                model:    \(reduced)
                markdown: \(markdown.debugDescription)
                expected: \(expectedText(reduced).debugDescription)
                actual:   \(try readBack([reduced])[0].debugDescription)
                """, file: file, line: line)
        }
        XCTAssertEqual(failing.count, 0, "\(label): \(failing.count) of \(samples.count) samples differ", file: file, line: line)
    }

    private func failingSamples(_ samples: [RichText]) throws -> [Int] {
        let texts = try readBack(samples)
        return samples.indices.filter { texts[$0] != expectedText(samples[$0]) }
    }

    /// The text of each sample as cmark renders its Markdown.
    private func readBack(_ samples: [RichText]) throws -> [String] {
        let document = samples.map { MarkdownRenderer.render($0, tables: .plainText) }
            .joined(separator: "\n\n\(Self.boundary)\n\n")
        let (html, status) = try CommonMarkReference.html(for: document)
        XCTAssertEqual(status, 0)
        let texts = CommonMarkReference.text(ofHTML: html).components(separatedBy: Self.boundary)
        guard texts.count == samples.count else {
            XCTFail("samples leaked into each other: \(samples.count) samples, \(texts.count) texts")
            return samples.map { _ in "" }
        }
        return texts.map(CommonMarkReference.normalizedWhitespace)
    }

    private func expectedText(_ sample: RichText) -> String {
        CommonMarkReference.normalizedWhitespace(PlainTextRenderer.render(sample))
    }

    /// The smallest variant that still fails, trying all variants of one step in one cmark run.
    private func shrink(_ sample: RichText) throws -> RichText {
        var current = sample
        for _ in 0..<200 {
            let candidates = RichTextShrinker.candidates(of: current)
            guard let smaller = try failingSamples(candidates).first.map({ candidates[$0] }) else { break }
            current = smaller
        }
        return current
    }
}
