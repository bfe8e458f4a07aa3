#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import BlogThread
import RawFileSystem

extension ExportFormat: ExpressibleByArgument {}

/// How replies are nested in Markdown.
enum ReplyLayout: String, ExpressibleByArgument, CaseIterable {
    case quotes
    case lists
}

/// What the inputs hold.
enum InputLayout: String, ExpressibleByArgument, CaseIterable {
    /// Pages and archives of them, told apart by content.
    case pages
    /// JSON Lines of `{"url": …, "html": …}`.
    case jsonl
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
        abstract: "Turn saved web pages of blog posts and discussions into JSON, Markdown, HTML, WXR or a SQLite database.",
        discussion: """
            INPUT is a saved page (.html, .htm, .xhtml, gzipped or not; MHTML), a web archive (.warc, .warc.gz), a folder \
            (searched recursively for them) or - for standard input; what a file holds is told \
            from its content. One page without --output-dir prints to standard output; with \
            --output-dir each page (each archive record) is written to DIR/<name>.json or \
            DIR/<name>.md; --format jsonl writes one thread per line to standard output or \
            --output, --format wxr one item per thread, and --format sqlite --output FILE adds \
            every thread to one database, replacing a thread written before. A page that cannot be read is reported on standard error and the rest go \
            on; a batch ends with a summary line. The exit status is 1 when any failed and 2 for \
            usage errors.
            """,
        version: BlogThreadVersion.current)

    @Option(name: .shortAndLong, help: "Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat = .json

    @Option(name: [.customShort("o", allowingJoined: true), .long], help: "Write one file per page (per archive record) into this folder.")
    var outputDir: String?

    @Option(help: ArgumentHelp(
        "Write the results, one after another, into this file (--format jsonl, or wxr: one channel); with --format sqlite, add them to this database.",
        valueName: "file"))
    var output: String?

    @Flag(help: "With --output-dir: pass over pages whose result is already there (resume a batch).")
    var skipExisting = false

    @Option(help: ArgumentHelp("Read the inputs' paths from this file, one a line (- for standard input).", valueName: "file"))
    var filesFrom: String?

    @Option(help: "What the inputs hold: pages (pages and archives, told apart by content) or jsonl (lines of {\"url\": …, \"html\": …}; standard input when no INPUT is given).")
    var input: InputLayout = .pages

    @Flag(help: "Join the pages of one thread (comment pages, forum pages, captures over time) into one thread.")
    var merge = false

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

    @Option(help: ArgumentHelp(
        "Refuse, unread, any page (a file, an archive record, a JSON line) larger than this: bytes, or a number with K, M or G.",
        valueName: "size"))
    var maxPageSize = ByteSize(bytes: BatchRunner.Options.standardMaximumPageSize)

    @Option(name: [.customShort("j"), .long], help: "Pages to work on at once (default: one per core).")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "Print only what failed: no summary line, no progress bar.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print a line for every thread written: its engine, its comments and what did not add up.")
    var verbose = false

    @Argument(help: "Saved pages, archives, folders of them, or - for standard input.")
    var inputs: [String] = []

    /// Whether results may follow one another on standard output or in --output.
    private var writesSeveral: Bool { format == .jsonl || format == .wxr || format == .sqlite || merge }

    func validate() throws {
        guard !inputs.isEmpty || filesFrom != nil || input == .jsonl else {
            throw ValidationError("Give at least one INPUT (or --files-from).")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if quiet, verbose { throw ValidationError("--quiet and --verbose exclude each other.") }
        _ = try reader()
        if outputDir != nil, output != nil { throw ValidationError("--output and --output-dir exclude each other.") }
        if format == .sqlite, output == nil, outputDir == nil {
            throw ValidationError("--format sqlite needs --output FILE (one database for the batch) or --output-dir DIR.")
        }
        if skipExisting, outputDir == nil { throw ValidationError("--skip-existing needs --output-dir.") }
        if let outputDir, let problem = OutputFolder.problem(with: RawArguments.path(for: outputDir)) { throw ValidationError("--output-dir: \(problem).") }
        if filesFrom == "-", inputs.contains("-") {
            throw ValidationError("Standard input cannot be both --files-from - and an INPUT.")
        }
        if outputDir == nil, !writesSeveral, filesFrom != nil || inputs.count > 1 || RawArguments.paths(for: inputs).contains(where: isFolder) {
            let several = if inputs.count == 1, filesFrom == nil { "\(inputs[0]) is a folder: its pages" } else { "Several inputs" }
            throw ValidationError(
                "\(several) need --output-dir DIR (one file each) or --format jsonl (one thread a line on standard output).")
        }
    }

    func run() throws {
        var arguments = RawArguments.paths(for: inputs)
        if let filesFrom {
            do throws(ReadError) {
                arguments += try FileList.paths(in: filesFrom == "-" ? nil : RawArguments.path(for: filesFrom))
            } catch {
                Self.report(error)
                throw ExitCode.failure
            }
        } else if arguments.isEmpty {
            arguments = [InputPath("-")]
        }
        let (pages, problems) = InputFiles.expand(arguments)
        let exporter = format.exporter(
            markdown: MarkdownExporter.Options(
                includePost: !noPost, replyStyle: replies == .quotes ? .nestedQuotes : .indentedLists,
                tables: tables == .pipes ? .pipe : .plainText))
        let runner = BatchRunner(
            exporter: exporter, reader: try reader(), jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        for problem in problems { Self.report(problem) }
        let destination: BatchRunner.Destination =
            if let outputDir { .directory(RawArguments.path(for: outputDir)) } else if let output {
                .file(RawArguments.path(for: output))
            } else { .standardOutput }
        let options = BatchRunner.Options(
            destination: destination, skipExisting: skipExisting, jsonLinesInput: input == .jsonl, merge: merge,
            maximumPageSize: maxPageSize.bytes)
        let bar = quiet ? nil : ProgressBar()
        var summary = runner.run(
            pages, options: options, report: Self.report, written: verbose ? Self.describe : { _ in },
            progress: { bar?.update($0, fraction: $1) })
        bar?.finish()
        summary.pages += problems.count
        summary.failures += problems
        // One page printed on standard output needs no summary; anything more gets one.
        if !quiet, summary.pages + summary.skippedRecords.count > 1 || destination != .standardOutput {
            StandardError.print(summary.line)
        }
        if !summary.failures.isEmpty { throw ExitCode.failure }
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

    private func isFolder(_ path: InputPath) -> Bool {
        (try? FileStatus.of(path.bytes).get().kind) == .folder
    }

    @Sendable private static func report(_ error: ReadError) {
        StandardError.print("blogthread: \(error)")
    }

    /// `--verbose`: `blogthread: FILE: wordpress, 3 comments (1 pingback), declared 3; count-mismatch`.
    private static func describe(_ thread: ExtractedThread) {
        let pings = thread.comments.filter { $0.kind != .comment }.count
        var line = "blogthread: \(thread.source.file ?? "standard input"): \(thread.source.platform), "
            + "\(thread.comments.count - pings) comments"
        if pings > 0 { line += " (\(pings) pingbacks and trackbacks)" }
        if let declared = thread.declaredCommentCount { line += ", declared \(declared)" }
        if !thread.diagnostics.isEmpty { line += "; " + thread.diagnostics.map(\.code.rawValue).joined(separator: ", ") }
        StandardError.print(line)
    }

    /// Usage errors exit 2, as the shell's own tools do.
    static func main() {
        MallocTuning.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                StandardError.print(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
