import Foundation
import XCTest

/// One run of the `blogthread` built beside the tests, as a user would run it: what it printed
/// and how it exited.
struct BinaryRun {
    var status: Int32
    var output: String
    var errors: String

    /// Standard output read as JSON Lines.
    var lines: [[String: Any]] {
        output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    static var binary: URL {
        get throws {
            let binary = Bundle.main.bundleURL.appendingPathComponent("blogthread")
            guard FileManager.default.isExecutableFile(atPath: binary.path) else {
                throw XCTSkip("blogthread is not built beside the tests")
            }
            return binary
        }
    }

    /// Runs `blogthread ARGUMENTS` in `directory` with `input` on standard input; standard output
    /// goes to `standardOutput` where given (a file such as `/dev/full`), else is collected.
    static func run(
        _ arguments: [String], input: Data = Data(), in directory: URL? = nil, standardOutput: FileHandle? = nil
    ) throws -> BinaryRun {
        try run(binary, arguments, input: input, in: directory, standardOutput: standardOutput)
    }

    /// Runs `script` with `/bin/sh`, `$0` naming the binary: for what a process cannot be given
    /// directly, such as a closed standard output (`"$0" page.html >&-`).
    static func runInShell(_ script: String, _ arguments: [String] = []) throws -> BinaryRun {
        try run(URL(fileURLWithPath: "/bin/sh"), ["-c", script, try binary.path] + arguments, input: Data(), in: nil, standardOutput: nil)
    }

    private static func run(
        _ executable: URL, _ arguments: [String], input: Data, in directory: URL?, standardOutput: FileHandle?
    ) throws -> BinaryRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = standardOutput ?? output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let out = standardOutput == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRun(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            errors: String(decoding: err, as: UTF8.self))
    }
}
