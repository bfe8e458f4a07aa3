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
        if page.metadata.generator?.lowercased().contains("wordpress") == true { return 0.9 }
        if !page.root.select(WordPressMarkup.assetsAndCommentForm).isEmpty { return 0.8 }
        // Security plugins strip the generator and rename asset folders; the walker's markup stays.
        guard page.signals.hasClass(prefix: "depth-") else { return 0 }
        let walkerComment = page.root.descendants.contains { node in
            node.id.flatMap(WordPressMarkup.commentNumber(inID:)) != nil && node.hasClass(prefix: "depth-")
        }
        return walkerComment ? 0.6 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let comments = WordPressComments(page: page, body: body)
        result.comments = comments.read()
        result.declaredCommentCount = WordPressMarkup.declaredCount(in: body, before: comments.elements.first)
            ?? WordPressMarkup.selfLinkCount(page: page, hasComments: !comments.elements.isEmpty)
        if WordPressMarkup.isPaginated(body) {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the comments are paginated; other pages are not in this file"))
        }
        result.post = WordPressPost.read(page: page, body: body, commentElements: Set(comments.elements))
        return result
    }
}

/// The comment elements of one page and how to read each.
private struct WordPressComments {
    let page: Page
    /// The outermost element of each comment, in document order.
    let elements: [Node]
    /// The comment number of each element, where it has one.
    let numbers: [String?]
    /// Every element that carries a comment's id, the outer ones and the inner ones.
    let groups: [[Node]]

    init(page: Page, body: Node) {
        self.page = page
        var elements: [Node] = []
        var numbers: [String?] = []
        var groups: [[Node]] = []
        var indexByNumber: [String: Int] = [:]
        var walker = body.descendants.makeIterator()
        while let node = walker.next() {
            if CommentVocabulary.isSidebar(node) {
                walker.skipChildren()
                continue
            }
            if let id = node.id, let number = WordPressMarkup.commentNumber(inID: id) {
                if let index = indexByNumber[number] {
                    groups[index].append(node)
                } else if !WordPressMarkup.isAnchorOnly(node) {
                    // Themes that put the id on an inner element still nest replies in the <li>.
                    let item = node.parent.flatMap { parent in
                        parent.is("li") && parent.id.flatMap(WordPressMarkup.commentNumber(inID:)) == nil ? parent : nil
                    }
                    indexByNumber[number] = elements.count
                    elements.append(item ?? node)
                    numbers.append(number)
                    groups.append(item.map { [$0, node] } ?? [node])
                }
            } else if WordPressMarkup.isIDlessPing(node) {
                elements.append(node)
                numbers.append(nil)
                groups.append([node])
                walker.skipChildren()
            }
        }
        self.elements = elements
        self.numbers = numbers
        self.groups = groups
    }

    func read() -> [Comment] {
        let containment = CommentNesting.parents(of: elements)
        let statedDepths = elements.map {
            $0.classNumber(prefix: "depth-") ?? $0.classNumber(prefix: "wpd_comment_level-")
                ?? $0.classNumber(prefix: "wc_comment_level-")
        }
        let useStatedDepths = containment.allSatisfy { $0 == nil } && statedDepths.contains { ($0 ?? 1) > 1 }
            && !statedDepths.contains { $0 == nil }
        let parents = useStatedDepths ? CommentNesting.parents(depths: statedDepths.map { $0 ?? 1 }) : containment
        let others = Set(elements)
        var ids: [String] = []
        var depths: [Int] = []
        var comments: [Comment] = []
        for (index, element) in elements.enumerated() {
            let id = numbers[index] ?? "c\(index + 1)"
            let parent = parents[index]
            let depth = parent.map { depths[$0] + 1 } ?? 0
            ids.append(id)
            depths.append(depth)
            let scope = element.scopedDescendants(excluding: others.subtracting([element]))
            let fields = WordPressCommentFields(page: page, group: groups[index], scope: scope, nested: others)
            comments.append(
                Comment(
                    id: id, parentId: parent.map { ids[$0] }, depth: depth, kind: fields.kind,
                    author: fields.author, published: fields.date.published, publishedText: fields.date.text,
                    url: fields.permalink(number: numbers[index]), isByPostAuthor: fields.isByPostAuthor,
                    body: fields.body))
        }
        let names = CommentVocabulary.strippingSharedAffixes(comments.map { $0.kind == .comment ? $0.author?.name : nil })
        for index in comments.indices where comments[index].kind == .comment {
            comments[index].author?.name = names[index]
        }
        return comments
    }
}

