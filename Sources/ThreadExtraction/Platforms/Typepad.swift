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
        if page.metadata.generator?.containsBytes("typepad", ignoringASCIICase: true) == true { return 0.95 }
        if page.metadata.url?.contains(".typepad.com/") == true { return 0.9 }
        if page.signals.hasClass("font-entrybody") { return 0.85 }
        return page.signals.assets.contains { ($0["href"] ?? $0["src"])?.containsBytes(".typepad.com/") == true } ? 0.7 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        SixApartThread(page: page, platform: platform).read()
    }
}

struct MovableTypeExtractor: PlatformExtractor {
    var platform: Platform { .movabletype }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator?.containsBytes("movable type", ignoringASCIICase: true) == true { return 0.95 }
        if page.root.id == "sixapart-standard" { return 0.9 }
        if page.body?.hasClass("mt-entry-archive") == true { return 0.85 }
        guard page.signals.tags.contains("form") else { return 0 }
        return page.root.descendants(named: ["form"]).contains { $0["action"]?.containsBytes("mt-comments.cgi") == true } ? 0.85 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        SixApartThread(page: page, platform: platform).read()
    }
}

/// The entry, its comments and its trackbacks as both engines' templates print them.
private struct SixApartThread {
    let page: Page
    let platform: Platform

    func read() -> PlatformExtraction {
        // "N Comments" counts comments only; trackbacks have their own heading.
        var result = PlatformExtraction(isCounted: { $0.kind == .comment })
        guard let body = page.body else { return result }
        let walk = CommentWalker(page: page, markup: SixApartMarkup.comments).read(in: body)
        result.comments = walk.comments
        result.declaredCommentCount = walk.declaredCount
        if body.first(where: { $0.id == "comment-nav" || $0.id == "next-comments" }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the comments are paged by script; only the first page is in this file"))
        }
        result.post = post(in: body, comments: Set(walk.elements))
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
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
    /// `div.comment#comment-<id>` (decimal in MT, hex in Typepad) and `div.trackback#ping-N`, flat.
    /// The commenter is the `vcard`, else the byline's link that is not the permalink, else the
    /// byline's words around the date ("Posted by: NAME | DATE": the label is what every byline
    /// repeats). MT dates are `abbr.published[title=ISO]`; Typepad's only the permalink's text.
    static let comments = CommentMarkup(
        item: .anyClass(["comment", "trackback"]),
        id: IDPattern(prefixes: ["comment-", "ping-"], characters: .alphanumerics, kept: ["ping-"]),
        kinds: [(.classToken("trackback"), .trackback)],
        postAuthor: .anyClass(["comment-by-author", "entry-author-comment", "by-author"]),
        body: .classFragment(["comment-content", "comment-body", "trackback-content", "comments-body"]),
        clutter: .anyClass(["comment-footer", "trackback-footer", "comment-header", "read-more"]),
        textDropsChrome: false,
        author: [.first(.anyClass(["vcard", "fn"]), anywhere: true)] + byline,
        pingAuthor: byline,
        avatar: [.first(.tag("img") && .inside(.classFragment(["avatar", "user-pic"])), anywhere: true)],
        date: [.first(.tag("abbr") && .classToken("published"), anywhere: true)],
        dateOnPermalink: true,
        permalinkSuffixes: ["#comment-", "#"],
        counts: [.element(.classToken("comments-header"))])

    private static let bylineElement = NodeTest.classFragment(["asset-meta", "comment-footer", "trackback-footer", "comments-post", "byline"])

    private static let byline = [
        Locator(
            test: bylineElement, inner: .requiring(.tag("a") && .attribute("href") && !.attributeContains("href", "#")),
            showingText: true, anywhere: true),
        Locator(test: bylineElement, showingText: true, anywhere: true),
    ]
}
