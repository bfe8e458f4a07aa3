import Foundation
import TestSupport
import XCTest

/// Files as shells and hostile folders hand them over: names that clash, links, empty folders,
/// pipes, interrupted runs, output folders that cannot be made.
final class HostileInputCommandLineTests: ScratchFolderTestCase {
    private static let page = Array(
        WordPressPages.page(post: "https://blog.example.com/a/", entries: [.init("1", author: "Ann", text: "Hi")], declared: 1).utf8)

    @discardableResult
    private func write(_ name: String, _ bytes: [UInt8] = page) throws -> URL {
        let url = workspace.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url
    }

    private func path(_ name: String) -> String { workspace.appendingPathComponent(name).path }

    private func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path(folder)).sorted()
    }

    func testNamesThatWouldClashGetFilesOfTheirOwn() throws {
        try write("pages/a.html")
        try write("pages/a.htm")
        try write("pages/a-2.html")
        try write("stdin.html")
        let folder = try BlogThreadBinary.run(["-o", path("out"), path("pages")])
        XCTAssertEqual(folder.status, 0, folder.errors)
        XCTAssertEqual(try files(in: "out"), ["a-2.json", "a-3.json", "a.json"])
        let stdin = try BlogThreadBinary.run(["-o", path("out2"), "-", path("stdin.html")], input: Data(Self.page))
        XCTAssertEqual(stdin.status, 0, stdin.errors)
        XCTAssertEqual(try files(in: "out2"), ["stdin-2.json", "stdin.json"])
    }

    /// `caf\xE9.html`: a Latin-1 name, not UTF-8. Read by its bytes whether named, listed or found
    /// in a folder; its result named with the byte escaped (`caf%E9.json`), clear of a file that
    /// is really called that; messages name it readably.
    func testANameThatIsNotUTF8IsReadAndNamedReadably() throws {
        try FileManager.default.createDirectory(atPath: path("latin1"), withIntermediateDirectories: true)
        try RawNamedFile.write(Self.page, to: Array(path("latin1/caf").utf8) + [0xE9] + Array(".html".utf8))
        try write("latin1/caf%E9.html")

        let walked = try BlogThreadBinary.run(["-o", path("out"), path("latin1")])
        XCTAssertEqual(walked.status, 0, walked.errors)
        XCTAssertEqual(try files(in: "out"), ["caf%E9-2.json", "caf%E9.json"])
        let sources = try files(in: "out").map { try String(contentsOfFile: path("out/\($0)"), encoding: .utf8) }
        XCTAssertTrue(sources.allSatisfy { $0.contains("\"Ann\"") })
        XCTAssertTrue(sources.contains { $0.contains(#"latin1/caf\\xE9.html""#) }, "source.file names the byte")

        // The shell hands the name's bytes over as they are: printf makes the byte.
        let named = try BlogThreadBinary.runInShell(#""$0" -o "$1" "$(printf '%s/caf\351.html' "$2")""#, [path("out2"), path("latin1")])
        XCTAssertEqual(named.status, 0, named.errors)
        XCTAssertEqual(try files(in: "out2"), ["caf%E9.json"])

        try Data(Array(path("latin1/caf").utf8) + [0xE9] + Array(".html\n".utf8)).write(to: URL(fileURLWithPath: path("list")))
        let listed = try BlogThreadBinary.run(["--files-from", path("list"), "--format", "jsonl"])
        XCTAssertEqual(listed.status, 0, listed.errors)
        XCTAssertEqual(listed.lines.count, 1)

        // The list file's own name is not UTF-8 either.
        try RawNamedFile.write(Array(path("latin1/caf").utf8) + [0xE9] + Array(".html\n".utf8), to: Array(path("l").utf8) + [0xEF])
        let listedByRawName = try BlogThreadBinary.runInShell(
            #""$0" --format jsonl --files-from "$(printf '%s/l\357' "$1")""#, [workspace.path])
        XCTAssertEqual(listedByRawName.status, 0, listedByRawName.errors)
        XCTAssertEqual(listedByRawName.lines.count, 1)
        let unlisted = try BlogThreadBinary.runInShell(#""$0" --format jsonl --files-from "$(printf '%s/m\357' "$1")""#, [workspace.path])
        XCTAssertEqual(unlisted.status, 1)
        XCTAssertTrue(unlisted.errors.contains(#"/m\xEF: no such file"#), unlisted.errors)

        let missing = try BlogThreadBinary.runInShell(#""$0" "$(printf '%s/gon\351.html' "$1")""#, [path("latin1")])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains(#"latin1/gon\xE9.html: no such file"#), missing.errors)
    }

    /// A pipe found in a folder is not read: nothing would ever write it.
    func testALinkedFolderIsReadAndAnEmptyOneIsNamed() throws {
        try write("pages/a.html")
        XCTAssertEqual(mkfifo(path("pages/stream.html"), 0o600), 0)
        try FileManager.default.createSymbolicLink(atPath: path("linked"), withDestinationPath: path("pages"))
        try FileManager.default.createDirectory(atPath: path("empty"), withIntermediateDirectories: true)
        let result = try BlogThreadBinary.run(["-o", path("out"), path("linked"), path("empty")])
        XCTAssertEqual(try files(in: "out"), ["a.json"])
        XCTAssertEqual(result.status, 1, "an empty folder named on the command line is a failed input")
        XCTAssertTrue(result.errors.contains("empty: the folder holds no page"), result.errors)
    }

    func testAPipeIsReadAsAPage() throws {
        let fifo = path("pipe")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let writer = Thread {
            // Opening a pipe's writing end waits for the reader, then the page goes through.
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data(Self.page))
                try? handle.close()
            }
        }
        writer.start()
        let result = try BlogThreadBinary.run([fifo])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.contains("\"Ann\""), result.output)
    }

    /// `out\xE9`, `all\xE9.jsonl`: output names that are not UTF-8 (made by printf, as a shell
    /// hands them over) are written as named, by their bytes, as `-o DIR` or `--output-dir=DIR`;
    /// nothing lands under U+FFFD, and messages show the byte as `\xE9`.
    func testAnOutputFolderOrFileWhoseNameIsNotUTF8IsWrittenAsNamed() throws {
        try write("pages/a.html")
        try write("pages/b.html")
        let folder = try BlogThreadBinary.runInShell(
            #"d="$(printf '%s/out\351' "$1")"; mkdir "$d" && : > "$d/.old.json.2147483647.blogthread-partial" && "$0" -q -o "$d" "$2" && "$0" -q --output-dir="$d/sub" "$2" && ls -A "$d" "$d/sub""#,
            [workspace.path, path("pages")])
        XCTAssertEqual(folder.status, 0, folder.errors)
        XCTAssertEqual(
            folder.output, "\(path("out"))\u{FFFD}:\na.json\nb.json\nsub\n\n\(path("out"))\u{FFFD}/sub:\na.json\nb.json\n",
            "a dead run's partial file is swept from the folder")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out\u{FFFD}")), "written under the bytes, not under U+FFFD")
        let again = try BlogThreadBinary.runInShell(#""$0" --skip-existing -o "$(printf '%s/out\351' "$1")" "$2""#, [workspace.path, path("pages")])
        XCTAssertEqual(again.status, 0, again.errors)
        XCTAssertTrue(again.errors.contains("2 pages, 0 threads, 2 already written, 0 failed"), again.errors)

        let file = try BlogThreadBinary.runInShell(
            #"f="$(printf '%s/all\351.jsonl' "$1")"; "$0" -q --format jsonl --output "$f" "$2" && wc -l < "$f" && ls -a "$1""#,
            [workspace.path, path("pages")])
        XCTAssertEqual(file.status, 0, file.errors)
        XCTAssertEqual(file.output.split(separator: "\n").first?.trimmingCharacters(in: .whitespaces), "2")
        XCTAssertFalse(file.output.contains("blogthread-partial"), "the partial file was renamed into place: \(file.output)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("all\u{FFFD}.jsonl")))

        let attached = try BlogThreadBinary.runInShell(
            #"d="$(printf '%s/joined\351' "$1")"; "$0" -q -o"$d" "$2" && ls "$d""#, [workspace.path, path("pages")])
        XCTAssertEqual(attached.status, 0, attached.errors)
        XCTAssertEqual(attached.output, "a.json\nb.json\n", "-oDIR is the folder of those bytes too")

        let database = try BlogThreadBinary.runInShell(
            #"f="$(printf '%s/all\351.sqlite' "$1")"; "$0" -q --format sqlite --output "$f" "$2" && ls "$1" | grep -c sqlite"#,
            [workspace.path, path("pages")])
        XCTAssertEqual(database.status, 0, database.errors)
        XCTAssertEqual(database.output, "1\n", "the database (its journal folded back in) is the one file of that name")
        XCTAssertEqual(try ArchiveFile(pathBytes: Array(path("all").utf8) + [0xE9] + Array(".sqlite".utf8)).integer("SELECT count(*) FROM threads"), 1, "the two copies of one page are one thread")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("all\u{FFFD}.sqlite")))

        try RawNamedFile.write([], to: Array(path("f").utf8) + [0xE9])
        let inFile = try BlogThreadBinary.runInShell(#""$0" -o "$(printf '%s/f\351/sub' "$1")" "$2""#, [workspace.path, path("pages")])
        XCTAssertEqual(inFile.status, 2)
        XCTAssertTrue(inFile.errors.hasPrefix(#"Error: --output-dir: \#(path("f"))\xE9 is a file, not a folder."#), inFile.errors)
        let unwritable = try BlogThreadBinary.runInShell(
            #""$0" --format jsonl --output "$(printf '%s/gon\351/all.jsonl' "$1")" "$2""#, [workspace.path, path("pages")])
        XCTAssertEqual(unwritable.status, 1)
        XCTAssertTrue(unwritable.errors.contains(#"\#(path("gon"))\xE9/all.jsonl: cannot be written"#), unwritable.errors)
    }

    func testAnOutputFolderInsideAFileIsOneUsageError() throws {
        try write("afile", [])
        let page = try write("post.html")
        let result = try BlogThreadBinary.run(["-o", path("afile/sub"), page.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.errors.split(separator: "\n").first.map(String.init), "Error: --output-dir: \(path("afile")) is a file, not a folder.")
    }

    func testARelativeOutputFolderOfSeveralPartsIsMadeAndDashIsOneUsageError() throws {
        let page = try write("post.html")
        let made = try BlogThreadBinary.run(["-o", "new/sub", page.path], in: workspace)
        XCTAssertEqual(made.status, 0, made.errors)
        XCTAssertEqual(try files(in: "new/sub"), ["post.json"])
        let dash = try BlogThreadBinary.run(["-o", "-", page.path], in: workspace)
        XCTAssertEqual(dash.status, 2, dash.errors)
        XCTAssertTrue(dash.errors.hasPrefix("Error: --output-dir: - is standard output, not a folder"), dash.errors)
    }

    func testAPageOverTheSizeLimitIsRefusedByNameAndTheRestAreWritten() throws {
        try write("pages/large.html", Self.page + Array(String(repeating: "<p>more</p>", count: 400).utf8))
        try write("pages/small.html")
        let result = try BlogThreadBinary.run(["--max-page-size", "4K", "-o", path("out"), path("pages")])
        XCTAssertEqual(result.status, 1, result.errors)
        XCTAssertTrue(result.errors.contains("large.html: larger than the page size limit of 4 KB ("), result.errors)
        XCTAssertEqual(try files(in: "out"), ["small.json"])
        for size in ["64M", "1g", "512KB", "100000"] {
            XCTAssertEqual(try BlogThreadBinary.run(["--max-page-size", size, path("pages/small.html")]).status, 0, size)
        }
        for size in ["0", "-1", "M", "12X", "1.5M"] {
            XCTAssertEqual(try BlogThreadBinary.run(["--max-page-size", size, path("pages/small.html")]).status, 2, size)
        }
        XCTAssertTrue(try BlogThreadBinary.run(["--help"]).output.contains("--max-page-size <size>"))
    }

    /// Pages that are hostile but readable are all written, a limit that cut one is named, and
    /// only the pages that are no page at all fail the batch.
    func testAHostileBatchWritesEveryReadablePageAndFailsOnlyForTheUnreadable() throws {
        let utf16 = [UInt8](try XCTUnwrap(String(decoding: Self.page, as: UTF8.self).data(using: .utf16LittleEndian)))
        try write("batch/truncated.html", Array(Self.page.prefix(Self.page.count * 2 / 3)))
        try write("batch/invalid-utf8.html", Array(Self.page.prefix(400)) + [0xFF, 0xC3, 0x28] + Self.page.dropFirst(400))
        try write("batch/nul.html", [0] + Self.page)
        try write("batch/utf16.html", [0xFF, 0xFE] + utf16)
        try write("batch/utf16-unmarked.html", utf16)
        // Nested past the depth limit after its comments: they are kept, the rest is cut and said to be.
        let html = String(decoding: Self.page, as: UTF8.self)
        try write("batch/deep.html", Array(html.replacingOccurrences(of: "</body>", with: String(repeating: "<div>", count: 5000) + "deep").utf8))
        try write("batch/entity.html", Array(#"<?xml version="1.0"?><!DOCTYPE d [ <!ENTITY e "x"> ]><d><post><message>&e;</message></post></d>"#.utf8))
        try write("batch/empty.html", [])
        try write("batch/binary.html", [0x7F, 0x45, 0x4C, 0x46] + (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let result = try BlogThreadBinary.run(["-v", "-o", path("out"), path("batch")])
        XCTAssertEqual(result.status, 1, result.errors)
        let failed = result.errors.split(separator: "\n").filter { $0.contains("not a web page") || $0.contains("empty") }
        XCTAssertEqual(failed.count, 2, result.errors)
        XCTAssertTrue(result.errors.contains("binary.html: not a web page: an ELF executable"), result.errors)
        XCTAssertTrue(result.errors.contains("empty.html: the file is empty"), result.errors)
        XCTAssertTrue(result.errors.split(separator: "\n").contains {
            $0.contains("deep.html") && $0.contains("limit-reached")
        }, result.errors)
        XCTAssertEqual(try files(in: "out"), [
            "deep.json", "entity.json", "invalid-utf8.json", "nul.json", "truncated.json", "utf16-unmarked.json", "utf16.json",
        ])
        for name in ["nul", "utf16", "utf16-unmarked", "invalid-utf8", "deep"] {
            let thread = try String(contentsOfFile: path("out/\(name).json"), encoding: .utf8)
            XCTAssertTrue(thread.contains("\"Ann\""), name)
        }
        try FileManager.default.removeItem(atPath: path("batch/empty.html"))
        try FileManager.default.removeItem(atPath: path("batch/binary.html"))
        XCTAssertEqual(try BlogThreadBinary.run(["-q", "-o", path("out2"), path("batch")]).status, 0)
    }

    func testHelpNamesEveryPageExtension() throws {
        let help = try BlogThreadBinary.run(["--help"])
        for name in [".html", ".htm", ".xhtml"] { XCTAssertTrue(help.output.contains(name), name) }
    }

    func testPartialFilesOfADeadRunAreSweptAndALiveRunsAreLeft() throws {
        let page = try write("post.html")
        try write("out/.old.json.\(Int32.max).blogthread-partial", [1, 2, 3])
        let live = ".other.json.\(getpid()).blogthread-partial"
        try write("out/\(live)", [1])
        let result = try BlogThreadBinary.run(["-o", path("out"), page.path])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(try files(in: "out"), [live, "post.json"])
    }

    /// An interrupted run takes its partial files with it and dies of the signal.
    func testATerminatedRunLeavesNoPartialFile() throws {
        for index in 1...8 { try write("pages/p\(index).html") }
        let fifo = path("never-written")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        // One worker takes eight pages at a time: the first eight are written to the open
        // partial file of --output, then reading the pipe waits for ever.
        let process = try BlogThreadBinary.process(["--format", "jsonl", "--output", path("all.jsonl"), "-j", "1", path("pages"), fifo])
        process.standardError = FileHandle.nullDevice
        try process.run()
        var partial: String?
        for _ in 0..<600 where partial == nil {
            partial = try files(in: "").first { $0.hasSuffix(".blogthread-partial") }
            if partial == nil { usleep(50_000) }
        }
        XCTAssertNotNil(partial, "the partial file appears once the first pages are read")
        process.terminate()
        for _ in 0..<200 where process.isRunning { usleep(50_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            XCTFail("SIGTERM did not end the run")
        }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(process.terminationStatus, SIGTERM)
        XCTAssertEqual(try files(in: "").filter { $0.hasSuffix(".blogthread-partial") }, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("all.jsonl")))
    }
}
