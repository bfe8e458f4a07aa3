import HTMLDOM
import ThreadModel

/// One message of a flat forum topic, as an engine reads it.
struct ForumMessage {
    var id: String
    var author: Person?
    var published: PageDate?
    var publishedText: String?
    var url: String?
    var body: RichText
}

/// What flat forums (phpBB, vBulletin …) share: a page of messages in order, of which the first
/// is the opening post only on the topic's first page.
enum ForumTopic {
    /// On the first page the opening message is the post and the others are top-level comments;
    /// on a later page every message is a comment and there is no post.
    static func extraction(messages: [ForumMessage], isFirstPage: Bool, title: String?) -> PlatformExtraction {
        var result = PlatformExtraction()
        var replies = messages[...]
        if isFirstPage, let opening = replies.popFirst() {
            result.post = PostParts(
                id: opening.id, url: opening.url, title: title, author: opening.author, published: opening.published,
                body: opening.body)
        } else {
            result.hasPost = false
        }
        result.comments = replies.map {
            Comment(
                id: $0.id, author: $0.author, published: $0.published, publishedText: $0.publishedText, url: $0.url,
                body: $0.body)
        }
        return result
    }

    /// The poster shown by a name element, linked where the element is the profile link.
    static func person(named element: Node?, page: Page) -> Person? {
        guard let element, let name = element.visibleText.nonEmptyCollapsed else { return nil }
        let link = element.is("a") ? element : element.ancestors.first { $0.is("a") }
        return Person(name: name, url: page.resolve(link?["href"]))
    }

    /// The number N of an id `prefixN`.
    static func number(inID id: String?, prefix: String) -> String? {
        guard let id, id.hasPrefix(prefix) else { return nil }
        let digits = id.dropFirst(prefix.count)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber } ? String(digits) : nil
    }
}
