import ThreadModel

/// A thread's comments as a transcript shows them: replies nested under their parent as far as
/// `maxNestingDepth`; deeper replies follow at that depth, each naming the comment it answers,
/// because twelve levels of quotes or indentation leave no room to read (and a browser flattens
/// markup nested some hundreds deep).
struct ReplyTree {
    /// A comment where it is shown: its replies nested under it, or, past the deepest visible
    /// level, the comment it answers.
    struct Entry {
        /// The comment's index in the thread's comments.
        var comment: Int
        /// The index of the comment it answers, where that is not the entry it is nested under.
        var answers: Int?
        var replies: [Entry]
    }

    /// The top-level entries. Pingbacks and trackbacks are left out. A comment hangs under its
    /// parent only when the parent came before it, as in any page's document order; that also
    /// rules out cycles.
    static func entries(_ comments: [Comment], maxNestingDepth: Int) -> [Entry] {
        let maxNestingDepth = max(0, maxNestingDepth)
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
}

/// The short labels a transcript's comment headers are made of.
enum CommentLabel {
    /// The author's name on one line, or "Anonymous".
    static func authorName(_ comment: Comment) -> String {
        oneLine(comment.author?.name) ?? "Anonymous"
    }

    /// The date as the page displays it, else as RFC 3339.
    static func date(of comment: Comment) -> String? {
        oneLine(comment.publishedText) ?? comment.published?.rfc3339
    }

    /// The text on one line, whitespace runs made single spaces; nil when nothing is left.
    static func oneLine(_ text: String?) -> String? {
        let words = text?.split(whereSeparator: \.isWhitespace) ?? []
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// A pingback's or trackback's linking page and its name.
    static func linkback(_ linkback: Comment) -> (name: String, address: String?) {
        let address = linkback.author?.url ?? linkback.url
        return (oneLine(linkback.author?.name) ?? address.flatMap(oneLine) ?? "Untitled", address)
    }

    /// Whether a short ping's text is only the linking page's title, already in its header.
    static func repeatsTitle(_ linkback: Comment, name: String) -> Bool {
        PlainTextRenderer.render(linkback.body).split(whereSeparator: \.isWhitespace)
            == name.split(whereSeparator: \.isWhitespace)
    }
}
