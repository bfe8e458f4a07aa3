import HTMLDOM
import ThreadModel

/// Disqus, on whatever engine the host page runs: when the discussion is Disqus's, the platform
/// is Disqus. A saved page holds it in one of three states:
/// - the Disqus app's own document (the iframe saved after it rendered): `li.post#post-N`
///   nested through `ul.children`, with a `parent-link` to the replied-to post, the full date in
///   the `title` of `a.time-ago`, and the thread's count in `[data-role=post-count]`;
/// - the host page with the noscript copy Disqus prints into `div#disqus_thread`: flat
///   `div.comment` entries with an author and a body, no ids, no dates;
/// - the host page with an empty `div#disqus_thread`: the comments were never in the file.
struct DisqusExtractor: PlatformExtractor {
    var platform: Platform { .disqus }

    func detect(_ page: Page) -> Double {
        let signals = page.signals
        // What the walk below looks for, each known first from the page's names: the thread's
        // id, the app's `li.post` items with their `data-role` content, an embed's iframe.
        let mayHoldAppPosts = signals.tags.contains("li") && signals.hasClass("post") && signals.attributeNames.contains("data-role")
        let hasThreadID = signals.ids.contains("disqus_thread")
        let hasFrames = signals.tags.contains("iframe")
        guard hasThreadID || mayHoldAppPosts || hasFrames else { return 0 }
        // Each test only where the page's names allow it to pass, on the elements it could pass:
        // most pages that get this far hold an iframe of some other service, and nothing else of Disqus's.
        let root = page.root
        if hasThreadID, root.descendants(carrying: "id").contains(where: { $0.id == "disqus_thread" }) { return 0.95 }
        if mayHoldAppPosts, root.descendants(named: ["li"]).contains(where: DisqusMarkup.isAppPost) { return 0.95 }
        if hasFrames, root.descendants(named: ["iframe"]).contains(where: { $0["src"]?.containsBytes("disqus.com/embed/comments") == true }) {
            return 0.95
        }
        return 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        let root = page.body ?? page.root
        let container = root.first { $0.id == "disqus_thread" }
        let walk = CommentWalker(page: page, markup: DisqusMarkup.app).read(in: root)
        let posts = walk.elements
        if !posts.isEmpty {
            result.comments = walk.comments
            result.declaredCommentCount = walk.declaredCount
            if DisqusMarkup.hasMoreToLoad(root) {
                result.diagnostics.append(
                    Diagnostic(.commentsLoadedByScript, "further Disqus comments load on demand and are not in this file"))
            }
            // The app's own document is the discussion alone: the article is on the host page.
            result.hasPost = container.map { container in posts.contains { container.contains($0) } } ?? false
        } else if let copy = container?.first(where: { $0.hasClass("d-noscript-comments") }) {
            result.comments = CommentWalker(page: page, markup: DisqusMarkup.noscript).read(in: copy).comments
        }
        if result.comments.isEmpty, container != nil {
            result.diagnostics.append(
                Diagnostic(.commentsLoadedByScript, "the Disqus comments are loaded by script and are not in this file"))
        }
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }
}

enum DisqusMarkup {
    /// The rendered app: each `li.post#post-N` holds its own `div.post-content` and, beside it, the
    /// `ul.children` of its replies; a `parent-link` names the replied-to post even where Disqus
    /// stops nesting deep replies; `a.time-ago` shows "2 years ago" with the full date in `title`.
    static let app = CommentMarkup(
        item: .tag("li") && .classToken("post") && .child(.attributeIs("data-role", "post-content")),
        id: IDPattern(prefixes: ["post-"]),
        body: .classToken("post-message"),
        textDropsChrome: false,
        author: [.first(.classToken("author"), anywhere: true)],
        avatar: [Locator(test: .classToken("avatar"), inner: .requiring(.tag("img")), anywhere: true)],
        date: [stamp],
        dateTextAttribute: "title",
        permalink: [stamp],
        inReplyTo: [.first(.classToken("parent-link"), anywhere: true)],
        replyTarget: .fragment(IDPattern(prefixes: ["comment-"])),
        // The count on the app's conversation tab.
        counts: [.element(.attributeIs("data-role", "post-count"), preferring: .classToken("comment-count"))])

    private static let stamp = Locator.first(.classToken("time-ago"), anywhere: true)

    /// The copy Disqus prints for readers without script: flat `div.comment` entries in the
    /// thread's order, a `comment-author` name and a `comment-body`, no ids, no dates.
    static let noscript = CommentMarkup(
        item: .classToken("comment"),
        body: .classToken("comment-body"),
        textFallsBackToItem: false,
        textDropsChrome: false,
        author: [.first(.classToken("comment-author"), anywhere: true)])

    /// A post of the rendered app.
    static func isAppPost(_ node: Node) -> Bool {
        app.item.matches(node) && app.id?.number(of: node) != nil
    }

    /// The app's "load more" control, present unless hidden because everything is shown.
    static func hasMoreToLoad(_ root: Node) -> Bool {
        root.first { node in
            node["data-role"] == "more" && !(node["style"]?.filter { $0 != " " }.contains("display:none") ?? false)
        } != nil
    }
}
