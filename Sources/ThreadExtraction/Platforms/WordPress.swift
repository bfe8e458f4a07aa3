import HTMLDOM
import ThreadModel

/// WordPress, self-hosted and WordPress.com: every core walker format (xhtml, html5, `div`
/// style), the default themes from Kubrick to the block themes, Jetpack, and wpDiscuz.
///
/// Comments are found by their ids (`comment-N`, `li-comment-N`, `div-comment-N`,
/// `wpd-comm-N_P`) and by the walker's `pingback`/`trackback` classes, never by words: the
/// same theme prints "Reply", "Svara" or "Antworten".
struct WordPressExtractor: PlatformExtractor {
    var platform: Platform { .wordpress }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator?.containsBytes("wordpress", ignoringASCIICase: true) == true { return 0.9 }
        if WordPressMarkup.hasAssetsOrCommentForm(page.document) { return 0.8 }
        // Security plugins strip the generator and rename asset folders; the walker's markup stays.
        guard page.signals.hasClass(prefix: "depth-") else { return 0 }
        let walkerComment = page.root.descendants(carrying: "class").contains { node in
            WordPressMarkup.commentID.number(of: node) != nil && node.hasClass(prefix: "depth-")
        }
        return walkerComment ? 0.6 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let walk = CommentWalker(page: page, markup: WordPressMarkup.comments).read(in: body)
        let elements = walk.elements
        result.comments = walk.comments
        result.discussion = elements
        result.declaredCommentCount = walk.declaredCount
            ?? WordPressMarkup.selfLinkCount(page: page, hasComments: !elements.isEmpty)
        if WordPressMarkup.isPaginated(body) {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the comments are paginated; other pages are not in this file"))
        }
        result.post = WordPressPost.read(page: page, body: body, commentElements: NodeSet(elements, of: page.document))
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }
}

/// The post as WordPress themes mark it up (`post_class()`, `entry-*`, block theme classes).
private enum WordPressPost {
    static func read(page: Page, body: Node, commentElements: NodeSet) -> PostParts {
        var parts = PostParts()
        let outsideComments = body.scopedDescendants(excluding: commentElements)
            .filter { !CommentVocabulary.isSidebar($0) }
        func first(_ classes: [StaticString]) -> Node? {
            for name in classes {
                if let node = outsideComments.first(where: { $0.hasClass(name) }) { return node }
            }
            return nil
        }
        let title = first(["entry-title", "wp-block-post-title", "post-title", "single-post-title", "entry-header-title"])
        parts.title = title?.visibleText.nonEmptyCollapsed
            ?? TitleText.heading(page: page, among: outsideComments)
        let article = title?.ancestors.first { $0.is("article") || $0.hasClass("hentry") || $0.hasClass("post") }
        // Themes such as Twenty Twenty print the comments inside the post's `article`.
        let scope = article.map { $0.scopedDescendants(excluding: commentElements) } ?? outsideComments
        func inArticle(_ classes: [StaticString]) -> Node? {
            for name in classes {
                if let node = scope.first(where: { $0.hasClass(name) && !commentElements.contains($0) }) { return node }
            }
            return nil
        }
        if let content = inArticle(["entry-content", "wp-block-post-content", "post-content", "entry", "post-body"]) {
            parts.body = BodyConverter(resolver: page.resolver) { WordPressMarkup.isBodyClutter($0) }.convert(content)
            parts.bodyElement = content
        }
        // Any `time` counts only inside the post's own element: outside it, a bare `time` dates a
        // teaser or a widget; inside a quotation, the embedded post quoted.
        let published = scope.first { $0.is("time") && ($0.hasClass("published") || $0.hasClass("entry-date")) }
            ?? article.flatMap { _ in
                scope.first { $0.is("time") && $0["datetime"] != nil && !EmbeddedPost.isQuoted($0) }
            }
        parts.published = published?["datetime"].flatMap(MachineDate.parse)
        parts.updated = scope.first { $0.is("time") && $0.hasClass("updated") && !$0.hasClass("published") }?["datetime"]
            .flatMap(MachineDate.parse)
        if let author = inArticle(["author", "wp-block-post-author-name", "byline"]) {
            // The first link with text: author boxes lead with a link around the avatar.
            let link = author.is("a") ? author : author.first { $0.is("a") && $0.visibleText.nonEmptyCollapsed != nil }
            if let name = (link ?? author).visibleText.nonEmptyCollapsed {
                parts.author = Person(name: name, url: page.resolve(link?["href"]))
            }
        }
        let links = scope.filter { $0.is("a") }
        parts.tags = links.filter { $0["rel"]?.split(separator: " ").contains("tag") == true && !isCategory($0) }
            .compactMap { $0.visibleText.nonEmptyCollapsed }
        parts.categories = links.filter(isCategory).compactMap { $0.visibleText.nonEmptyCollapsed }
        return parts
    }