/// The fields of one comment, read from the elements that belong to it alone.
private struct WordPressCommentFields {
    let page: Page
    let group: [Node]
    let scope: [Node]
    let nested: Set<Node>
    /// Where the text is: the first element named for it that holds text and no chrome, else the
    /// first named for it, else the comment element itself.
    let bodyRoot: Node
    /// Whether `bodyRoot` mixes the text with author, date or actions.
    let bodyHoldsChrome: Bool
    /// Where author, date and permalink are looked for: outside the text where the text has a
    /// wrapper of its own, else everywhere.
    let chromeScope: [Node]

    init(page: Page, group: [Node], scope: [Node], nested: Set<Node>) {
        self.page = page
        self.group = group
        self.scope = scope
        self.nested = nested
        let owner = group[0]
        let candidates = scope.filter { node in
            CommentVocabulary.classContains(node, CommentVocabulary.bodyFragments)
                && !CommentVocabulary.classContains(node, CommentVocabulary.chromeFragments)
                && !node.visibleText.isEmpty
                && !node.ancestors.prefix { $0 != owner }.contains {
                    WordPressMarkup.isBodyClutter($0) || CommentVocabulary.isChrome($0)
                }
        }
        let clean = candidates.first { !$0.contains(where: CommentVocabulary.isChrome) }
        bodyRoot = clean ?? candidates.first ?? group.first { !$0.is("a") } ?? owner
        bodyHoldsChrome = clean == nil
        let body = bodyRoot
        chromeScope = bodyHoldsChrome ? scope : scope.filter { !body.contains($0) }
    }

    var kind: Comment.Kind {
        for node in group {
            if node.hasClass("pingback") { return .pingback }
            if node.hasClass("trackback") { return .trackback }
        }
        return .comment
    }

    var isByPostAuthor: Bool {
        group.contains { $0.hasClass("bypostauthor") || $0.hasClass("wpd-blog-author") }
            || scope.contains { $0.hasClass("post-author-badge") || $0.hasClass("by-post-author") }
    }

    private var authorElement: Node? {
        let candidates = chromeScope
        if kind != .comment {
            // A ping's "author" is the linking page: its title, linked.
            return candidates.first { $0.is("a") && $0.hasClass("url") }
                ?? scope.first { $0.is("a") && $0.hasClass("url") } ?? scope.first { $0.is("a") && $0["href"] != nil }
        }
        if let named = candidates.first(where: { $0.hasClass("fn") }) { return named }
        if let named = candidates.first(where: { CommentVocabulary.classContains($0, CommentVocabulary.authorNameFragments) }) {
            return named
        }
        let blocks = candidates.filter {
            CommentVocabulary.classContains($0, ["author"]) && !CommentVocabulary.classContains($0, ["avatar"])
        }
        for block in blocks {
            let named = block.first { $0.hasClass("fn") || $0.isAny(of: ["cite", "strong", "b"]) } ?? block
            if !CommentVocabulary.nameText(named).isEmpty { return named }
        }
        return candidates.first { $0.is("cite") } ?? candidates.first { $0.is("a") && $0.hasClass("url") }
    }

