import HTMLDOM

/// Posts a page quotes: Instagram, Twitter and Mastodon embeds are a `blockquote` holding the
/// quoted post with its own date and author, which are not the page's.
enum EmbeddedPost {
    static func isQuoted(_ node: Node) -> Bool {
        node.ancestors.contains { $0.is("blockquote") }
    }
}
