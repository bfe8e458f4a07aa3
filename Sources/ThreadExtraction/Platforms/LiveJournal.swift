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
        return signals.scripts.contains { $0.rawText.containsBytes("LJ_cmtinfo") } ? 0.85 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let elements = body.descendants.filter(LiveJournalMarkup.isComment)
        result.comments = LiveJournalComments(page: page, elements: elements).read()
        let section = body.first { $0.id == "comments" }
        result.declaredCommentCount = section?.first { CommentVocabulary.classContains($0, ["replycount", "comments-count"]) }
            .flatMap { CountPhrase.count(in: $0.visibleText) }
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
        result.post.author = poster.map { Person(name: $0.visibleText.nonEmptyCollapsed, url: page.resolve($0.first { $0.is("a") && !$0.visibleText.isEmpty }?["href"])) }
        return result
    }
}

private struct LiveJournalComments {
    let page: Page
    let elements: [Node]

    func read() -> [Comment] {
        let parents = CommentNesting.parents(depths: LiveJournalMarkup.depths(of: elements))
        var comments: [Comment] = []
        for (index, element) in elements.enumerated() {
            let id = LiveJournalMarkup.commentID(of: element) ?? "c\(index + 1)"
            let parent = parents[index]
            let scope = Array(element.descendants)
            let user = scope.first { $0["data-ljuser"] != nil }
            let profile = user.flatMap { user in user.first { $0.is("a") && $0.hasClass("i-ljuser-username") } ?? user.first { $0.is("a") && !$0.visibleText.isEmpty } }
            let name = user?.visibleText.nonEmptyCollapsed
                ?? scope.first { CommentVocabulary.classContains($0, ["username", "poster"]) }.map(CommentVocabulary.nameText)?.nonEmptyCollapsed
            let userpic = scope.first { $0.is("img") && CommentVocabulary.classContains($0, ["userpic"]) }
            let date = LiveJournalMarkup.date(in: scope, language: page.metadata.language)
            let permalink = scope.first { $0.is("a") && $0["href"]?.hasSuffix("#t\(id)") == true }
            let text = scope.first { CommentVocabulary.classContains($0, ["comment__body", "b-leaf-article", "comment-body", "comment-text", "comment-box"]) }
            comments.append(
                Comment(
                    id: id, parentId: parent.map { comments[$0].id }, depth: parent.map { comments[$0].depth + 1 } ?? 0,
                    author: name.map { Person(name: $0, url: page.resolve(profile?["href"]), avatarURL: page.resolve(userpic?["src"])) },
                    published: date?.date, publishedText: date?.text, url: page.resolve(permalink?["href"]),
                    isByPostAuthor: CommentVocabulary.classContains(element, ["--poster", "b-leaf-poster"]),
                    body: text.map { BodyConverter(resolver: page.resolver).convert($0) } ?? RichText()))
        }
        return comments
    }
}

enum LiveJournalMarkup {
    static func isComment(_ node: Node) -> Bool {
        guard node.isElement, let id = node.id else { return false }
        if id.hasPrefix("ljcmt") { return numberAfter("ljcmt", in: id) != nil }
        return numberAfter("t", in: id) != nil && (node.hasClass("comment") || node.hasClass("b-leaf") || node.hasClass("mdspost-comment"))
    }

    static func commentID(of node: Node) -> String? {
        node.id.flatMap { numberAfter("ljcmt", in: $0) ?? numberAfter("t", in: $0) }
    }

    private static func numberAfter(_ prefix: String, in id: String) -> String? {
        guard id.hasPrefix(prefix) else { return nil }
        let digits = id.dropFirst(prefix.count)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber } ? String(digits) : nil
    }

    /// 1-based depths: the level a wrapper states (`mdspost-thread--level-N`, `b-tree-twig-N`),
    /// else the rank of the comment's `margin-left` among all the margins on the page.
    static func depths(of elements: [Node]) -> [Int] {
        let stated = elements.map { element in
            ([element] + Array(element.ancestors.prefix(3))).lazy.compactMap {
                $0.classNumber(prefix: "mdspost-thread--level-") ?? $0.classNumber(prefix: "b-tree-twig-")
            }.first
        }
        if stated.allSatisfy({ $0 != nil }) { return stated.map { $0 ?? 1 } }
        let margins = elements.map { element in
            ([element] + Array(element.ancestors.prefix(2))).lazy.compactMap { $0["style"].flatMap(marginLeft) }.first ?? 0
        }
        let levels = Array(Set(margins)).sorted()
        return margins.map { margin in (levels.firstIndex(of: margin) ?? 0) + 1 }
    }

    /// The pixels of `margin-left: Npx` in a style attribute.
    private static func marginLeft(_ style: String) -> Int? {
        guard let range = style.range(of: "margin-left") else { return nil }
        let value = style[range.upperBound...].drop { $0 == ":" || $0 == " " }
        return Int(value.prefix { $0.isASCII && $0.isNumber })
    }

    /// The creation time: the first element named for a time that reads as a full date ("April 12
    /// 2018, 04:34:23 UTC"); the relative "1 week ago" beside it does not.
    static func date(in scope: [Node], language: String?) -> (date: PageDate, text: String)? {
        for node in scope where node.is("time") || CommentVocabulary.classContains(node, ["time", "date"]) || node["title"] != nil {
            for text in [node["datetime"], node.visibleText, node["title"]].compactMap({ $0 }) where !text.isEmpty {
                if let date = MachineDate.parseISO8601(text) ?? DisplayedDate.parse(text, language: language) {
                    return (date, node.visibleText.nonEmptyCollapsed ?? text)
                }
            }
        }
        return nil
    }
}
