import HTMLDOM
import ThreadModel

/// Reddit in the three layouts saved pages come in: old Reddit (`div.thing` trees), the
/// 2018–2023 redesign (`div.Comment` rows with thread lines) and the current web components
/// (`shreddit-comment`). Ids are the fullnames without their `t1_` type prefix.
///
/// Stubs that stand for replies not in the page ("load more comments", "continue this thread",
/// "N more replies") are not comments; they are reported.
struct RedditExtractor: PlatformExtractor {
    var platform: Platform { .reddit }

    func detect(_ page: Page) -> Double {
        let signals = page.signals
        guard signals.tags.contains("shreddit-comment") || signals.tags.contains("shreddit-post")
            || (signals.hasClass("thing") && signals.attributeNames.contains("data-fullname")) || signals.hasClass("Comment"),
            let body = page.body
        else { return 0 }
        for node in body.descendants {
            if node.isAny(of: ["shreddit-comment", "shreddit-post"]) { return 0.9 }
            if node.hasClass("thing"), node["data-fullname"]?.hasPrefix("t") == true { return 0.9 }
            if RedditRedesign.commentMarker(node) != nil { return 0.85 }
        }
        return 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        guard let body = page.body else { return PlatformExtraction() }
        if body.first(where: { $0.is("shreddit-comment") || $0.is("shreddit-post") }) != nil {
            return RedditComponents(page: page, body: body).read()
        }
        if body.first(where: { $0.hasClass("thing") && $0["data-fullname"] != nil }) != nil {
            return OldReddit(page: page, body: body).read()
        }
        return RedditRedesign(page: page, body: body).read()
    }
}

private enum RedditMarkup {
    /// `t1_abc` -> `abc`.
    static func shortID(_ fullname: String?) -> String? {
        guard let fullname, let underscore = fullname.firstIndex(of: "_"), fullname.hasPrefix("t") else { return nil }
        let id = fullname[fullname.index(after: underscore)...]
        return id.isEmpty ? nil : String(id)
    }

    /// The name in a profile path, `/user/NAME/` or `/u/NAME`.
    static func userName(inPath path: String?) -> String? {
        guard let path else { return nil }
        for marker in ["/user/", "/u/"] {
            if let range = path.firstRange(of: marker) {
                let name = path[range.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
                if !name.isEmpty { return String(name) }
            }
        }
        return nil
    }

    /// Parents from ids, for comments whose parent is named rather than enclosing them; a parent
    /// not in the page leaves the comment at the top.
    static func comments(
        ids: [String], parentIDs: [String?], build: (_ index: Int, _ parent: String?, _ depth: Int) -> Comment
    ) -> [Comment] {
        var depthByID: [String: Int] = [:]
        var comments: [Comment] = []
        for (index, id) in ids.enumerated() {
            let parent = parentIDs[index].flatMap { depthByID[$0] != nil ? $0 : nil }
            let depth = parent.flatMap { depthByID[$0] }.map { $0 + 1 } ?? 0
            depthByID[id] = depth
            comments.append(build(index, parent, depth))
        }
        return comments
    }

    static func missingReplies(_ count: Int) -> Diagnostic {
        Diagnostic(
            .commentsLoadedByScript,
            "\(count) \(count == 1 ? "stub stands" : "stubs stand") for replies that are not in this file (\"load more\" / \"continue this thread\")")
    }
}

// MARK: - Old Reddit

private struct OldReddit {
    let page: Page
    let body: Node

    func read() -> PlatformExtraction {
        var result = PlatformExtraction()
        // One pass gives each `.thing` (comment, link, "load more" stub) the elements it holds
        // outside the things nested in it.
        let all = CommentWalker(page: page, markup: CommentMarkup(skipped: .never, item: .classToken("thing"))).items(in: body)
        var things: [CommentWalker.Item] = []
        var commentIndex: [Int: Int] = [:]
        var stubs = 0
        var link: CommentWalker.Item?
        for (index, item) in all.enumerated() {
            let node = item.element
            let type = node["data-type"]
            if type == "comment" || (type == nil && node.hasClass("comment")) {
                commentIndex[index] = things.count
                things.append(item)
            } else if type == "morechildren" || node.hasClass("morechildren") || node.hasClass("morerecursion") {
                stubs += 1
            } else if type == "link" || node.hasClass("link") {
                link = link ?? item
            }
        }
        let postAuthor = link.flatMap { self.author(of: $0.element, scope: Array($0.element.descendants)) }?.name
        var ids: [String] = []
        var depths: [Int] = []
        for (index, item) in things.enumerated() {
            let thing = item.element
            let scope = Array(item.scope)
            // The nearest enclosing comment (a link or stub never encloses one).
            let parent = item.container.flatMap { commentIndex[$0] }
            let id = RedditMarkup.shortID(thing["data-fullname"]) ?? "c\(index + 1)"
            let depth = parent.map { depths[$0] + 1 } ?? 0
            ids.append(id)
            depths.append(depth)
            let author = self.author(of: thing, scope: scope)
            let time = OldReddit.time(in: scope)
            let text = scope.first { $0.hasClass("usertext-body") }.map { body in
                body.first { $0.hasClass("md") } ?? body
            }
            result.comments.append(
                Comment(
                    id: id, parentId: parent.map { ids[$0] }, depth: depth, author: author,
                    published: time?["datetime"].flatMap(MachineDate.parse), publishedText: time?.visibleText.nonEmptyCollapsed,
                    url: page.resolve(thing["data-permalink"]),
                    isByPostAuthor: scope.contains { $0.hasClass("author") && $0.hasClass("submitter") }
                        || (author?.name != nil && author?.name == postAuthor && author?.name != "[deleted]"),
                    body: text.map { BodyConverter(resolver: page.resolver).convert($0) } ?? RichText()))
        }
        if let link = link?.element {
            result.post = post(link)
            result.declaredCommentCount = link.first { $0.is("a") && $0.hasClass("comments") }
                .flatMap { CountPhrase.count(in: $0.visibleText) }
        }
        if stubs > 0 { result.diagnostics.append(RedditMarkup.missingReplies(stubs)) }
        return result
    }

