import Foundation
import XCTest

/// The built `blogthread` beside the tests, run as a user would.
public enum BlogThreadBinary {
    public struct Run {
        public var status: Int32
        public var reason: Process.TerminationReason
        public var output: String
        public var errors: String
    }

    public static var url: URL { Bundle.main.bundleURL.appendingPathComponent("blogthread") }

    /// The binary ready to run, or a skip where it is not built.
    public static func process(_ arguments: [String], in directory: URL? = nil) throws -> Process {
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw XCTSkip("blogthread is not built beside the tests")
        }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        return process
    }

    /// Runs to the end with `input` on standard input.
    public static func run(_ arguments: [String], input: Data = Data(), in directory: URL? = nil) throws -> Run {
        let process = try process(arguments, in: directory)
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
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
        let out = output.fileHandleForReading.readDataToEndOfFile()
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
