import HTMLDOM
import ThreadModel

/// Drupal 7 to 10, core themes and contributed ones. Each comment is an element of class
/// `comment`, named by an `a#comment-N` anchor placed before it (or, in some themes, by its
/// own id). Replies are not inside their parent: the view builder opens a `div.indented` after
/// the parent and closes it when the depth falls, so depth is the number of enclosing
/// `div.indented` and the parent is the nearest earlier comment one level up.
struct DrupalExtractor: PlatformExtractor {
    var platform: Platform { .drupal }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator?.containsBytes("drupal", ignoringASCIICase: true) == true { return 0.95 }
        let signals = page.signals
        if signals.attributeNames.contains("data-drupal-selector") { return 0.8 }
        if signals.scripts.contains(where: { $0.rawTextContains("drupalSettings") }) { return 0.8 }
        return signals.assets.contains { ($0["href"] ?? $0["src"])?.containsBytes("/sites/all/") == true } ? 0.6 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let walk = CommentWalker(page: page, markup: DrupalMarkup.comments).read(in: body)
        let first = walk.elements.first
        result.comments = walk.comments
        result.declaredCommentCount = walk.declaredCount
        if DrupalMarkup.isPaginated(around: first) {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the comments are paginated; other pages are not in this file"))
        }
        result.post = DrupalPost.read(page: page, body: body, comments: Set(walk.elements))
        StructuralHandover.complete(&result, page: page, engine: platform)
        return result
    }
}

/// The article the comments belong to, as Drupal's node templates mark it.
private enum DrupalPost {
    static func read(page: Page, body: Node, comments: Set<Node>) -> PostParts {
        var parts = PostParts()
        let content = body.first { $0["itemprop"] == "articleBody" } ?? body.first { node in
            (node.hasClass("field-name-body") || node.hasClass("field--name-body")) && CommentVocabulary.holdsParagraphs(node)
                && !node.ancestors.contains { comments.contains($0) || CommentVocabulary.classContains($0, ["teaser"]) }
        }
        parts.body = content.map { BodyConverter(resolver: page.resolver).convert($0) }
        parts.bodyElement = content
        let node = content?.ancestors.first { $0.hasClass("node") || $0["typeof"] != nil }
        if let name = node?.first(where: { $0.hasClass("username") && !$0.ancestors.contains { comments.contains($0) } }) {
            parts.author = Person(name: name.visibleText.nonEmptyCollapsed, url: page.resolve(name.is("a") ? name["href"] : nil))
        }
        parts.published = node?.first(DrupalMarkup.createdProperty)?["content"]
            .flatMap(MachineDate.parse) ?? node?.first { $0.is("time") && !EmbeddedPost.isQuoted($0) }?["datetime"]
            .flatMap(MachineDate.parse)
        return parts
    }
}