    /// The name as the element shows it; shared theme words are removed across all comments later.
    var author: Person? {
        let element = authorElement
        let name = element.map(CommentVocabulary.nameText)
            .map(CommentVocabulary.trimmingNamePunctuation)?.nonEmptyCollapsed
        // The author's link is the one that shows the name, not a permalink beside it.
        let link = element.flatMap { element in
            element.is("a")
                ? element
                : element.first { $0.is("a") && $0["href"] != nil && !$0.visibleText.isEmpty && name?.contains($0.visibleText) == true }
        }
        let avatar = scope.first { $0.is("img") && CommentVocabulary.classContains($0, ["avatar"]) }
            ?? scope.first { $0.is("img") && ($0.parent.map { CommentVocabulary.classContains($0, ["avatar"]) } ?? false) }
        let person = Person(
            name: name, url: page.resolve(link?["href"]),
            avatarURL: avatar.flatMap { page.resolve(WordPressMarkup.imageSource($0)) })
        return person.name == nil && person.url == nil && person.avatarURL == nil ? nil : person
    }

    struct DateReading {
        var published: PageDate?
        var text: String?
    }

    var date: DateReading {
        let language = page.metadata.language
        let candidates = chromeScope
        let time = candidates.first { $0.is("time") }
        let dateElement = time
            ?? candidates.first { CommentVocabulary.classContains($0, ["date", "time"]) && !$0.visibleText.isEmpty }
            ?? candidates.first { CommentVocabulary.classContains($0, ["meta"]) }.flatMap { meta in meta.first { $0.is("a") } }
        let text = dateElement.flatMap { element -> String? in
            if element.is("time"), let link = element.parent, link.is("a") { return link.visibleText.nonEmptyCollapsed }
            return element.visibleText.nonEmptyCollapsed
        }
        let machine = (time?["datetime"] ?? dateElement?["datetime"]).flatMap(MachineDate.parse)
        let titled = (dateElement?["title"]).flatMap { DisplayedDate.parse($0, language: language) }
        let displayed = text.flatMap { DisplayedDate.parse($0, language: language) }
        // A datetime attribute that holds only the day loses to a displayed date with a time.
        if let published = [machine, titled, displayed].compactMap({ $0 }).first(where: { $0.time != nil })
            ?? machine ?? titled ?? displayed
        {
            return DateReading(published: published, text: text)
        }
        return looseDate(language: language) ?? DateReading(published: nil, text: text)
    }

    /// Themes without a date element print the date in the author line or as bare text beside
    /// it ("<span class=author>…</span><br> März 7, 2018").
    private func looseDate(language: String?) -> DateReading? {
        let texts = chromeScope.lazy.flatMap { element in
            [element.visibleText] + element.children.filter { $0.kind == .text }.map { $0.content.collapsingWhitespace }
        }
        return LooseDate.shortest(in: texts, language: language).map { DateReading(published: $0.date, text: $0.text) }
    }

    func permalink(number: String?) -> String? {
        let links = chromeScope.filter { $0.is("a") }
        if let number, let link = links.first(where: { $0["href"]?.hasSuffix("comment-" + number) == true }) {
            return page.resolve(link["href"])
        }
        return nil
    }

    var body: RichText {
        let nested = self.nested
        let converter = BodyConverter(resolver: page.resolver) { node in
            nested.contains(node) || WordPressMarkup.isBodyClutter(node) || CommentVocabulary.isChrome(node)
        }
        let root = bodyRoot
        var text: RichText
        if kind != .comment, !CommentVocabulary.holdsParagraphs(root),
            let link = scope.first(where: { $0.is("a") && root.contains($0) && !$0.visibleText.isEmpty })
        {
            // A short ping is a translated label ("Pingback:", "Ping:") and the linking page's
            // title; the title is its text.
            text = converter.convert(nodes: [link])
        } else if bodyHoldsChrome,
            let firstParagraph = scope.first(where: { $0.is("p") && root.contains($0) && !$0.visibleText.isEmpty && !$0.ancestors.contains(where: CommentVocabulary.isChrome) }),
            let container = firstParagraph.parent
        {
            // Text and chrome mixed in one wrapper: the text starts at its first paragraph; loose
            // words before it (a bare date, "says") are the theme's.
            text = converter.convert(nodes: Array(container.children.drop { $0 != firstParagraph }))
        } else {
            text = converter.convert(root)
        }
        // Definition-list themes put the text in the <dd> after the comment's <dt>.
        if let term = group.first, term.is("dt"), let definition = term.nextElementSibling, definition.is("dd") {
            text.blocks += converter.convert(definition).blocks
        }
        return text
    }
}

