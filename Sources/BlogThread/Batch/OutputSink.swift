#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RawFileSystem

/// Where results written one after another go: standard output, or a file written under a
/// temporary name beside it and renamed into place once the batch is done.
struct OutputSink: ResultSink {
    private let destination: BatchRunner.Destination
    /// Whether results may follow one another (JSON Lines); otherwise a second one is refused,
    /// since two JSON documents or transcripts run together are neither.
    private let allowsSeveral: Bool
    private var output: FileDescriptor?
    private var temporaryPath: InputPath?
    private var written = 0
    private var failure: ReadError?

    init(_ destination: BatchRunner.Destination, allowsSeveral: Bool) {
        self.destination = destination
        self.allowsSeveral = allowsSeveral
    }

    var takesThreads: Bool { false }

    /// Writes the thread's bytes; nothing where there are none (each went to a file of its own).
    mutating func append(_ thread: ExtractedThread, data: Data?) -> ReadError? {
        guard let data else { return nil }
        return append(data, from: thread.source.file)
    }

    /// Writes one result; returns why not where it was refused.
    mutating func append(_ data: Data, from file: String?) -> ReadError? {
        guard allowsSeveral || written == 0 else {
            return ReadError(file: file, reason: "is one of several pages: use --format jsonl or --output-dir")
        }
        written += 1
        switch destination {
        case .directory: return nil
        case .standardOutput: write(data, to: .standardOutput, named: "standard output")
        case .file(let path):
            if output == nil, failure == nil { open(path) }
            if let output { write(data, to: output, named: path.description) }
        }
        return nil
    }

    /// A full disk or a closed descriptor fails the first write; it is reported once, at the
    /// end, and nothing more is written after it.
    private mutating func write(_ data: Data, to file: FileDescriptor, named name: String) {
        guard failure == nil else { return }
        do {
            try file.write(data)
        } catch {
            failure = ReadError(file: name, reason: "could not be written: \(error)")
        }
    }

    private mutating func open(_ path: InputPath) {
        let temporary = PartialFiles.temporaryPath(for: path)
        PartialFiles.register(temporary)
        switch FileChanges.openForWriting(temporary.bytes) {
        case .success(let opened):
            output = opened
            temporaryPath = temporary
        case .failure:
            PartialFiles.unregister(temporary)
            failure = ReadError(file: path.description, reason: "cannot be written")
        }
    }

    /// Closes the file and moves it into place; the error where that failed.
    mutating func finish() -> ReadError? {
        guard case .file(let path) = destination else { return failure }
        if output == nil, failure == nil { open(path) }
        if let failure {
            if let temporaryPath { FileChanges.remove(temporaryPath.bytes) }
            return failure
        }
        guard let output, let temporaryPath else { return nil }
        defer { PartialFiles.unregister(temporaryPath) }
        do {
            try output.close()
        } catch {
            FileChanges.remove(temporaryPath.bytes)
            return ReadError(file: path.description, reason: "could not be written: \(error)")
        }
        if case .failure(let error) = FileChanges.rename(temporaryPath.bytes, to: path.bytes) {
            FileChanges.remove(temporaryPath.bytes)
            return ReadError(file: path.description, reason: "could not be written: \(error)")
        }
        return nil
    }
}
