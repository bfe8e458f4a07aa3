import Foundation
import TestSupport
import XCTest

/// Files as shells and hostile folders hand them over: names that clash, links, empty folders,
/// pipes, interrupted runs, output folders that cannot be made.
final class HostileInputCommandLineTests: XCTestCase {
    private var workspace: URL!

    override func setUpWithError() throws {
        workspace = FileManager.default.temporaryDirectory.appendingPathComponent("blogthread-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: workspace)
    }

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

    func testALinkedFolderIsReadAndAnEmptyOneIsNamed() throws {
        try write("pages/a.html")
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

    func testAnOutputFolderInsideAFileIsOneUsageError() throws {
        try write("afile", [])
        let page = try write("post.html")
        let result = try BlogThreadBinary.run(["-o", path("afile/sub"), page.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.errors.split(separator: "\n").first.map(String.init), "Error: --output-dir: \(path("afile")) is a file, not a folder.")
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
