import HTMLDOM
import ThreadModel

/// LiveJournal, in its three comment layouts: the legacy `div#ljcmt<ID>` indented by
/// `margin-left`, S2's `div.b-tree-twig-N > div.b-leaf`, and the "medius" entry page's
/// `div.mdspost-thread--level-N > article#t<ID>.mdspost-comment`. Threading is told by depth
/// alone (comments are siblings in document order): the parent is the nearest earlier comment
/// one level up. Collapsed comments show only their author and are kept with empty text;
/// "N more comments" placeholders carry no id and are not comments.
struct LiveJournalExtractor: PlatformExtractor {
    var platform: Platform { .livejournal }

    func detect(_ page: Page) -> Double {
        let signals = page.signals
        if signals.attributeNames.contains("data-ljuser") || signals.hasClass("ljuser") { return 0.85 }
        return signals.scripts.contains { $0.rawTextContains("LJ_cmtinfo") } ? 0.85 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let walk = CommentWalker(page: page, markup: LiveJournalMarkup.comments).read(in: body)
        result.comments = walk.comments
        result.declaredCommentCount = walk.declaredCount
        let section = body.first { $0.id == "comments" }
        if section?.first(where: { $0.hasClass("b-pager") }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the comments are paginated; other pages are not in this file"))
        }
        if body.first(where: { $0.hasClass("mdspost-comment--seemore") }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsLoadedByScript, "folded threads are loaded by script; their comments are not in this file"))
        }
        let text = body.first { $0["itemprop"] == "articleBody" } ?? body.first { $0.hasAnyClass(["b-singlepost-body", "entry-content"]) }
        result.post.body = text.map { BodyConverter(resolver: page.resolver).convert($0) }
        // The journal's owner is the first user named outside the comments.
        let poster = body.first { node in node["data-ljuser"] != nil && !(section?.contains(node) ?? false) }
        result.post.author = poster.map { Person(name: $0.visibleText.nonEmptyCollapsed, url: page.resolve($0.first { $0.is("a") && $0.hasVisibleText }?["href"])) }
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }
}

enum LiveJournalMarkup {
    /// The three layouts' comments: `div#ljcmt<ID>`, S2's `div.b-leaf#t<ID>` and medius's
    /// `article.mdspost-comment#t<ID>`, all siblings in document order. Their depth is the level
    /// a wrapper states (`mdspost-thread--level-N`, `b-tree-twig-N`), else the rank of their
    /// `margin-left`. The creation time is the first element named for a time that reads as a
    /// full date: the relative "1 week ago" beside it does not.
    static let comments = CommentMarkup(
        item: .idContains("ljcmt") || .anyClass(["comment", "b-leaf", "mdspost-comment"]),
        id: IDPattern(prefixes: ["ljcmt", "t"]),
        postAuthor: .classFragment(["--poster", "b-leaf-poster"]),
        body: .classFragment(["comment__body", "b-leaf-article", "comment-body", "comment-text", "comment-box"]),
        // A collapsed comment shows only its author: it has no text.
        textFallsBackToItem: false,
        textDropsChrome: false,
        author: [
            .first(.attribute("data-ljuser"), anywhere: true),
            .first(.classFragment(["username", "poster"]), anywhere: true),
        ],
        avatar: [.first(.tag("img") && .classFragment(["userpic"]), anywhere: true)],
        date: [.first(.tag("time") || .classFragment(["time", "date"]) || .attribute("title"), anywhere: true)],
        datesMustRead: true,
        permalinkSuffixes: ["#t"],
        depths: [
            .classNumber(prefixes: ["mdspost-thread--level-", "b-tree-twig-"], ancestors: 3),
            .indentation(ancestors: 2),
        ],
        counts: [.element(.classFragment(["replycount", "comments-count"]) && .inside(.idIs(["comments"])))])
}
