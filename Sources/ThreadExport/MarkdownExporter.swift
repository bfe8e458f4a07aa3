#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ThreadModel

/// Writes a thread as one Markdown document: YAML front matter, the post under its title, the
/// comments with replies nested under their parent, then pingbacks and trackbacks.
public struct MarkdownExporter: ThreadExporter {
    /// How replies are nested under their parent.
    public enum ReplyStyle: Sendable, Hashable {
        /// Each level of reply one more level of block quote.
        case nestedQuotes
        /// Comments as a bullet list, each level of reply a sublist.
        case indentedLists
    }

    /// The document's layout.
    public struct Options: Sendable, Hashable {
        /// Whether the post comes before the discussion (false for the discussion alone).
        public var includePost: Bool
        /// Block quotes or indented lists.
        public var replyStyle: ReplyStyle
        /// Pipe tables, or plain paragraphs for renderers without tables.
        public var tables: MarkdownRenderer.TableStyle
        /// How many levels of reply are nested visibly. Deeper replies stay at this level, each
        /// naming the comment it answers, so that a long exchange stays readable.
        public var maxNestingDepth: Int

        /// The layout; the defaults are what the command line uses.
        public init(
            includePost: Bool = true, replyStyle: ReplyStyle = .nestedQuotes,
            tables: MarkdownRenderer.TableStyle = .pipe, maxNestingDepth: Int = 5
        ) {
            self.includePost = includePost
            self.replyStyle = replyStyle
            self.tables = tables
            self.maxNestingDepth = maxNestingDepth
        }
    }

    /// The layout used.
    public var options: Options

    /// An exporter with this layout.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// `md`.
    public var fileExtension: String { "md" }

    /// The document as UTF-8, ending with a newline.
    public func export(_ thread: ExtractedThread) throws -> Data {
        Data(render(thread).utf8)
    }

    /// The document as text, ending with a newline.
    public func render(_ thread: ExtractedThread) -> String {
        var blocks: [Block] = []
        if let title = thread.post?.title {
            blocks.append(.heading(level: 1, content: [.text(title)]))
        }
        if options.includePost, let post = thread.post {
            blocks += post.body.blocks
        }
        let layout = DiscussionLayout(
            comments: thread.comments, style: options.replyStyle, maxNestingDepth: options.maxNestingDepth)
        let discussion = layout.discussionBlocks()
        if !discussion.isEmpty {
            blocks.append(.heading(level: 2, content: [.text("Comments")]))
            blocks += discussion
        }
        if let links = layout.linkbackList() {
            blocks.append(.heading(level: 2, content: [.text("Pingbacks and trackbacks")]))
            blocks.append(links)
        }
        let body = MarkdownRenderer.render(blocks, tables: options.tables)
        return frontMatter(thread) + "\n" + (body.isEmpty ? "" : "\n" + body + "\n")
    }

    /// The thread's metadata as YAML, every value double-quoted so that no title can break it;
    /// keys without a value are left out. A blank line comes before the closing `---`: to a
    /// Markdown reader, which takes the block for a paragraph, the fence is then a rule rather
    /// than the underline of a setext heading made of the metadata.
    private func frontMatter(_ thread: ExtractedThread) -> String {
        let fields: [(key: String, value: String?)] = [
            ("title", thread.post?.title),
            ("author", thread.post?.author?.name),
            ("date", thread.post?.published?.rfc3339),
            ("url", thread.post?.url ?? thread.source.url),
            ("site", thread.site.name),
            ("platform", thread.source.platform.rawValue),
        ]
        let lines = fields.compactMap { field in
            field.value.map { field.key + ": " + MarkdownEscaping.yamlQuoted($0) }
        }
        return (["---"] + lines + ["", "---"]).joined(separator: "\n")
    }
}
