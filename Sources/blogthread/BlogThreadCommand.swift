import ArgumentParser
import BlogThread
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// How replies are nested in Markdown.
enum ReplyLayout: String, ExpressibleByArgument, CaseIterable {
    case quotes
    case lists
}

/// How tables in bodies are written in Markdown.
enum TableLayout: String, ExpressibleByArgument, CaseIterable {
    case pipes
    case text
}

@main
struct BlogThreadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blogthread",
        abstract: "Turn saved web pages of blog posts and discussions into JSON or Markdown.",
        discussion: """
            INPUT is a saved page, a folder (searched recursively for .html and .htm files) or - for \
            standard input. One input without --output-dir prints to standard output; with \
            --output-dir each input is written to DIR/<name>.json or DIR/<name>.md. A page that \
            cannot be read is reported on standard error and the rest go on; the exit status is 1 \
            when any failed and 2 for usage errors.
            """)

    @Option(name: .shortAndLong, help: "Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat = .json

    @Option(name: [.customShort("o"), .long], help: "Write one file per input into this folder.")
    var outputDir: String?

    @Option(help: "Markdown: nest replies as block quotes or as indented lists.")
    var replies: ReplyLayout = .quotes

    @Option(help: "Markdown: write tables as GitHub pipe tables or as plain text.")
    var tables: TableLayout = .pipes

    @Flag(help: "Markdown: leave out the post; write the discussion only.")
    var noPost = false

    @Option(help: ArgumentHelp(
        "Read every page as this engine's instead of the detected one (generic: by the page's structure alone).",
        valueName: "name"))
    var engine: String?

    @Option(name: [.customShort("j"), .long], help: "Pages to work on at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Argument(help: "Saved pages, folders of them, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Give at least one INPUT.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        _ = try reader()
        if outputDir == nil, inputs.count > 1 || inputs.contains(where: isFolder) {
            throw ValidationError("Several inputs need --output-dir.")
        }
    }

    func run() throws {
        let (pages, problems) = InputFiles.expand(inputs)
        let exporter = format.exporter(
            markdown: MarkdownExporter.Options(
                includePost: !noPost, replyStyle: replies == .quotes ? .nestedQuotes : .indentedLists,
                tables: tables == .pipes ? .pipe : .plainText))
        let runner = BatchRunner(exporter: exporter, reader: try reader(), jobs: jobs)
        for problem in problems { Self.report(problem) }
        guard let outputDir else {
            // validate() allows a single input here; it may have named nothing readable.
            guard let page = pages.first else { throw ExitCode.failure }
            do throws(ReadError) {
                let (data, _) = try runner.render(page)
                FileHandle.standardOutput.write(data)
            } catch {
                Self.report(error)
                throw ExitCode.failure
            }
            if !problems.isEmpty { throw ExitCode.failure }
            return
        }
        let summary = runner.run(pages, outputDirectory: outputDir, report: Self.report)
        let failed = summary.failures.count + problems.count
        if pages.count + problems.count > 1 {
            FileHandle.standardError.write(
                Data("blogthread: \(pages.count) pages, \(summary.written) written, \(failed) failed, \(summary.comments) comments\n".utf8))
        }
        if failed > 0 { throw ExitCode.failure }
    }

    /// The reader for `--engine`, or the detecting one.
    private func reader() throws -> ThreadReader {
        guard let engine else { return ThreadReader() }
        do throws(UnknownEngine) {
            return try ThreadReader(engine: Platform(engine.lowercased()))
        } catch {
            throw ValidationError("--engine: \(error).")
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    @Sendable private static func report(_ error: ReadError) {
        FileHandle.standardError.write(Data("blogthread: \(error)\n".utf8))
    }

    /// Usage errors exit 2, as the shell's own tools do.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
