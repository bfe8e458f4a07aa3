import HTMLDOM
import ThreadModel

/// Six Apart's two engines, one template family: hosted Typepad and self-hosted Movable Type.
/// Both print a flat list of `div.comment#comment-<id>` (decimal ids in MT, long hex asset ids
/// in Typepad) with the text in `div.comment-content`, and trackbacks as `div.trackback#ping-N`.
/// MT's byline gives the date as `abbr.published[title=ISO]`; Typepad's footer ("Posted by:
/// NAME | DATE") gives it only as text, after the body.
struct TypepadExtractor: PlatformExtractor {
    var platform: Platform { .typepad }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator?.lowercased().contains("typepad") == true { return 0.95 }
        if page.metadata.url?.contains(".typepad.com/") == true { return 0.9 }
        if page.signals.hasClass("font-entrybody") { return 0.85 }
        return page.signals.assets.contains { ($0["href"] ?? $0["src"])?.containsBytes(".typepad.com/") == true } ? 0.7 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        SixApartThread(page: page).read()
    }
}

struct MovableTypeExtractor: PlatformExtractor {
    var platform: Platform { .movabletype }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator?.lowercased().contains("movable type") == true { return 0.95 }
        if page.root.id == "sixapart-standard" { return 0.9 }
        if page.body?.hasClass("mt-entry-archive") == true { return 0.85 }
        guard page.signals.tags.contains("form") else { return 0 }
        return page.root.descendants.contains { $0.is("form") && $0["action"]?.contains("mt-comments.cgi") == true } ? 0.85 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        SixApartThread(page: page).read()
    }
}

/// The entry, its comments and its trackbacks as both engines' templates print them.
private struct SixApartThread {
    let page: Page

    func read() -> PlatformExtraction {
        // "N Comments" counts comments only; trackbacks have their own heading.
        var result = PlatformExtraction(isCounted: { $0.kind == .comment })
        guard let body = page.body else { return result }
        let items = body.descendants.filter { SixApartMarkup.entryID(of: $0) != nil }
        result.comments = items.enumerated().map { index, item in comment(item, index: index) }
        result.declaredCommentCount = body.first { $0.hasClass("comments-header") }.flatMap { CountPhrase.count(in: $0.visibleText) }
        if body.first(where: { $0.id == "comment-nav" || $0.id == "next-comments" }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the comments are paged by script; only the first page is in this file"))
        }
        result.post = post(in: body, comments: Set(items))
        return result
    }

    private func comment(_ item: Node, index: Int) -> Comment {
        let (id, kind) = SixApartMarkup.entryID(of: item) ?? ("c\(index + 1)", .comment)
        let scope = Array(item.descendants)
        let anchor = "#\(item.id ?? "")"
        let permalink = scope.first { $0.is("a") && $0["href"]?.hasSuffix(anchor) == true }
        let text = scope.first { CommentVocabulary.classContains($0, ["comment-content", "comment-body", "trackback-content", "comments-body"]) }
        let meta = scope.first { CommentVocabulary.classContains($0, ["asset-meta", "comment-footer", "trackback-footer", "comments-post", "byline"]) }
        let machine = scope.first { $0.is("abbr") && $0.hasClass("published") }?["title"].flatMap(MachineDate.parse)
        let dateText = (scope.first { $0.is("abbr") && $0.hasClass("published") } ?? permalink)?.visibleText.nonEmptyCollapsed
        let converter = BodyConverter(resolver: page.resolver) { $0.hasAnyClass(["comment-footer", "trackback-footer", "comment-header", "read-more"]) }
        return Comment(
            id: id, kind: kind, author: author(meta: meta, scope: scope, permalink: permalink, kind: kind),
            published: machine ?? dateText.flatMap { DisplayedDate.parse($0, language: page.metadata.language) },
            publishedText: dateText, url: page.resolve(permalink?["href"]),
            isByPostAuthor: item.hasAnyClass(["comment-by-author", "entry-author-comment", "by-author"]),
            body: text.map(converter.convert) ?? RichText())
    }

    /// The commenter (for a trackback, the linking entry): the `vcard`, else the first link in
    /// the byline that is not the permalink, else the byline's words up to the date, after its
    /// label ("Posted by: NAME | DATE", "Verfasst von: NAME | …").
    private func author(meta: Node?, scope: [Node], permalink: Node?, kind: Comment.Kind) -> Person? {
        let image = scope.first { $0.is("img") && $0.ancestors.contains { CommentVocabulary.classContains($0, ["avatar", "user-pic"]) } }
        let avatar = page.resolve(image?["src"])
        if kind == .comment, let card = scope.first(where: { $0.hasClass("vcard") || $0.hasClass("fn") }) {
            let link = card.is("a") ? card : card.first { $0.is("a") }
            return Person(name: card.visibleText.nonEmptyCollapsed, url: page.resolve(link?["href"]), avatarURL: avatar)
        }
        guard let meta else { return nil }
        if let link = meta.first(where: { $0.is("a") && $0 != permalink && $0["href"] != nil && !$0.visibleText.isEmpty }) {
            return Person(name: link.visibleText.nonEmptyCollapsed, url: page.resolve(link["href"]), avatarURL: avatar)
        }
        let line = meta.visibleText
        let beforeDate = line.components(separatedBy: " | ").first ?? line
        let name = beforeDate.split(separator: ":").last.map(String.init)?.nonEmptyCollapsed
        return name.map { Person(name: $0, avatarURL: avatar) }
    }

    private func post(in body: Node, comments: Set<Node>) -> PostParts {
        var parts = PostParts()
        guard let entry = body.first(where: { $0.hasAnyClass(["entry-asset", "entry"]) && !comments.contains($0) }) else { return parts }
        parts.title = entry.first { $0.hasAnyClass(["asset-name", "entry-header", "entry-title"]) }?.visibleText.nonEmptyCollapsed
        let texts = entry.descendants.filter { $0.hasAnyClass(["asset-body", "asset-more", "entry-body", "entry-more"]) }
        if !texts.isEmpty { parts.body = BodyConverter(resolver: page.resolver).convert(nodes: texts) }
        parts.published = entry.first { $0.is("abbr") && $0.hasClass("published") }?["title"].flatMap(MachineDate.parse)
        if let card = entry.first(where: { $0.hasClass("vcard") }) {
            parts.author = Person(name: card.visibleText.nonEmptyCollapsed, url: page.resolve(card.first { $0.is("a") }?["href"]))
        }
        return parts
    }
}

private enum SixApartMarkup {
    /// `comment-<id>` on a comment element (not its `comment-<id>-content` inner block), or
    /// `ping-N` on a trackback.
    static func entryID(of node: Node) -> (String, Comment.Kind)? {
        guard let id = node.id else { return nil }
        if node.hasClass("comment"), id.hasPrefix("comment-") {
            let value = id.dropFirst("comment-".count)
            return !value.isEmpty && value.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) ? (String(value), .comment) : nil
        }
        if node.hasClass("trackback"), id.hasPrefix("ping-") {
            let value = id.dropFirst("ping-".count)
            return !value.isEmpty && value.allSatisfy({ $0.isASCII && $0.isNumber }) ? ("ping-" + value, .trackback) : nil
        }
        return nil
    }
}
