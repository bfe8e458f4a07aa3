/// The output formats by name, as the command line offers them.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// JSON of `thread.schema.json`, version 1.
    case json
    /// JSON Lines: one thread per line, for batches and cluster jobs.
    case jsonl
    /// A CommonMark transcript.
    case markdown
    /// A standalone page to read offline.
    case html
    /// WordPress eXtended RSS 1.2, for the WordPress importer.
    case wxr
    /// A SQLite database: sites, threads, comments, people, diagnostics and a full-text index.
    case sqlite

    /// The exporter for this format; `markdown` shapes the Markdown layout.
    public func exporter(markdown: MarkdownExporter.Options = MarkdownExporter.Options()) -> any ThreadExporter {
        switch self {
        case .json: JSONExporter()
        case .jsonl: JSONExporter(lines: true)
        case .markdown: MarkdownExporter(options: markdown)
        case .html: HTMLExporter()
        case .wxr: WXRExporter()
        case .sqlite: SQLiteExporter()
        }
    }
}