enum DrupalMarkup {
    /// Each comment is an element of class `comment` named by its own `comment-N` id, the empty
    /// `a#comment-N` placed before it, or its RDFa `about` (`/comment/N#comment-N`). The name is
    /// the user name (or the author line), the date the elements named for the date and the time
    /// (some themes print them apart, "April 5, 2018" and "6:32 PM"), else the submitted line,
    /// else the header or footer line, without the name it starts with; the instant is the RDFa
    /// creation date. The subject is the heading that holds the permalink; "In reply to <parent's
    /// subject> by <name>" is for screen readers and names the parent.
    static let comments = CommentMarkup(
        skipped: .never,
        item: .classToken("comment") && !.tags(["form", "a"]),
        id: IDPattern(
            prefixes: ["comment-"],
            alternatives: [
                IDPattern(prefixes: ["comment-"], carrier: .anchorBefore),
                IDPattern(prefixes: ["/comment/"], attribute: "about", inAddress: true),
            ]),
        hidden: .anyClass(["visually-hidden", "element-invisible", "parent"]),
        postAuthor: .anyClass(["by-node-author", "comment-by-node-author"]),
        body: .attributeWord("property", "schema:text") || .attributeWord("property", "content:encoded"),
        bodyAlternatives: [
            .classFragment(["comment-body", "comment_body", "comment__body"]) && !.holding(permalink),
            .anyClass(["comment__content", "content"]),
        ],
        clutter: clutter,
        textDropsChrome: false,
        textStartsAtParagraph: false,
        author: [
            .first(.classToken("username") || .attributeContains("property", "foaf:name"), anywhere: true),
            .first(.classFragment(["author"]) && !.classFragment(["picture", "avatar"]), anywhere: true),
            .first(.classToken("submitted"), anywhere: true),
            line,
        ],
        avatar: [.first(.tag("img") && .inside(.classFragment(["picture", "avatar"])), anywhere: true)],
        date: [
            Locator(test: (.tag("time") || .classFragment(["date", "time", "created"])) && !.classToken("hidden"), anywhere: true, joined: true),
            .first(.classToken("submitted"), anywhere: true),
            line,
        ],
        instant: [.first(createdProperty || (.tag("time") && .attribute("datetime")), anywhere: true)],
        dateFollowsName: true,
        permalink: [.first(permalink || (.tag("a") && .attributeIs("rel", "bookmark")), anywhere: true)],
        permalinkFragmentPrefix: "comment-",
        title: [.first(subject, anywhere: true)],
        depths: [.enclosing(.tag("div") && .classToken("indented"))],
        // A count printed in the comment section before the first comment ("10 Kommentare"),
        // else the RDFa reply count of the node that holds the comments (Bartik-style themes
        // print the comments inside the node; teasers of other nodes carry their own).
        counts: [
            .beforeFirstItem(
                sections: .idIs(["comments"]) || .anyClass(["comments", "comment-wrapper"]),
                element: .tags(["h2", "h3"]) || .classFragment(["count"]), skipped: .tag("form")),
            .stated(attribute: "content", element: .attributeIs("property", "sioc:num_replies"), section: .classToken("node")),
        ])

    private static let permalink = NodeTest.tag("a") && .classToken("permalink")

    /// The first line of the header or footer, where the theme prints the name and the date there.
    private static let line = Locator(test: .tags(["footer", "header"]), inner: .requiring(.tags(["h3", "h4", "h5", "h6", "p"])), anywhere: true)

    /// RDFa creation-date properties: `schema:dateCreated`, `dc:date dc:created`.
    static let createdProperty = NodeTest.attributeWord("property", "schema:dateCreated")
        || .attributeWord("property", "dc:created") || .attributeWord("property", "dc:date")

    /// The comment's subject line: a heading, or an element with the RDFa title property, that
    /// holds the comment's permalink (`<h3><a class="permalink">Subject</a></h3>`); not the
    /// "Permalink" link some themes print in the byline.
    private static let subject = (.tags(["h2", "h3", "h4", "h5", "h6"]) || .attributeWord("property", "dc:title")
        || .attributeWord("property", "schema:name")) && NodeTest.child(permalink)

    /// Inside a comment's text element, the parts that are not the text: the subject line,
    /// links (reply, edit), RDFa carriers, the "new" mark, and the expanding formatter's
    /// ellipsis and toggle.
    private static let clutter = permalink || .attributeWord("property", "schema:name")
        || .anyClass([
            "links", "rdf-meta", "visually-hidden", "element-invisible", "element-hidden", "new", "submitted",
            "expanding-formatter-ellipsis", "expanding-formatter-trigger", "comment__meta", "username",
        ]) || .tags(["footer", "header", "form", "mark"])

    /// A pager next to the comments: Drupal pages them with `?page=N`.
    static func isPaginated(around first: Node?) -> Bool {
        guard let section = first?.ancestors.first(where: { $0.id == "comments" || $0.hasClass("comments") }) else {
            return false
        }
        return section.first { $0.hasClass("pager") || $0.hasClass("pager__items") } != nil
    }
}
