/// The output formats by name, as the command line offers them.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json
    case markdown

    /// The exporter for this format; `markdown` shapes the Markdown layout.
    public func exporter(markdown: MarkdownExporter.Options = MarkdownExporter.Options()) -> any ThreadExporter {
        switch self {
        case .json: JSONExporter()
        case .markdown: MarkdownExporter(options: markdown)
        }
    }
}
