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
        let walk = CommentWalker(page: page, markup: StackExchangeMarkup.posts).read(in: body)
        let question = walk.items.first.flatMap { StackExchangeMarkup.question.matches($0.element) ? walk.comments.first : nil }
        let asker = question?.author?.name
        // The question is the post: its comments are top-level ones.
        result.comments = walk.comments.dropFirst(question == nil ? 0 : 1).map { post in
            var comment = post
            if comment.parentId != nil, comment.parentId == question?.id {
                comment.parentId = nil
                comment.depth = 0
            }
            comment.isByPostAuthor = asker != nil && comment.author?.name == asker
            return comment
        }
        if let question {
            result.post.id = question.id
            result.post.author = question.author
            result.post.published = question.published
            result.post.body = question.body
            result.post.tags = walk.items[0].scope.filter { $0.is("a") && $0.hasClass("post-tag") }
                .compactMap { $0.visibleText.nonEmptyCollapsed }
        }
        let header = body.first { $0.id == "question-header" }
        result.post.title = header?.first { $0.is("h1") }?.visibleText.nonEmptyCollapsed
        let hiddenComments = body.descendants.lazy.filter { $0.hasClass("comments-list") }
            .compactMap { $0["data-remaining-comments-count"].flatMap { Int($0) } }.reduce(0, +)
        if hiddenComments > 0 {
            result.diagnostics.append(
                Diagnostic(.commentsLoadedByScript, "\(hiddenComments) more comments are shown only on request and are not in this file"))
        }
        let answers = body.first { $0.id == "answers" }
        if answers?.first(where: { $0.hasClass("s-pagination") || $0.hasClass("pager-answers") }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the answers continue on further pages that are not in this file"))
        }
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }
}

enum StackExchangeMarkup {
    /// The question (`#question[data-questionid]`), each answer (`.answer[data-answerid]`) and each
    /// comment (`li.comment` since 2018, `tr.comment` before) as items, the comments inside the
    /// post they are on. A post's owner is in its owner's signature (an editor's, where there is
    /// one, comes first), else the last one; its date the signature's `relativetime`, whose
    /// `title` holds the instant, else the creation time's attribute. A comment's user, date and
    /// text are its `comment-user`, `relativetime` and `comment-copy`. Dates on these pages are
    /// UTC, also where the zone is not written.
    static let posts = CommentMarkup(
        item: question || (.classToken("answer") && .attribute("data-answerid"))
            || (.tags(["li", "tr"]) && .classToken("comment") && (.attribute("data-comment-id") || .idContains("comment-"))),
        id: IDPattern(
            prefixes: [""], attribute: "data-answerid",
            alternatives: [
                IDPattern(prefixes: [""], attribute: "data-questionid"), IDPattern(prefixes: [""], attribute: "data-comment-id"),
                IDPattern(prefixes: ["comment-"]),
            ]),
        body: .anyClass(["js-post-body", "post-text", "comment-copy"]),
        textFallsBackToItem: false,
        textDropsChrome: false,
        textStartsAtParagraph: false,
        author: signed(.classToken("user-details")) + [.first(.classToken("comment-user"), anywhere: true)],
        date: signed(.classToken("relativetime")) + [
            .first(.tag("time") && .attributeIs("itemprop", "dateCreated"), anywhere: true),
            .first(.anyClass(["relativetime-clean", "relativetime"]), anywhere: true),
            Locator(test: .classToken("comment-date"), inner: .requiring(.attribute("title")), anywhere: true),
        ],
        instantAttribute: "title",
        unzonedInstantsAreUTC: true,
        datesMustRead: true,
        permalink: [.first(.tag("a") && .anyClass(["js-share-link", "comment-link"]), anywhere: true)])

    static let question = NodeTest.attribute("data-questionid") && (.idIs(["question"]) || .classToken("question"))

    /// The element inside the owner's signature, else inside the last signature.
    private static func signed(_ test: NodeTest) -> [Locator] {
        [
            Locator(test: .classToken("post-signature") && .classToken("owner"), inner: .requiring(test), anywhere: true),
            Locator(test: .lastOf(.classToken("post-signature")), inner: .requiring(test), anywhere: true),
        ]
    }
}