    private static func isCategory(_ link: Node) -> Bool {
        link["rel"]?.split(separator: " ").contains("category") == true
    }
}

/// Class names and id forms of WordPress comment markup, in the order they are trusted.
enum WordPressMarkup {
    /// Whether any element of the document is core's: a `link` or `script` from its asset
    /// folders (self-hosted, or WordPress.com's CDN), or a form posting to its comment handler.
    static func hasAssetsOrCommentForm(_ document: HTMLDocument) -> Bool {
        document.topLevelNodes.contains { top in
            top.isElement && (isCoreAssetOrForm(top) || top.descendants.contains(where: isCoreAssetOrForm))
        }
    }

    private static func isCoreAssetOrForm(_ node: Node) -> Bool {
        if node.is("link") { return node.attribute("href", containsAnyOf: assetFolders) }
        if node.is("script") { return node.attribute("src", containsAnyOf: assetFolders) }
        return node.is("form") && node.attribute("action", containsAnyOf: ["wp-comments-post.php"])
    }

    private static let assetFolders: [StaticString] = ["/wp-content/", "/wp-includes/", "wp.com/"]

    /// The N of `comment-N`, `li-comment-N`, `div-comment-N`, and wpDiscuz's `wpd-comm-N_P` / `wc-comm-N_P`.
    static let commentID = IDPattern(
        prefixes: ["comment-", "li-comment-", "div-comment-", "wpd-comm-", "wc-comm-"], endsAt: "_")

    /// Every core walker format (`ol`/`ul` of `li`, `div` style, html5 `article`), the default
    /// themes' author lines and dates, Jetpack and wpDiscuz. The text is the element named for it;
    /// the name is `.fn`, else an element named for the author's name, else the author block's
    /// name, else a `cite`.
    static let comments = CommentMarkup(
        id: commentID,
        anchor: .tag("a") && .textless,
        wrapper: .tag("li"),
        unnumbered: .tags(["li", "div", "article"]) && .anyClass(["pingback", "trackback"]),
        // Definition-list themes put the text in the `dd` after the comment's `dt`.
        followers: .tag("dd"),
        kinds: [(.classToken("pingback"), .pingback), (.classToken("trackback"), .trackback)],
        postAuthor: .anyClass(["bypostauthor", "wpd-blog-author"]),
        postAuthorBadge: .anyClass(["post-author-badge", "by-post-author"]),
        clutter: clutter,
        author: [
            .first(.classToken("fn")),
            .first(.classFragment(CommentVocabulary.authorNameFragments)),
            Locator(
                test: .classFragment(["author"]) && !.classFragment(["avatar"]),
                inner: .preferring(.classToken("fn") || .tags(["cite", "strong", "b"])), showingText: true),
            .first(.tag("cite")),
            .first(.tag("a") && .classToken("url")),
        ],
        // A ping's "author" is the linking page: its title, linked.
        pingAuthor: [
            .first(.tag("a") && .classToken("url")),
            .first(.tag("a") && .classToken("url"), anywhere: true),
            .first(.tag("a") && .attribute("href"), anywhere: true),
        ],
        avatar: [
            .first(.tag("img") && .classFragment(["avatar"]), anywhere: true),
            .first(.tag("img") && .parent(.classFragment(["avatar"])), anywhere: true),
        ],
        date: [
            .first(.tag("time")),
            .first(.classFragment(["date", "time"]), showingText: true),
            Locator(test: .classFragment(["meta"]), inner: .requiring(.tag("a"))),
        ],
        looseDates: true,
        permalinkSuffixes: ["comment-"],
        depths: [.classNumber(prefixes: ["depth-", "wpd_comment_level-", "wc_comment_level-"])],
        // The count a theme prints above the list: the last heading or count element before the
        // first comment in the sections around the list named for comments (nearest first: a
        // heading sits beside the list, and some themes nest two sections), outside the reply
        // form; else an element the core themes name for the count, wherever it is.
        counts: [
            .beforeFirstItem(
                sections: !.tags(["ol", "ul", "dl"]) && (.idContains("comments") || .classFragment(["comments"])),
                element: .tags(["h1", "h2", "h3", "h4", "h5", "h6"]) || .classFragment(["title", "count", "headline", "heading"]),
                skipped: .idIs(["respond"]) || .classToken("comment-respond") || .tag("form")),
            .element(
                .idIs(["comments-title"]) || .anyClass(["comments-title", "wp-block-comments-title", "comments-count"])
                    || (.tags(["h2", "h3", "h4"]) && .idIs(["comments"]))),
        ])