    /// The tagline's author link; a deleted account shows its placeholder without a link.
    func author(of thing: Node, scope: [Node]) -> Person? {
        let tagline = scope.first { $0.hasClass("tagline") }
        if let link = tagline?.first(where: { $0.hasClass("author") }), let name = link.visibleText.nonEmptyCollapsed {
            return Person(name: name, url: page.resolve(link["href"]))
        }
        let name = thing["data-author"]?.nonEmptyCollapsed ?? tagline?.first { $0.is("em") }?.visibleText.nonEmptyCollapsed
        return name.map { Person(name: $0) }
    }

    /// The tagline's creation time, not the edit time beside it.
    static func time(in scope: [Node]) -> Node? {
        let tagline = scope.first { $0.hasClass("tagline") }
        return tagline?.first { $0.is("time") && !$0.hasClass("edited-timestamp") }
    }

    private func post(_ link: Node) -> PostParts {
        var parts = PostParts()
        let scope = Array(link.descendants)
        parts.id = RedditMarkup.shortID(link["data-fullname"])
        parts.url = page.resolve(link["data-permalink"])
        parts.title = scope.first { $0.is("a") && $0.hasClass("title") }?.visibleText.nonEmptyCollapsed
        parts.author = self.author(of: link, scope: scope)
        parts.published = OldReddit.time(in: scope)?["datetime"].flatMap(MachineDate.parse)
        if let text = scope.first(where: { $0.hasClass("usertext-body") }) {
            parts.body = BodyConverter(resolver: page.resolver).convert(text.first { $0.hasClass("md") } ?? text)
        }
        return parts
    }
}

// MARK: - The redesign (2018–2023)

private struct RedditRedesign {
    let page: Page
    let body: Node

    /// The fullname of a `div.Comment` marker (`class="Comment t1_abc …"`).
    static func commentMarker(_ node: Node) -> String? {
        guard node.hasClass("Comment") else { return nil }
        return node.classes.first { $0.hasPrefix("t1_") }.map(String.init)
    }

    func read() -> PlatformExtraction {
        var result = PlatformExtraction()
        var markers: [(node: Node, fullname: String)] = []
        var stubs = 0
        for node in body.descendants {
            if let fullname = RedditRedesign.commentMarker(node) {
                markers.append((node, fullname))
            } else if let id = node.id, id.hasPrefix("moreComments-") || id.hasPrefix("continueThread-") {
                stubs += 1
            }
        }
        // The row around the marker (`div#t1_abc`) also holds the thread lines, one per
        // ancestor, each named by the ancestor's fullname: the last one not its own is the parent.
        let rows = markers.map { marker in marker.node.ancestors.first { $0.id == marker.fullname } ?? marker.node }
        let ids = markers.map { RedditMarkup.shortID($0.fullname) ?? $0.fullname }
        let parentIDs: [String?] = markers.indices.map { index in
            let marker = markers[index]
            let lines = rows[index].descendants.filter { !marker.node.contains($0) }
                .compactMap { node in node.classes.first { $0.hasPrefix("t1_") }.map(String.init) }
                .filter { $0 != marker.fullname }
            return lines.last.flatMap(RedditMarkup.shortID)
        }
        let container = body.first { $0["data-testid"] == "post-container" }
        let postAuthor = container?.first { $0["data-testid"] == "post_author_link" }?.visibleText
            .nonEmptyCollapsed.map(RedditRedesign.withoutUserPrefix)
        result.comments = RedditMarkup.comments(ids: ids, parentIDs: parentIDs) { index, parent, depth in
            let marker = markers[index].node
            let author = self.author(in: marker)
            let stamp = marker.first { $0["data-testid"] == "comment_timestamp" }
            let text = marker.first { $0["data-testid"] == "comment" }
            return Comment(
                id: ids[index], parentId: parent, depth: depth, author: author,
                publishedText: stamp?.visibleText.nonEmptyCollapsed, url: page.resolve(stamp?["href"]),
                isByPostAuthor: author?.name != nil && author?.name == postAuthor,
                body: text.map { BodyConverter(resolver: page.resolver).convert($0) } ?? RichText())
        }
        if let container {
            result.post = post(container, author: postAuthor)
            result.declaredCommentCount = container.first { link in
                link.is("a") && link.first { $0.hasClass("icon-comment") } != nil
            }.flatMap { CountPhrase.count(in: $0.visibleText) }
        }
        if stubs > 0 { result.diagnostics.append(RedditMarkup.missingReplies(stubs)) }
        return result
    }

