import ThreadModel

/// Lays out a thread's comments as Markdown blocks, each comment a one-line header and its body.
///
/// Replies are nested under their parent as far as `maxNestingDepth`; deeper replies follow at
/// that depth, each header naming the comment it answers, because twelve levels of quotes or
/// indentation leave no room to read.
struct DiscussionLayout {
    let comments: [Comment]
    let style: MarkdownExporter.ReplyStyle
    let maxNestingDepth: Int

    init(comments: [Comment], style: MarkdownExporter.ReplyStyle, maxNestingDepth: Int) {
        self.comments = comments
        self.style = style
        self.maxNestingDepth = max(0, maxNestingDepth)
    }

    /// The comments section; empty when there are no comments.
    func discussionBlocks() -> [Block] {
        let entries = ReplyTree.entries(comments, maxNestingDepth: maxNestingDepth)
        switch style {
        case .nestedQuotes:
            // A rule between top-level comments marks where one conversation ends.
            return Array(entries.map(quoted).joined(separator: [Block.rule]))
        case .indentedLists:
            return entries.isEmpty ? [] : [listed(entries)]
        }
    }

    /// Pingbacks and trackbacks as a list of links to the pages that linked; nil when there are none.
    func linkbackList() -> Block? {
        let items = comments.filter { $0.kind != .comment }.map { linkback -> [Block] in
            let (name, address) = CommentLabel.linkback(linkback)
            let link = address.map { Inline.link(destination: $0, title: nil, content: [.text(name)]) }
            var header: [[Inline]] = [[link ?? .text(name)], [.text(linkback.kind.rawValue)]]
            if let date = CommentLabel.date(of: linkback) { header.append([.text(date)]) }
            let repeatsTitle = CommentLabel.repeatsTitle(linkback, name: name)
            return [.paragraph(joined(header))] + (repeatsTitle ? [] : linkback.body.blocks)
        }
        return items.isEmpty ? nil : .list(ordered: false, start: 1, items: items)
    }

    // MARK: Blocks

    private func quoted(_ entry: ReplyTree.Entry) -> [Block] {
        own(entry) + entry.replies.map { .quote(quoted($0)) }
    }

    private func listed(_ entries: [ReplyTree.Entry]) -> Block {
        .list(ordered: false, start: 1, items: entries.map { entry in
            own(entry) + (entry.replies.isEmpty ? [] : [listed(entry.replies)])
        })
    }

    private func own(_ entry: ReplyTree.Entry) -> [Block] {
        [.paragraph(header(entry))] + comments[entry.comment].body.blocks
    }

    /// One line: who answers whom (past the deepest level), author (linked), date, permalink,
    /// and a mark when the post's author wrote it.
    private func header(_ entry: ReplyTree.Entry) -> [Inline] {
        let comment = comments[entry.comment]
        var parts: [[Inline]] = []
        if let answered = entry.answers {
            parts.append([.text("↳ reply to " + CommentLabel.authorName(comments[answered]))])
        }
        let name = Inline.text(CommentLabel.authorName(comment))
        let author = comment.author?.url.map { Inline.link(destination: $0, title: nil, content: [name]) }
        parts.append([.strong([author ?? name])])
        if let date = CommentLabel.date(of: comment) { parts.append([.text(date)]) }
        if let url = comment.url { parts.append([.link(destination: url, title: nil, content: [.text("permalink")])]) }
        if comment.isByPostAuthor { parts.append([.emphasis([.text("post author")])]) }
        return joined(parts)
    }

    private func joined(_ parts: [[Inline]]) -> [Inline] {
        Array(parts.joined(separator: [.text(" · ")]))
    }
}
