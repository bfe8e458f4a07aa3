/// The output formats by name, as the command line offers them.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json
    case markdown

    public var exporter: any ThreadExporter {
        switch self {
        case .json: JSONExporter()
        case .markdown: MarkdownExporter()
        }
    }
}