    /// The author link's name; else the name in the avatar's profile path (saves that did not
    /// render names keep it there). A removed comment's header names nobody.
    func author(in marker: Node) -> Person? {
        if let link = marker.first(where: { $0["data-testid"] == "comment_author_link" }),
            let name = link.visibleText.nonEmptyCollapsed
        {
            return Person(name: name, url: page.resolve(link["href"]))
        }
        if marker.first(where: { $0["data-testid"]?.hasPrefix("post-comment-header-deleted") == true }) != nil {
            return nil
        }
        let avatar = marker.first { $0["data-testid"] == "comment_author_icon" || $0["to"] != nil }
        let path = avatar?["href"] ?? avatar?["to"]
        return RedditMarkup.userName(inPath: path).map { Person(name: $0, url: page.resolve(avatar?["href"])) }
    }

    static func withoutUserPrefix(_ name: String) -> String {
        name.hasPrefix("u/") ? String(name.dropFirst(2)) : name
    }

    private func post(_ container: Node, author: String?) -> PostParts {
        var parts = PostParts()
        parts.id = container.id.flatMap(RedditMarkup.shortID)
        parts.title = container.first { $0.is("h1") }?.visibleText.nonEmptyCollapsed
        if let author { parts.author = Person(name: author) }
        if let text = container.first(where: { $0["data-click-id"] == "text" }) {
            parts.body = BodyConverter(resolver: page.resolver).convert(text)
        }
        return parts
    }
}

// MARK: - Web components (2023–)

private struct RedditComponents {
    let page: Page
    let body: Node

    func read() -> PlatformExtraction {
        var result = PlatformExtraction()
        let items = CommentWalker(page: page, markup: CommentMarkup(skipped: .never, item: .tag("shreddit-comment"))).items(in: body)
        let elements = items.map(\.element)
        let containment = items.map(\.container)
        let ids = elements.enumerated().map { RedditMarkup.shortID($0.element["thingid"]) ?? "c\($0.offset + 1)" }
        let parentIDs: [String?] = elements.indices.map { index in
            RedditMarkup.shortID(elements[index]["parentid"]) ?? containment[index].map { ids[$0] }
        }
        let post = body.first { $0.is("shreddit-post") }
        let postAuthor = post?["author"]
        result.comments = RedditMarkup.comments(ids: ids, parentIDs: parentIDs) { index, parent, depth in
            let element = elements[index]
            let scope = items[index].scope
            let author = element["author"]?.nonEmptyCollapsed
            let time = scope.first { $0.is("time") && $0["datetime"] != nil }
            let stamp = scope.first { $0.is("faceplate-timeago") }
            let published = (element["created"] ?? time?["datetime"] ?? stamp?["ts"]).flatMap(MachineDate.parse)
            let text = scope.first { $0["slot"] == "comment" }
            return Comment(
                id: ids[index], parentId: parent, depth: depth, author: author.map { Person(name: $0) },
                published: published, publishedText: (stamp ?? time)?.visibleText.nonEmptyCollapsed,
                url: page.resolve(element["permalink"]),
                isByPostAuthor: author != nil && author == postAuthor && author != "[deleted]",
                body: text.map { BodyConverter(resolver: page.resolver).convert($0) } ?? RichText())
        }
        if let post {
            var parts = PostParts()
            parts.id = RedditMarkup.shortID(post["id"])
            parts.url = page.resolve(post["permalink"])
            parts.title = post["post-title"]?.nonEmptyCollapsed
            parts.author = postAuthor.map { Person(name: $0) }
            parts.published = post["created-timestamp"].flatMap(MachineDate.parse)
            if let text = post.first(where: { $0["slot"] == "text-body" }) {
                parts.body = BodyConverter(resolver: page.resolver).convert(text)
            }
            result.post = parts
            result.declaredCommentCount = post["comment-count"].flatMap { Int($0) }
        }
        // Deferred parts of the tree ("N more replies") arrive as partials fetched by script.
        let stubs = body.descendants.filter { node in
            node.is("faceplate-partial") && node.ancestors.contains { $0.is("shreddit-comment-tree") || $0.is("shreddit-comment") }
        }.count
        if stubs > 0 { result.diagnostics.append(RedditMarkup.missingReplies(stubs)) }
        return result
    }
}
