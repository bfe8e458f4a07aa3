import Foundation
import XCTest

/// Every public symbol of the library a client imports carries a doc comment: declarations marked
/// `public` in the facade, the model and the exporters, and the cases of their public enums.
/// Witnesses of standard protocols (`encode(to:)`, `description`, …) inherit the protocol's.
final class PublicDocumentationTests: XCTestCase {
    private static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    private static let inherited = [
        "init(from decoder:", "func encode(to encoder:", "var description: String", "static func ==",
        "func hash(into", "var id: String", "func makeAsyncIterator", "func makeIterator",
    ]

    func testEveryPublicSymbolIsDocumented() throws {
        var undocumented: [String] = []
        var declarations = 0
        for module in ["BlogThread", "ThreadModel", "ThreadExport"] {
            let folder = Self.sources.appendingPathComponent(module)
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
            for file in files.sorted() {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for (line, declaration) in Self.publicDeclarations(in: text) {
                    declarations += 1
                    if !declaration.documented { undocumented.append("\(module)/\(file):\(line): \(declaration.text)") }
                }
            }
        }
        XCTAssertGreaterThan(declarations, 150, "the scan found too few declarations to be reading the sources")
        XCTAssertEqual(undocumented, [], "\(undocumented.count) public symbols without a doc comment")
    }

    func testTheScanSeesUndocumentedDeclarationsAndEnumCases() {
        let source = """
            /// Documented.
            public enum E {
                /// Documented.
                case a
                case b
                func f() { switch self { case .a: break; case .b: break } }
            }
            public struct S {
                @discardableResult
                public func g() -> Int { 1 }
                public var description: String { "" }
            }
            """
        let found = Self.publicDeclarations(in: source).filter { !$0.1.documented }.map(\.1.text)
        XCTAssertEqual(found, ["case b", "public struct S {", "public func g() -> Int { 1 }"])
    }

    /// Public declarations and cases of public enums, with their line numbers, and whether a
    /// `///` comment precedes them (attributes in between allowed).
    private static func publicDeclarations(in text: String) -> [(Int, (text: String, documented: Bool))] {
        let lines = text.components(separatedBy: "\n")
        var found: [(Int, (text: String, documented: Bool))] = []
        // What each open brace belongs to: true for the body of a public enum.
        var scopes: [Bool] = []
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let isPublic = line.hasPrefix("public ") && !line.hasPrefix("public import")
            let isCase = line.hasPrefix("case ") && scopes.last == true
            if (isPublic || isCase) && !inherited.contains(where: line.contains) {
                var previous = index - 1
                while previous >= 0, lines[previous].trimmingCharacters(in: .whitespaces).hasPrefix("@") { previous -= 1 }
                let documented = previous >= 0 && lines[previous].trimmingCharacters(in: .whitespaces).hasPrefix("///")
                found.append((index + 1, (line, documented)))
            }
            let code = line.replacingOccurrences(of: #""([^"\\]|\\.)*""#, with: "", options: .regularExpression)
            for character in code {
                if character == "{" {
                    scopes.append(code.range(of: #"^public (indirect )?enum "#, options: .regularExpression) != nil)
                } else if character == "}" {
                    _ = scopes.popLast()
                }
            }
        }
        return found
    }
}
