import Foundation
import TestSupport
import ThreadModel
import XCTest

@testable import ThreadExport

/// The JSON writer against `JSONEncoder` on threads of random strings: every escape the encoder
/// makes (quotes, backslashes, each control character), what it leaves alone (`/`, U+007F,
/// U+2028 and U+2029, characters beyond the Basic Multilingual Plane, combining marks), in every
/// field, indented and compact.
final class JSONWriterTests: XCTestCase {
    func testRandomThreadsAreWrittenAsTheEncoderWritesThem() throws {
        var random = SeededRandom(seed: 11)
        for round in 0..<200 {
            let thread = randomThread(&random)
            for lines in [false, true] {
                let encoder = JSONEncoder()
                encoder.outputFormatting = lines ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                let expected = try encoder.encode(thread) + [0x0A]
                let written = try JSONExporter(lines: lines).export(thread)
                XCTAssertEqual(
                    String(decoding: written, as: UTF8.self), String(decoding: expected, as: UTF8.self),
                    "round \(round)\(lines ? ", JSON Lines" : "")")
                XCTAssertEqual(written, expected)
            }
        }
    }

    func testEveryControlCharacterIsEscapedAsTheEncoderEscapesIt() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init))) + "\u{7F}\"\\/\u{2028}\u{2029}😀é"
        let thread = ExtractedThread(source: Source(file: controls), comments: [Comment(id: controls, body: RichText([.code(language: nil, text: controls)]))])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        XCTAssertEqual(try JSONExporter(lines: true).export(thread), try encoder.encode(thread) + [0x0A])
        let text = String(decoding: try JSONExporter(lines: true).export(thread), as: UTF8.self)
        XCTAssertTrue(text.contains(#""file":"\u0000\u0001"#), text)
        XCTAssertTrue(text.contains(#"\b\t\n\u000b\f\r\u000e"#), text)
        XCTAssertTrue(text.contains(#"\u001f\#u{7F}\"\\/\#u{2028}"#), text)
    }

    func testEmptyListsKeepTheEncodersLayout() throws {
        let text = String(decoding: try JSONExporter().export(ExtractedThread(source: Source(), post: Post())), as: UTF8.self)
        XCTAssertTrue(text.contains("  \"comments\" : [\n\n  ],\n"), text)
        XCTAssertTrue(text.contains("    \"tags\" : [\n\n    ],\n"), text)
    }

    private func randomThread(_ random: inout SeededRandom) -> ExtractedThread {
        func text() -> String { randomString(&random) }
        func maybe() -> String? { Bool.random(using: &random) ? text() : nil }
        func person() -> Person? {
            Bool.random(using: &random) ? Person(name: maybe(), url: maybe(), avatarURL: maybe()) : nil
        }
        func date() -> PageDate? {
            Bool.random(using: &random)
                ? PageDate(year: Int.random(in: 1990...2030, using: &random), month: 3, day: 9,
                           time: Bool.random(using: &random) ? .init(hour: 1, minute: 2, second: 3, fraction: "25") : nil,
                           utcOffsetMinutes: Bool.random(using: &random) ? -330 : nil)
                : nil
        }
        func body() -> RichText {
            RichText((0..<Int.random(in: 0...3, using: &random)).map { _ in
                Bool.random(using: &random)
                    ? .paragraph([.text(text()), .link(destination: "https://example.org/" + text(), title: maybe(), content: [.text(text())])])
                    : .code(language: maybe(), text: text())
            })
        }
        func strings() -> [String] { (0..<Int.random(in: 0...3, using: &random)).map { _ in text() } }
        let comments = (0..<Int.random(in: 0...4, using: &random)).map { index in
            Comment(
                id: text(), parentId: maybe(), depth: index, kind: Comment.Kind.allCases.randomElement(using: &random)!,
                author: person(), published: date(), publishedText: maybe(), url: maybe(),
                isByPostAuthor: Bool.random(using: &random), title: maybe(), parentInferred: Bool.random(using: &random),
                removedLater: Bool.random(using: &random), body: body())
        }
        return ExtractedThread(
            source: Source(
                file: maybe(), url: maybe(), platform: Platform(text()), generator: maybe(), language: maybe(),
                encoding: maybe(), savedAt: date(),
                record: Bool.random(using: &random) ? ArchiveRecord(id: maybe(), offset: Int.random(in: 0...Int.max, using: &random)) : nil),
            site: Site(name: maybe(), url: maybe()),
            post: Bool.random(using: &random)
                ? Post(id: maybe(), url: maybe(), title: maybe(), author: person(), published: date(), updated: date(),
                       tags: strings(), categories: strings(), body: body())
                : nil,
            pagination: Bool.random(using: &random)
                ? Pagination(page: Bool.random(using: &random) ? Int.random(in: -5...500, using: &random) : nil, nextURL: maybe(), previousURL: maybe())
                : nil,
            declaredCommentCount: Bool.random(using: &random) ? Int.random(in: Int.min...Int.max, using: &random) : nil,
            comments: comments,
            diagnostics: (0..<Int.random(in: 0...2, using: &random)).map { _ in Diagnostic(.init(text()), text()) })
    }

    /// Characters from the ranges where escaping rules differ, and plain text between them.
    private func randomString(_ random: inout SeededRandom) -> String {
        let ranges: [ClosedRange<UInt32>] = [
            0x00...0x1F, 0x20...0x7F, 0x22...0x22, 0x2F...0x2F, 0x5C...0x5C, 0x7F...0x9F, 0xA0...0x7FF,
            0x2028...0x2029, 0x300...0x36F, 0xD7F0...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF,
        ]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...24, using: &random) {
            let value = UInt32.random(in: ranges.randomElement(using: &random)!, using: &random)
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