    /// Things inside a comment's text that are not the text: reply and edit links, Jetpack
    /// likes, sharing buttons, moderation notes.
    static let clutter = NodeTest.anyClass([
        "reply", "comment-reply-link", "comment-reply", "jetpack-comment-likes-widget-wrapper", "comment-likes",
        "sharedaddy", "edit-link", "comment-edit-link", "children", "wpd-comment-footer", "comment-footer",
        "wp-block-comment-reply-link", "wpd-reply-button", "comment-awaiting-moderation", "screen-reader-text",
    ]) || .tag("form")

    static func isBodyClutter(_ node: Node) -> Bool {
        clutter.matches(node)
    }

    /// The count on the post's own link to its comments ("2 Comments", "0 COMMENTS" in the
    /// post's meta line): a link to `#comments` or `#respond` of this very page, not of another
    /// post in a list. A link with no number on a page with no comments says there are none.
    static func selfLinkCount(page: Page, hasComments: Bool) -> Int? {
        let pageAddress = page.metadata.url.map { $0.split(separator: "#", maxSplits: 1)[0] }
        let links = page.mainElements.filter { node in
            // The fragment is told from the href's bytes: a String is made of the few that name one.
            guard node.is("a"), node.attributeValue(named: "href", satisfies: namesDiscussion) == true,
                let href = node["href"], let target = href.prefix(before: "#")
            else { return false }
            // The reply form's own links ("Cancel reply") point there too.
            guard !node.ancestors.contains(where: { $0.id == "respond" || $0.hasClass("comment-respond") || $0.is("form") })
            else { return false }
            return target.isEmpty || page.resolve(String(target)).map { $0.split(separator: "#")[0] } == pageAddress
        }
        for link in links {
            let text = link.visibleText
            if let count = CountPhrase.count(in: text) { return count }
            if !hasComments, !text.isEmpty, link.first(where: { _ in true }) == nil { return 0 }
        }
        return nil
    }

    /// Whether the address's fragment, after its first `#`, is `comments` or `respond`.
    private static func namesDiscussion(_ href: ArraySlice<UInt8>) -> Bool {
        guard let hash = href.firstIndex(of: UInt8(ascii: "#")) else { return false }
        let fragment = href[(hash + 1)...]
        return fragment.elementsEqual("comments".utf8) || fragment.elementsEqual("respond".utf8)
    }

    static func isPaginated(_ body: Node) -> Bool {
        body.first { node in
            node.hasAnyClass(["comment-navigation", "comments-pagination"])
                || (node.is("a") && node.attribute("href", containsAnyOf: ["/comment-page-", "cpage="]))
        } != nil
    }
}
