import Foundation
import TestSupport
import XCTest

/// What a user meets first: the version, help, verbosity, inputs that are no page, an output that
/// cannot be written, a folder given without an output folder.
final class CommandLineSurfaceTests: ScratchFolderTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    private static let page = fixtures.appendingPathComponent("wordpress/seed-wpcom-swedish.html").path
    private static let folder = fixtures.appendingPathComponent("hackernews").path

    func testVersionIsTheLibrarysAndTheREADMEsDependencyLine() throws {
        let result = try BlogThreadBinary.run(["--version"])
        XCTAssertEqual(result.status, 0)
        let version = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertNotNil(version.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression), version)
        let readme = try String(contentsOf: Self.fixtures.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains(#"from: "\#(version)")"#), "the README's dependency snippet names another version")
    }

    func testHelpStatesEachDefaultOnce() throws {
        let help = try BlogThreadBinary.run(["--help"]).output
        XCTAssertTrue(help.contains("--quiet") && help.contains("--verbose") && help.contains("--version"), help)
        let jobs = help.components(separatedBy: "\n").drop { !$0.contains("--jobs") }.prefix(2).joined()
        XCTAssertEqual(jobs.components(separatedBy: "(default:").count, 2, jobs)
    }

    func testInputThatIsNoPageSaysSoAndFails() throws {
        let pdf = workspace.appendingPathComponent("paper.html")
        try Data("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".utf8).write(to: pdf)
        for (arguments, input, says) in [
            ([try BlogThreadBinary.binary.path], Data(), "not a web page: an ELF executable"),
            ([pdf.path], Data(), "not a web page: a PDF document"),
            (["-"], Data("posts/a.html\nposts/b.html\n".utf8), "standard input: not a web page: text without any markup"),
        ] {
            let result = try BlogThreadBinary.run(arguments, input: input)
            XCTAssertEqual(result.status, 1, says)
            XCTAssertTrue(result.errors.contains(says), result.errors)
            XCTAssertEqual(result.output, "", says)
        }
    }

    func testAFullOrClosedStandardOutputIsOneLineAndExitOne() throws {
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        let onFull = try BlogThreadBinary.run([Self.page], standardOutput: full)
        XCTAssertEqual(onFull.status, 1)
        XCTAssertEqual(onFull.errors, "blogthread: standard output: could not be written: No space left on device\n")
        let lines = try BlogThreadBinary.run(["--format", "jsonl", Self.folder], standardOutput: full)
        XCTAssertEqual(lines.status, 1)
        XCTAssertEqual(lines.errors.components(separatedBy: "could not be written").count, 2, lines.errors)
        let closed = try BlogThreadBinary.runInShell(#""$0" "$1" >&-"#, [Self.page])
        XCTAssertEqual(closed.status, 1)
        XCTAssertEqual(closed.errors, "blogthread: standard output: could not be written: Bad file descriptor\n")
    }

    /// Messages that cannot be shown change nothing: the exit status still says what happened.
    func testAFullStandardErrorIsNoCrash() throws {
        let missing = workspace.appendingPathComponent("missing.html").path
        XCTAssertEqual(try BlogThreadBinary.runInShell(#""$0" "$1" 2>/dev/full"#, [missing]).status, 1)
        XCTAssertEqual(try BlogThreadBinary.runInShell(#""$0" --format pdf "$1" 2>/dev/full"#, [missing]).status, 2)
        XCTAssertEqual(try BlogThreadBinary.runInShell(#""$0" -v "$1" >/dev/null 2>/dev/full"#, [Self.page]).status, 0)
    }

    func testOneFolderWithoutAnOutputFolderSaysWhatToGive() throws {
        let result = try BlogThreadBinary.run([Self.folder])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.errors.contains("\(Self.folder) is a folder: its pages need --output-dir DIR"), result.errors)
        XCTAssertTrue(result.errors.contains("--format jsonl"), result.errors)
        XCTAssertFalse(result.errors.contains("Several inputs"), result.errors)
    }

    func testQuietLeavesOnlyFailuresAndVerboseDescribesEachThread() throws {
        let missing = workspace.appendingPathComponent("missing.html").path
        let out = workspace.appendingPathComponent("out").path
        let quiet = try BlogThreadBinary.run(["-q", "--output-dir", out, Self.folder, missing])
        XCTAssertEqual(quiet.status, 1)
        XCTAssertEqual(quiet.errors, "blogthread: \(missing): no such file or folder\n")

        let verbose = try BlogThreadBinary.run(["--verbose", "--output-dir", out, Self.folder])
        XCTAssertEqual(verbose.status, 0, verbose.errors)
        let lines = verbose.errors.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, verbose.errors)
        XCTAssertTrue(lines[0].hasSuffix("ask-hn-threaded.html: hackernews, 8 comments, declared 8; comments-paginated, markup-recovered"), verbose.errors)
        XCTAssertTrue(lines[2].hasPrefix("blogthread: 2 pages"), verbose.errors)

        XCTAssertEqual(try BlogThreadBinary.run(["-q", "-v", Self.page]).status, 2)
    }
}
