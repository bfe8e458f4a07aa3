import BlogThread
import Foundation
import TestSupport
import XCTest

/// No script, event handler or `javascript:` URL survives into any exported body, whatever the
/// page held: checked on every fixture (the hostile one among them) and every corpus page.
final class SanitisationTests: XCTestCase {
    func testFixtureOutputsCarryNothingExecutable() throws {
        try assertClean(ExtractedPages.fixtures())
    }

    func testCorpusOutputsCarryNothingExecutable() throws {
        try assertClean(try ExtractedPages.corpus())
    }

    func testTheHostileFixtureIsReallyHostile() throws {
        let page = Fixtures.root.appendingPathComponent("wordpress/hostile-comments.html")
        let raw = try String(contentsOf: page, encoding: .utf8).lowercased()
        XCTAssertTrue(raw.contains("<script") && raw.contains("onerror=") && raw.contains("javascript:"))
    }

    private func assertClean(_ pages: [ExtractedPages.Page], file: StaticString = #filePath, line: UInt = #line) throws {
        for page in pages {
            let thread = try page.thread.get()
            let bodies = [thread.post?.body].compactMap { $0 } + thread.comments.map(\.body)
            for body in bodies {
                let html = HTMLRenderer.render(body).lowercased()
                XCTAssertNil(Self.executable(in: html), "\(page.name): \(html.prefix(200))", file: file, line: line)
            }
            // The Markdown as a renderer turns it into HTML, raw HTML let through: what a reader's
            // tool could end up running.
            if FileManager.default.isExecutableFile(atPath: CommonMarkReference.path) {
                let markdown = String(decoding: try MarkdownExporter().export(thread), as: UTF8.self)
                let rendered = try CommonMarkReference.html(for: markdown, unsafe: true).html
                XCTAssertNil(Self.executable(in: rendered.lowercased()), page.name, file: file, line: line)
            }
        }
    }

    /// What would run in a browser: a script-like element, an `on…` attribute, or a script
    /// address, looked for in tags only (text is escaped, and may well talk about such things).
    /// Attribute values are read as a browser reads them: entities decoded, then tabs, newlines
    /// and the spaces and controls around them dropped. `allowingOwnHead`: the HTML exporter's
    /// own `<meta>` and `<style>`, which its own check holds to exactly what they must be.
    static func executable(in html: String, allowingOwnHead: Bool = false) -> String? {
        let forbidden: Set<String> = allowingOwnHead
            ? ["script", "iframe", "object", "embed", "svg", "math", "form", "base", "link", "frame", "applet"]
            : ["script", "style", "iframe", "object", "embed", "svg", "math", "form", "base", "meta", "link", "frame", "applet"]
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            let tag = Tag(html, at: open)
            index = tag.end
            guard let name = tag.name else { continue }
            if forbidden.contains(name) { return String(html[open..<tag.end]) }
            for (attribute, value) in tag.attributes {
                if attribute.hasPrefix("on") { return String(html[open..<tag.end]) }
                let address = Self.browserForm(of: value)
                let imageData = attribute == "src" && name == "img" && address.hasPrefix("data:image/")
                if Self.urlAttributes.contains(attribute), !imageData,
                    ["javascript:", "vbscript:", "livescript:", "data:"].contains(where: { address.hasPrefix($0) })
                {
                    return String(html[open..<tag.end])
                }
                if attribute == "style", address.contains("javascript:") || address.contains("expression(") {
                    return String(html[open..<tag.end])
                }
            }
        }
        return nil
    }

    /// Attributes a browser follows or loads.
    private static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "cite", "srcset",
        "lowsrc", "dynsrc", "ping", "content",
    ]

    /// An attribute value as the URL parser receives it: character references decoded, leading
    /// spaces and controls dropped, tabs and line breaks removed anywhere, lower case.
    static func browserForm(of value: String) -> String {
        var scalars = Substring(decodingReferences(value)).unicodeScalars
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        return String(String.UnicodeScalarView(scalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })).lowercased()
    }

    /// Numeric references (with or without `;`) and the named ones a scheme can be spelled with.
    private static func decodingReferences(_ value: String) -> String {
        let named = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
                     "lpar": "(", "rpar": ")", "sol": "/", "period": ".", "nbsp": "\u{A0}"]
        var output = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            var cursor = rest.index(after: amp)
            if cursor < rest.endIndex, rest[cursor] == "#" {
                cursor = rest.index(after: cursor)
                let hex = cursor < rest.endIndex && (rest[cursor] == "x" || rest[cursor] == "X")
                if hex { cursor = rest.index(after: cursor) }
                let digits = rest[cursor...].prefix { hex ? $0.isHexDigit : $0.isNumber }
                if let number = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(number) {
                    output.unicodeScalars.append(scalar)
                    cursor = digits.endIndex
                    if cursor < rest.endIndex, rest[cursor] == ";" { cursor = rest.index(after: cursor) }
                    rest = rest[cursor...]
                    continue
                }
            } else {
                let name = rest[cursor...].prefix { $0.isLetter }
                let end = name.endIndex
                if let replacement = named[name.lowercased()], end < rest.endIndex, rest[end] == ";" {
                    output += replacement
                    rest = rest[rest.index(after: end)...]
                    continue
                }
            }
            output += "&"
            rest = rest[rest.index(after: amp)...]
        }
        return output + rest
    }

    /// One tag as an HTML tokenizer reads it: its name and attributes, quoted values whole.
    private struct Tag {
        var name: String?
        var attributes: [(String, String)] = []
        var end: String.Index

        init(_ html: String, at open: String.Index) {
            var cursor = html.index(after: open)
            guard cursor < html.endIndex, html[cursor].isLetter else {
                end = cursor
                return
            }
            let nameEnd = html[cursor...].firstIndex { $0.isWhitespace || $0 == ">" || $0 == "/" } ?? html.endIndex
            name = html[cursor..<nameEnd].lowercased()
            cursor = nameEnd
            while cursor < html.endIndex, html[cursor] != ">" {
                if html[cursor].isWhitespace || html[cursor] == "/" {
                    cursor = html.index(after: cursor)
                    continue
                }
                let keyEnd = html[cursor...].firstIndex { $0.isWhitespace || $0 == "=" || $0 == ">" || $0 == "/" } ?? html.endIndex
                let key = html[cursor..<keyEnd].lowercased()
                cursor = keyEnd
                var value = ""
                if cursor < html.endIndex, html[cursor] == "=" {
                    cursor = html.index(after: cursor)
                    if cursor < html.endIndex, html[cursor] == "\"" || html[cursor] == "'" {
                        let quote = html[cursor]
                        let start = html.index(after: cursor)
                        let close = html[start...].firstIndex(of: quote) ?? html.endIndex
                        value = String(html[start..<close])
                        cursor = close < html.endIndex ? html.index(after: close) : close
                    } else {
                        let valueEnd = html[cursor...].firstIndex { $0.isWhitespace || $0 == ">" } ?? html.endIndex
                        value = String(html[cursor..<valueEnd])
                        cursor = valueEnd
                    }
                }
                attributes.append((key, value))
            }
            end = cursor < html.endIndex ? html.index(after: cursor) : cursor
        }
    }
}
