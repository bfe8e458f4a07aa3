import Foundation
import XCTest

/// The built `blogthread` beside the tests, run as a user would.
public enum BlogThreadBinary {
    public struct Run {
        public var status: Int32
        public var reason: Process.TerminationReason
        public var output: String
        public var errors: String

        /// Standard output read as JSON Lines.
        public var lines: [[String: Any]] {
            output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }

    public static var url: URL { Bundle.main.bundleURL.appendingPathComponent("blogthread") }

    /// The binary's path, or a skip where it is not built.
    public static var binary: URL {
        get throws {
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw XCTSkip("blogthread is not built beside the tests")
            }
            return url
        }
    }

    /// The binary ready to run, or a skip where it is not built.
    public static func process(_ arguments: [String], in directory: URL? = nil) throws -> Process {
        try process(binary, arguments, in: directory)
    }

    /// Runs to the end with `input` on standard input; standard output goes to `standardOutput`
    /// where given (a file such as `/dev/full`), else is collected.
    public static func run(
        _ arguments: [String], input: Data = Data(), in directory: URL? = nil, standardOutput: FileHandle? = nil
    ) throws -> Run {
        try run(process(arguments, in: directory), input: input, standardOutput: standardOutput)
    }

    /// Runs `script` with `/bin/sh`, `$0` naming the binary: for what a process cannot be given
    /// directly, such as a closed standard output (`"$0" page.html >&-`).
    public static func runInShell(_ script: String, _ arguments: [String] = []) throws -> Run {
        try run(process(URL(fileURLWithPath: "/bin/sh"), ["-c", script, binary.path] + arguments, in: nil),
                input: Data(), standardOutput: nil)
    }

    private static func process(_ executable: URL, _ arguments: [String], in directory: URL?) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        return process
    }

    private static func run(_ process: Process, input: Data, standardOutput: FileHandle?) throws -> Run {
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = standardOutput ?? output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        // Standard input is fed from a thread of its own: a page larger than a pipe's buffer
        // would otherwise block while the tool's output fills up unread.
        let feeder = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        feeder.start()
        let errorData = ErrorCollector(errors.fileHandleForReading)
        let out = standardOutput == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, reason: process.terminationReason,
                   output: String(decoding: out, as: UTF8.self), errors: String(decoding: errorData.finish(), as: UTF8.self))
    }
}

/// Drains a pipe on a thread of its own, so neither output can fill up while the other is read.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
