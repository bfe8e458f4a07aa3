import HTMLDOM
import ThreadModel

/// PIXNET (痞客邦) blogs: each comment is a `ul.single-post` in `#comment-text`, with the
/// commenter in `li.post-info` (`a[name=comment-N]`, `span.user-name`, `span.post-time`), the
/// text in `li.post-text`, and the blog owner's answer inline in `li.reply-text`, signed by a
/// closing paragraph (link to the owner, date). Private comments (`ul.single-post.secret`) show
/// only a placeholder; they are comments all the same.
struct PixnetExtractor: PlatformExtractor {
    var platform: Platform { .pixnet }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator == "PChoc" { return 0.9 }
        guard page.signals.ids.contains("comment-text") else { return 0 }
        let list = page.body?.first { $0.id == "comment-text" }
        return list?.first { $0.is("ul") && $0.hasClass("single-post") } != nil ? 0.8 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        // "留言列表 (42)" counts the readers' messages; the owner's answers hang under them uncounted.
        var result = PlatformExtraction(isCounted: { $0.parentId == nil })
        guard let body = page.body else { return result }
        let entries = body.first { $0.id == "comment-text" }?.elementChildren.filter { $0.is("ul") && $0.hasClass("single-post") } ?? []
        let reader = PixnetComment(page: page)
        for (index, entry) in entries.enumerated() {
            result.comments += reader.read(entry, position: index + 1)
        }
        result.declaredCommentCount = body.first { $0.id == "comment-title" }.flatMap { CountPhrase.count(in: $0.visibleText) }
        let article = body.first { $0.hasClass("article") }
        result.post.title = article?.first { $0.hasClass("title") }?.first { $0.is("h2") }?.visibleText.nonEmptyCollapsed
        if let content = article?.first(where: { $0.hasClass("article-content-inner") }) {
            result.post.body = BodyConverter(resolver: page.resolver).convert(content)
        }
        return result
    }
}

private struct PixnetComment {
    let page: Page

    /// The comment and, where the owner answered, the answer as its reply.
    func read(_ entry: Node, position: Int) -> [Comment] {
        let items = Array(entry.elementChildren)
        let info = items.first { $0.hasClass("post-info") }
        let number = info?.first { $0.is("a") && $0["name"]?.hasPrefix("comment-") == true }?["name"]
            .map { String($0.dropFirst("comment-".count)) }
        let id = number ?? "c\(position)"
        let converter = BodyConverter(resolver: page.resolver)
        let text = items.first { $0.hasClass("post-text") }.map(converter.convert) ?? RichText()
        let nameElement = info?.first { $0.hasClass("user-name") }
        let link = nameElement?.first { $0.is("a") }
        let author = nameElement.map {
            Person(name: $0.visibleText.nonEmptyCollapsed, url: page.resolve(link?["href"]), avatarURL: avatar(in: entry))
        }
        let time = info?.first { $0.hasClass("post-time") }?.visibleText.nonEmptyCollapsed
        var comments = [
            Comment(
                id: id, author: author, published: time.flatMap(date), publishedText: time,
                url: number.flatMap { page.resolve("#comment-" + $0) }, body: text)
        ]
        if let reply = items.first(where: { $0.hasClass("reply-text") }) {
            comments.append(answer(reply, to: id))
        }
        return comments
    }

    /// The owner's answer: its text, then a last paragraph holding the owner's link and the date.
    private func answer(_ reply: Node, to parent: String) -> Comment {
        let signature = Array(reply.elementChildren).last { $0.is("p") }
        let converter = BodyConverter(resolver: page.resolver) { $0 == signature }
        let link = signature?.first { $0.is("a") }
        // "NAME 於 2014/01/01 20:31 回覆": the date without the name before it.
        let signed = signature.flatMap { signature in
            signature.children.filter { $0.kind == .text }.map { $0.content }.joined(separator: " ").nonEmptyCollapsed
        }
        return Comment(
            id: parent + "-reply", parentId: parent, depth: 1,
            author: link.map { Person(name: $0.visibleText.nonEmptyCollapsed, url: page.resolve($0["href"])) },
            published: signed.flatMap(date), publishedText: signed, isByPostAuthor: true,
            body: converter.convert(reply))
    }

    private func date(_ text: String) -> PageDate? {
        DisplayedDate.parse(text, language: page.metadata.language)
    }

    private func avatar(in entry: Node) -> String? {
        entry.first { $0.hasClass("post-photo") }?.first { $0.is("img") }.flatMap { page.resolve($0["src"]) }
    }
}
