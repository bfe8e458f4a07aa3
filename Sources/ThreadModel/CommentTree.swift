/// A comment with its replies, and theirs: the discussion as a tree rather than a list.
public struct CommentNode: Sendable, Hashable, Identifiable {
    /// The comment itself.
    public var comment: Comment
    /// The direct replies, in document order, each with its own replies.
    public var replies: [CommentNode]

    /// A node for `comment` with the given replies.
    public init(comment: Comment, replies: [CommentNode] = []) {
        self.comment = comment
        self.replies = replies
    }

    /// The comment's id.
    public var id: String { comment.id }

    /// How many comments the subtree holds, this one included.
    public var count: Int { 1 + replies.reduce(0) { $0 + $1.count } }
}

extension ExtractedThread {
    /// The direct replies to the comment with id `commentID`, in document order.
    public func replies(to commentID: String) -> [Comment] {
        comments.filter { $0.parentId == commentID }
    }

    /// The direct replies to `comment`, in document order.
    public func replies(to comment: Comment) -> [Comment] {
        replies(to: comment.id)
    }

    /// The comment with id `commentID`, if the thread holds one.
    public func comment(withID commentID: String) -> Comment? {
        comments.first { $0.id == commentID }
    }

    /// The comments that answer no other comment of this thread, in document order. A reply whose
    /// parent is not in this page (a later page of a paginated thread) counts as top level.
    public var topLevelComments: [Comment] {
        let ids = Set(comments.map(\.id))
        return comments.filter { comment in comment.parentId.map { !ids.contains($0) } ?? true }
    }

    /// The discussion as a tree: the top-level comments, each with its replies nested under it.
    /// Each comment appears once, under its parent; comments whose parent ids go round in a cycle
    /// (which no engine writes) reach no top-level comment and are left out.
    public var commentTree: [CommentNode] {
        var children: [String: [Comment]] = [:]
        for comment in comments {
            if let parent = comment.parentId { children[parent, default: []].append(comment) }
        }
        var placed = Set<String>()
        func node(_ comment: Comment) -> CommentNode {
            placed.insert(comment.id)
            let replies = (children[comment.id] ?? []).filter { !placed.contains($0.id) }
            return CommentNode(comment: comment, replies: replies.map(node))
        }
        return topLevelComments.map(node)
    }
}
