import HTMLDOM
import ThreadModel

/// Habr (habr.com, formerly habrahabr.ru), the server-rendered layout: each comment is a
/// `li.js-comment` in `ul#comments-list` holding `span.parent_id[data-parent_id]` and
/// `div.comment#comment_N` (`.comment__head` with the `.user-info__nickname` and a displayed
/// `time.comment__date-time`, `.comment__message`); replies sit in the nested
/// `ul.content-list_nested-comments`. The stated parent is used, containment only where it is
/// missing.
struct HabrExtractor: PlatformExtractor {
    var platform: Platform { .habr }

    func detect(_ page: Page) -> Double {
        guard page.signals.ids.contains("comments-list"), let list = page.body?.first(where: { $0.id == "comments-list" })
        else { return 0 }
        return list.first { $0.hasClass("parent_id") && $0["data-parent_id"] != nil } != nil ? 0.9 : 0.5
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let list = body.first { $0.id == "comments-list" }
        let items = list.map { Array($0.descendants.filter { $0.is("li") && $0.hasClass("js-comment") }) } ?? []
        let containment = CommentNesting.parents(of: items)
        var ids: [String] = []
        var depths: [Int] = []
        for (index, item) in items.enumerated() {
            let comment = item.first { $0.hasClass("comment") && $0.id?.hasPrefix("comment_") == true }
            let id = item["rel"]?.nonEmptyCollapsed ?? comment?.id.map { String($0.dropFirst("comment_".count)) } ?? "c\(index + 1)"
            let stated = item.elementChildren.first { $0.hasClass("parent_id") }?["data-parent_id"]
            let parentIndex = stated.map { stated in stated == "0" ? nil : ids.firstIndex(of: stated) } ?? containment[index]
            let depth = parentIndex.map { depths[$0] + 1 } ?? 0
            ids.append(id)
            depths.append(depth)
            result.comments.append(read(comment ?? item, page: page, id: id, parent: parentIndex.map { ids[$0] }, depth: depth))
        }
        result.declaredCommentCount = body.first { $0.id == "comments_count" }.flatMap { CountPhrase.count(in: $0.visibleText) }
        result.post.title = body.first { $0.hasClass("post__title-text") }?.visibleText.nonEmptyCollapsed
        if let text = body.first(where: { $0.hasClass("post__text") }) {
            result.post.body = BodyConverter(resolver: page.resolver).convert(text)
        }
        return result
    }

    private func read(_ comment: Node, page: Page, id: String, parent: String?, depth: Int) -> Comment {
        let head = comment.first { $0.hasClass("comment__head") }
        let user = head?.first { $0.hasClass("user-info") }
        let name = user?.first { $0.hasClass("user-info__nickname") }?.visibleText.nonEmptyCollapsed
            ?? user?["data-user-login"]
        let avatar = user?.first { $0.is("img") }.flatMap { page.resolve($0["src"]) }
        let time = head?.first { $0.is("time") }
        let shown = time?.visibleText.nonEmptyCollapsed
        let published = time?["datetime"].flatMap(MachineDate.parse)
            ?? shown.flatMap { DisplayedDate.parse($0, language: page.metadata.language) }
        let message = comment.first { $0.hasClass("comment__message") }
        return Comment(
            id: id, parentId: parent, depth: depth,
            author: name.map { Person(name: $0, url: page.resolve(user?["href"]), avatarURL: avatar) },
            published: published, publishedText: shown, url: page.resolve("#comment_" + id),
            isByPostAuthor: head?.hasClass("comment__head_topic-author") ?? false,
            body: message.map { BodyConverter(resolver: page.resolver).convert($0) } ?? RichText())
    }
}
