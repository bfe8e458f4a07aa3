import HTMLDOM
import ThreadModel

/// Stack Exchange question pages (Stack Overflow and the other sites of the network).
///
/// The question is the post. Answers and the question's comments are top-level comments; a
/// comment under an answer replies to that answer. Ids are the site's own: answer and comment
/// numbers share no space on one page, so both are kept as they are.
struct StackExchangeExtractor: PlatformExtractor {
    var platform: Platform { .stackExchange }

    func detect(_ page: Page) -> Double {
        if page.root["itemtype"]?.hasSuffix("schema.org/QAPage") == true { return 0.9 }
        guard page.signals.hasClass("comment-copy") || page.signals.ids.contains("question"), let body = page.body
        else { return 0 }
        for node in body.descendants {
            if node.hasClass("comment-copy") { return 0.85 }
            if node.id == "question", node["data-questionid"] != nil { return 0.85 }
        }
        return 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let question = body.first { $0["data-questionid"] != nil && ($0.id == "question" || $0.hasClass("question")) }
        let questionAuthor = question.flatMap { StackExchangePost(page: page, element: $0).author }
        var comments: [Comment] = []
        var hiddenComments = 0
        var walker = body.descendants.makeIterator()
        while let node = walker.next() {
            if let answerID = node["data-answerid"], node.hasClass("answer") {
                let answer = StackExchangePost(page: page, element: node)
                let author = answer.author
                let date = answer.date
                comments.append(
                    Comment(
                        id: answerID, author: author, published: date.published, publishedText: date.text,
                        url: answer.permalink, isByPostAuthor: author != nil && author?.name == questionAuthor?.name,
                        body: answer.body))
            } else if StackExchangeMarkup.isComment(node) {
                let answer = node.ancestors.first { $0["data-answerid"] != nil && $0.hasClass("answer") }
                comments.append(
                    StackExchangeMarkup.comment(
                        node, page: page, index: comments.count, parent: answer?["data-answerid"],
                        postAuthor: questionAuthor?.name))
                walker.skipChildren()
            } else if node.hasClass("comments-list"), let remaining = node["data-remaining-comments-count"].flatMap({ Int($0) }) {
                hiddenComments += remaining
            }
        }
        result.comments = comments
        if let question {
            let post = StackExchangePost(page: page, element: question)
            result.post.id = question["data-questionid"]
            result.post.author = questionAuthor
            result.post.published = post.date.published
            result.post.body = post.body
            result.post.tags = question.descendants.filter { $0.is("a") && $0.hasClass("post-tag") }
                .compactMap { $0.visibleText.nonEmptyCollapsed }
        }
        let header = body.first { $0.id == "question-header" }
        result.post.title = header?.first { $0.is("h1") }?.visibleText.nonEmptyCollapsed
        if hiddenComments > 0 {
            result.diagnostics.append(
                Diagnostic(.commentsLoadedByScript, "\(hiddenComments) more comments are shown only on request and are not in this file"))
        }
        let answers = body.first { $0.id == "answers" }
        if answers?.first(where: { $0.hasClass("s-pagination") || $0.hasClass("pager-answers") }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the answers continue on further pages that are not in this file"))
        }
        return result
    }
}

/// A question or an answer: its text and its owner's signature.
private struct StackExchangePost {
    let page: Page
    /// The post's own elements, without its comments.
    let scope: [Node]

    init(page: Page, element: Node) {
        self.page = page
        var own: [Node] = []
        var walker = element.descendants.makeIterator()
        while let node = walker.next() {
            if node.hasClass("comments") || node.hasClass("js-comments-container") {
                walker.skipChildren()
                continue
            }
            own.append(node)
        }
        scope = own
    }

    /// The owner's signature is the last one: an editor's, where there is one, comes first.
    private var signature: Node? {
        scope.first { $0.hasClass("post-signature") && $0.hasClass("owner") }
            ?? scope.last { $0.hasClass("post-signature") }
    }

    var author: Person? {
        guard let details = signature?.first(where: { $0.hasClass("user-details") }) else { return nil }
        let link = details.first { $0.is("a") }
        let name = link?.visibleText.nonEmptyCollapsed
            ?? details.first { $0["itemprop"] == "name" }?.visibleText.nonEmptyCollapsed
        guard let name else { return nil }
        return Person(name: name, url: page.resolve(link?["href"]))
    }

    var date: (published: PageDate?, text: String?) {
        let stamp = signature?.first { $0.hasClass("relativetime") }
        if let stamp, let published = StackExchangeMarkup.date(stamp["title"]) {
            return (published, stamp.visibleText.nonEmptyCollapsed)
        }
        // Without a signature date, the creation time's attribute: UTC, written without a zone.
        let created = scope.first { $0.is("time") && $0["itemprop"] == "dateCreated" }
        return (StackExchangeMarkup.date(created?["datetime"]), stamp?.visibleText.nonEmptyCollapsed)
    }

    var permalink: String? {
        page.resolve(scope.first { $0.is("a") && $0.hasClass("js-share-link") }?["href"])
    }

    var body: RichText {
        guard let text = scope.first(where: { $0.hasClass("js-post-body") || $0.hasClass("post-text") })
        else { return RichText() }
        return BodyConverter(resolver: page.resolver).convert(text)
    }
}

private enum StackExchangeMarkup {
    /// `li.comment` since 2018, `tr.comment` before.
    static func isComment(_ node: Node) -> Bool {
        node.isAny(of: ["li", "tr"]) && node.hasClass("comment")
            && (node["data-comment-id"] != nil || node.id?.hasPrefix("comment-") == true)
    }

    static func comment(_ node: Node, page: Page, index: Int, parent: String?, postAuthor: String?) -> Comment {
        let id = node["data-comment-id"] ?? node.id.map { String($0.dropFirst("comment-".count)) } ?? "c\(index + 1)"
        let user = node.first { $0.hasClass("comment-user") }
        let name = user?.visibleText.nonEmptyCollapsed
        let stamp = node.first { $0.hasClass("relativetime-clean") || $0.hasClass("relativetime") }
            ?? node.first { $0.hasClass("comment-date") }?.first { $0["title"] != nil }
        let copy = node.first { $0.hasClass("comment-copy") }
        return Comment(
            id: id, parentId: parent, depth: parent == nil ? 0 : 1,
            author: name.map { Person(name: $0, url: page.resolve(user?["href"])) },
            published: date(stamp?["title"]), publishedText: stamp?.visibleText.nonEmptyCollapsed,
            url: page.resolve(node.first { $0.is("a") && $0.hasClass("comment-link") }?["href"]),
            isByPostAuthor: name != nil && name == postAuthor,
            body: copy.map { BodyConverter(resolver: page.resolver).convert($0) } ?? RichText())
    }

    /// "2014-08-17 21:17:22Z", newer titles with ", License: CC BY-SA 4.0" after it. Dates on
    /// these pages are UTC, also where the zone is not written.
    static func date(_ title: String?) -> PageDate? {
        guard let title else { return nil }
        let machine = title.prefix { $0 != "," }
        guard var date = MachineDate.parse(String(machine)) else { return nil }
        if date.time != nil, date.utcOffsetMinutes == nil { date.utcOffsetMinutes = 0 }
        return date
    }
}
