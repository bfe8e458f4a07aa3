import ThreadModel

/// What flat forums (phpBB, vBulletin …) share: a page of messages in order, of which the first
/// is the opening post only on the topic's first page.
enum ForumTopic {
    /// On the first page the opening message is the post and the others are top-level comments;
    /// on a later page every message is a comment and there is no post.
    static func extraction(messages: [Comment], isFirstPage: Bool, title: String?) -> PlatformExtraction {
        var result = PlatformExtraction()
        var replies = messages[...]
        if isFirstPage, let opening = replies.popFirst() {
            result.post = PostParts(
                id: opening.id, url: opening.url, title: title, author: opening.author, published: opening.published,
                body: opening.body)
        } else {
            result.hasPost = false
        }
        result.comments = Array(replies)
        return result
    }
}
