import Foundation
import XCTest

/// The `cmark` reference implementation, run as a program: the judge of whether our Markdown
/// reads back as intended.
public enum CommonMarkReference {
    public static let path = "/usr/bin/cmark"

    public static func requireInstalled() throws {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw XCTSkip("cmark is not installed (Debian package cmark)")
        }
    }

    /// The HTML cmark makes of `markdown`, and its exit status. `unsafe` keeps raw HTML and every
    /// link as written, to see what a careless renderer would pass on.
    public static func html(for markdown: String, unsafe: Bool = false) throws -> (html: String, status: Int32) {
        // Through a file rather than a pipe, so a large document cannot fill the pipe and stall both sides.
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("markdown-\(UUID().uuidString).md")
        try Data(markdown.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = (unsafe ? ["--unsafe"] : []) + [input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    /// What a reader of the HTML sees: tags removed (an image stands for its alt text), entities decoded.
    public static func text(ofHTML html: String) -> String {
        var out = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            out += decodeEntities(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            if tag.hasPrefix("<img "), let alt = attribute("alt", in: tag) {
                out += decodeEntities(alt)
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + decodeEntities(rest)
    }

    /// Whitespace runs made one space, ends trimmed: the comparison the round trip is held to.
    public static func normalizedWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func attribute(_ name: String, in tag: Substring) -> Substring? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...]
        return value.firstIndex(of: "\"").map { value[..<$0] }
    }

    private static func decodeEntities(_ text: Substring) -> String {
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let afterAmp = rest[rest.index(after: amp)...]
            guard let semicolon = afterAmp.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = afterAmp
                continue
            }
            let name = afterAmp[..<semicolon]
            if let decoded = decodeEntity(name) {
                out += decoded
                rest = afterAmp[afterAmp.index(after: semicolon)...]
            } else {
                out += "&"
                rest = afterAmp
            }
        }
        return out + rest
    }

    private static func decodeEntity(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