extension Node {
    fileprivate func contains(where predicate: (Node) -> Bool) -> Bool {
        first(where: predicate) != nil
    }
}

/// The post as WordPress themes mark it up (`post_class()`, `entry-*`, block theme classes).
private enum WordPressPost {
    static func read(page: Page, body: Node, commentElements: Set<Node>) -> PostParts {
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
        let scope = article.map { Array($0.descendants) } ?? outsideComments
        func inArticle(_ classes: [StaticString]) -> Node? {
            for name in classes {
                if let node = scope.first(where: { $0.hasClass(name) && !commentElements.contains($0) }) { return node }
            }
            return nil
        }
        if let content = inArticle(["entry-content", "wp-block-post-content", "post-content", "entry", "post-body"]) {
            parts.body = BodyConverter(resolver: page.resolver) { WordPressMarkup.isBodyClutter($0) }.convert(content)
        }
        let published = scope.first { $0.is("time") && ($0.hasClass("published") || $0.hasClass("entry-date")) }
            ?? scope.first { $0.is("time") && $0["datetime"] != nil }
        parts.published = published?["datetime"].flatMap(MachineDate.parse)
        parts.updated = scope.first { $0.is("time") && $0.hasClass("updated") && !$0.hasClass("published") }?["datetime"]
            .flatMap(MachineDate.parse)
        if let author = inArticle(["author", "wp-block-post-author-name", "byline"]) {
            let link = author.is("a") ? author : author.first { $0.is("a") }
            parts.author = Person(
                name: (link ?? author).visibleText.nonEmptyCollapsed, url: page.resolve(link?["href"]))
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
    /// Core's asset folders (self-hosted and WordPress.com's CDN) and its comment form handler.
    static let assetsAndCommentForm = try! XPathExpression(
        """
        //link[contains(@href, '/wp-content/') or contains(@href, '/wp-includes/') or contains(@href, 'wp.com/')]
        | //script[contains(@src, '/wp-content/') or contains(@src, '/wp-includes/') or contains(@src, 'wp.com/')]
        | //form[contains(@action, 'wp-comments-post.php')]
        """)

    /// The N of `comment-N`, `li-comment-N`, `div-comment-N`, and wpDiscuz's `wpd-comm-N_P` / `wc-comm-N_P`.
    static func commentNumber(inID id: String) -> String? {
        for prefix in ["comment-", "li-comment-", "div-comment-", "wpd-comm-", "wc-comm-"] where id.hasPrefix(prefix) {
            var digits = id.dropFirst(prefix.count)
            if let underscore = digits.firstIndex(of: "_") { digits = digits[..<underscore] }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return String(digits)
        }
        return nil
    }

    /// `<a id="comment-N"></a>` placed before the comment it names.
    static func isAnchorOnly(_ node: Node) -> Bool {
        node.is("a") && node.visibleText.isEmpty
    }

    /// Twenty Ten and Eleven print pings as `li.post.pingback` with no id at all.
    static func isIDlessPing(_ node: Node) -> Bool {
        guard node.isAny(of: ["li", "div", "article"]), node.hasClass("pingback") || node.hasClass("trackback") else {
            return false
        }
        return node.first { $0.id.flatMap(commentNumber(inID:)) != nil } == nil
    }

    /// Things inside a comment's text that are not the text: reply and edit links, Jetpack
    /// likes, sharing buttons, moderation notes.
    static func isBodyClutter(_ node: Node) -> Bool {
        node.hasClass("reply") || node.hasClass("comment-reply-link") || node.hasClass("comment-reply")
            || node.hasClass("jetpack-comment-likes-widget-wrapper") || node.hasClass("comment-likes")
            || node.hasClass("sharedaddy") || node.hasClass("edit-link") || node.hasClass("comment-edit-link")
            || node.hasClass("children") || node.hasClass("wpd-comment-footer") || node.hasClass("comment-footer")
            || node.hasClass("wp-block-comment-reply-link") || node.hasClass("wpd-reply-button")
            || node.hasClass("comment-awaiting-moderation") || node.hasClass("screen-reader-text")
            || node.is("form")
    }

    static func imageSource(_ image: Node) -> String? {
        let src = image["src"]
        if let src, !src.hasPrefix("data:"), !src.contains("blank.gif") { return src }
        return image["data-src"] ?? image["data-lazy-src"] ?? src
    }

    /// The comment count a theme prints above the list: a heading or count element inside the
    /// comment section (the nearest ancestor of the first comment named for comments), before
    /// the first comment and outside the reply form.
    static func declaredCount(in body: Node, before firstComment: Node?) -> Int? {
        guard let firstComment else { return markedCount(in: body) }
        // The sections around the list, nearest first: a heading sits beside the list, inside
        // a section named for comments (some themes nest two).
        let sections = firstComment.ancestors.filter { ancestor in
            !ancestor.isAny(of: ["ol", "ul", "dl"])
                && [ancestor.id ?? "", ancestor["class"] ?? ""].contains { $0.lowercased().contains("comments") }
        }
        for section in sections {
            if let count = headingCount(in: section, before: firstComment) { return count }
        }
        return markedCount(in: body)
    }

    /// The last count-bearing heading or count element of `section` before its first comment,
    /// outside the reply form.
    private static func headingCount(in section: Node, before firstComment: Node) -> Int? {
        var candidate: Node?
        var walker = section.descendants.makeIterator()
        while let node = walker.next(), node != firstComment {
            if node.id == "respond" || node.hasClass("comment-respond") || node.is("form") {
                walker.skipChildren()
                continue
            }
            let isCountElement = node.isAny(of: ["h1", "h2", "h3", "h4", "h5", "h6"])
                || CommentVocabulary.classContains(node, ["title", "count", "headline", "heading"])
            if isCountElement, CountPhrase.count(in: node.visibleText) != nil { candidate = node }
        }
        return candidate.flatMap { CountPhrase.count(in: $0.visibleText) }
    }

    /// The count in an element the core themes name for it, wherever it is.
    private static func markedCount(in body: Node) -> Int? {
        let marked = body.first { node in
            node.id == "comments-title" || node.hasAnyClass(["comments-title", "wp-block-comments-title", "comments-count"])
                || (node.isAny(of: ["h2", "h3", "h4"]) && node.id == "comments")
        }
        return marked.flatMap { CountPhrase.count(in: $0.visibleText) }
    }

    /// The count on the post's own link to its comments ("2 Comments", "0 COMMENTS" in the
    /// post's meta line): a link to `#comments` or `#respond` of this very page, not of another
    /// post in a list. A link with no number on a page with no comments says there are none.
    static func selfLinkCount(page: Page, hasComments: Bool) -> Int? {
        let pageAddress = page.metadata.url.map { $0.split(separator: "#", maxSplits: 1)[0] }
        let links = page.mainElements.filter { node in
            guard node.is("a"), let href = node["href"], let hash = href.firstIndex(of: "#") else { return false }
            let fragment = href[href.index(after: hash)...]
            guard fragment == "comments" || fragment == "respond" else { return false }
            // The reply form's own links ("Cancel reply") point there too.
            guard !node.ancestors.contains(where: { $0.id == "respond" || $0.hasClass("comment-respond") || $0.is("form") })
            else { return false }
            let target = href[..<hash]
            return target.isEmpty || page.resolve(String(target)).map { $0.split(separator: "#")[0] } == pageAddress
        }
        for link in links {
            let text = link.visibleText
            if let count = CountPhrase.count(in: text) { return count }
            if !hasComments, !text.isEmpty, link.first(where: { _ in true }) == nil { return 0 }
        }
        return nil
    }

    static func isPaginated(_ body: Node) -> Bool {
        body.first { node in
            node.hasClass("comment-navigation") || node.hasClass("comments-pagination")
                || (node.is("a") && (node["href"]?.containsBytes("/comment-page-") == true || node["href"]?.containsBytes("cpage=") == true))
        } != nil
    }
}
