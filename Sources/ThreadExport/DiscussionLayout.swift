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

    /// A comment where it is shown: its replies nested under it, or, past the deepest visible
    /// level, the comment it answers named in its header.
    private struct Entry {
        var comment: Int
        var answers: Int?
        var replies: [Entry]
    }

    init(comments: [Comment], style: MarkdownExporter.ReplyStyle, maxNestingDepth: Int) {
        self.comments = comments
        self.style = style
        self.maxNestingDepth = max(0, maxNestingDepth)
    }

    /// The comments section; empty when there are no comments.
    func discussionBlocks() -> [Block] {
        let entries = visibleEntries()
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
            let address = linkback.author?.url ?? linkback.url
            let name = oneLine(linkback.author?.name) ?? address.flatMap(oneLine) ?? "Untitled"
            let link = address.map { Inline.link(destination: $0, title: nil, content: [.text(name)]) }
            var header: [[Inline]] = [[link ?? .text(name)], [.text(linkback.kind.rawValue)]]
            if let date = date(of: linkback) { header.append([.text(date)]) }
            // A short ping's text is the linking page's title, already in the header.
            let words = PlainTextRenderer.render(linkback.body).split(whereSeparator: \.isWhitespace)
            let repeatsTitle = words == name.split(whereSeparator: \.isWhitespace)
            return [.paragraph(joined(header))] + (repeatsTitle ? [] : linkback.body.blocks)
        }
        return items.isEmpty ? nil : .list(ordered: false, start: 1, items: items)
    }

    // MARK: Tree

    /// The reply tree, cut at `maxNestingDepth`. A comment hangs under its parent only when the
    /// parent came before it, as in any page's document order; that also rules out cycles.
    private func visibleEntries() -> [Entry] {
        var position: [String: Int] = [:]
        var replies: [[Int]] = Array(repeating: [], count: comments.count)
        var parent: [Int?] = Array(repeating: nil, count: comments.count)
        var roots: [Int] = []
        for (index, comment) in comments.enumerated() where comment.kind == .comment {
            if let parentId = comment.parentId, let parentIndex = position[parentId] {
                replies[parentIndex].append(index)
                parent[index] = parentIndex
            } else {
                roots.append(index)
            }
            position[comment.id] = position[comment.id] ?? index
        }
        // Without recursion: flat pages that state depths can chain replies thousands deep.
        func descendants(of index: Int) -> [Int] {
            var found: [Int] = []
            var pending = replies[index].reversed() as [Int]
            while let next = pending.popLast() {
                found.append(next)
                pending.append(contentsOf: replies[next].reversed())
            }
            return found
        }
        func entries(for index: Int, level: Int) -> [Entry] {
            guard level >= maxNestingDepth else {
                return [Entry(comment: index, replies: replies[index].flatMap { entries(for: $0, level: level + 1) })]
            }
            return [Entry(comment: index, replies: [])]
                + descendants(of: index).map { Entry(comment: $0, answers: parent[$0], replies: []) }
        }
        return roots.flatMap { entries(for: $0, level: 0) }
    }

    // MARK: Blocks

    private func quoted(_ entry: Entry) -> [Block] {
        own(entry) + entry.replies.map { .quote(quoted($0)) }
    }

    private func listed(_ entries: [Entry]) -> Block {
        .list(ordered: false, start: 1, items: entries.map { entry in
            own(entry) + (entry.replies.isEmpty ? [] : [listed(entry.replies)])
        })
    }

    private func own(_ entry: Entry) -> [Block] {
        [.paragraph(header(entry))] + comments[entry.comment].body.blocks
    }

    /// One line: who answers whom (past the deepest level), author (linked), date, permalink,
    /// and a mark when the post's author wrote it.
    private func header(_ entry: Entry) -> [Inline] {
        let comment = comments[entry.comment]
        var parts: [[Inline]] = []
        if let answered = entry.answers {
            parts.append([.text("↳ reply to " + authorName(comments[answered]))])
        }
        let name = Inline.text(authorName(comment))
        let author = comment.author?.url.map { Inline.link(destination: $0, title: nil, content: [name]) }
        parts.append([.strong([author ?? name])])
        if let date = date(of: comment) { parts.append([.text(date)]) }
        if let url = comment.url { parts.append([.link(destination: url, title: nil, content: [.text("permalink")])]) }
        if comment.isByPostAuthor { parts.append([.emphasis([.text("post author")])]) }
        return joined(parts)
    }

    private func authorName(_ comment: Comment) -> String {
        oneLine(comment.author?.name) ?? "Anonymous"
    }

    private func date(of comment: Comment) -> String? {
        oneLine(comment.publishedText) ?? comment.published?.rfc3339
    }

    private func joined(_ parts: [[Inline]]) -> [Inline] {
        Array(parts.joined(separator: [.text(" · ")]))
    }

    /// The text on one line, whitespace runs made single spaces; nil when nothing is left.
    private func oneLine(_ text: String?) -> String? {
        let words = text?.split(whereSeparator: \.isWhitespace) ?? []
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
