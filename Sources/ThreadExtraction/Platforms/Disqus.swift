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
        guard signals.ids.contains("disqus_thread") || signals.hasClass("post") || signals.tags.contains("iframe")
        else { return 0 }
        for node in page.root.descendants {
            if node.id == "disqus_thread" || DisqusMarkup.isAppPost(node) { return 0.95 }
            if node.is("iframe"), node["src"]?.contains("disqus.com/embed/comments") == true { return 0.95 }
        }
        return 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        let root = page.body ?? page.root
        let container = root.first { $0.id == "disqus_thread" }
        let posts = root.descendants.filter(DisqusMarkup.isAppPost)
        if !posts.isEmpty {
            result.comments = DisqusAppComments(page: page, elements: posts).read()
            result.declaredCommentCount = DisqusMarkup.declaredCount(in: root)
            if DisqusMarkup.hasMoreToLoad(root) {
                result.diagnostics.append(
                    Diagnostic(.commentsLoadedByScript, "further Disqus comments load on demand and are not in this file"))
            }
            // The app's own document is the discussion alone: the article is on the host page.
            result.hasPost = container.map { container in posts.contains { container.contains($0) } } ?? false
        } else if let copy = container?.first(where: { $0.hasClass("d-noscript-comments") }) {
            result.comments = DisqusNoscriptComments.read(copy, page: page)
        }
        if result.comments.isEmpty, container != nil {
            result.diagnostics.append(
                Diagnostic(.commentsLoadedByScript, "the Disqus comments are loaded by script and are not in this file"))
        }
        return result
    }
}

/// The rendered Disqus app: each `li.post` holds its own `div.post-content` and, beside it, the
/// `ul.children` of its replies.
private struct DisqusAppComments {
    let page: Page
    /// In document order.
    let elements: [Node]

    func read() -> [Comment] {
        let numbers = elements.map { DisqusMarkup.postNumber(inID: $0.id ?? "") ?? "" }
        let indexByNumber = Dictionary(numbers.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let containment = CommentNesting.parents(of: elements)
        let others = Set(elements)
        var depths: [Int] = []
        var comments: [Comment] = []
        for (index, element) in elements.enumerated() {
            let own = element.scopedDescendants(excluding: others.subtracting([element]))
            // The parent link names the replied-to post even where Disqus stops nesting deep replies.
            let linked = own.first { $0.hasClass("parent-link") }?["href"]
                .flatMap(DisqusMarkup.commentNumber(inFragmentOf:))
                .flatMap { indexByNumber[$0] }
                .flatMap { $0 < index ? $0 : nil }
            let parent = linked ?? containment[index]
            let depth = parent.map { depths[$0] + 1 } ?? 0
            depths.append(depth)
            let stamp = own.first { $0.hasClass("time-ago") }
            let dateText = (stamp?["title"]).flatMap(\.nonEmptyCollapsed) ?? stamp?.visibleText.nonEmptyCollapsed
            let byline = own.first { $0.hasClass("author") }
            let profile = byline.flatMap { $0.is("a") ? $0 : $0.first { $0.is("a") } }
            let avatar = own.first { $0.hasClass("avatar") }?.first { $0.is("img") }
            let author = Person(
                name: byline?.visibleText.nonEmptyCollapsed, url: page.resolve(profile?["href"]),
                avatarURL: page.resolve(avatar?["src"]))
            let message = own.first { $0.hasClass("post-message") }
            comments.append(
                Comment(
                    id: numbers[index].isEmpty ? "c\(index + 1)" : numbers[index], parentId: parent.map { comments[$0].id },
                    depth: depth, author: author.name == nil && author.url == nil ? nil : author,
                    published: dateText.flatMap { DisplayedDate.parse($0, language: page.metadata.language) },
                    publishedText: dateText, url: page.resolve(stamp?["href"]),
                    body: message.map { BodyConverter(resolver: page.resolver).convert($0) } ?? RichText()))
        }
        return comments
    }
}

/// The copy Disqus prints for readers without script: flat, in the thread's order, no ids.
private enum DisqusNoscriptComments {
    static func read(_ copy: Node, page: Page) -> [Comment] {
        let converter = BodyConverter(resolver: page.resolver)
        return copy.outermost { $0.hasClass("comment") }.enumerated().map { index, entry in
            let name = entry.first { $0.hasClass("comment-author") }?.visibleText.nonEmptyCollapsed
            let body = entry.first { $0.hasClass("comment-body") }
            return Comment(
                id: "c\(index + 1)", author: name.map { Person(name: $0) },
                body: body.map(converter.convert) ?? RichText())
        }
    }
}

enum DisqusMarkup {
    /// A post of the rendered app: `li.post#post-N` with the app's `data-role` parts.
    static func isAppPost(_ node: Node) -> Bool {
        guard node.is("li"), node.hasClass("post"), let id = node.id, postNumber(inID: id) != nil else { return false }
        return node.elementChildren.contains { $0["data-role"] == "post-content" }
    }

    static func postNumber(inID id: String) -> String? {
        digits(after: "post-", in: id)
    }

    /// The N of a `…#comment-N` permalink.
    static func commentNumber(inFragmentOf href: String) -> String? {
        guard let hash = href.lastIndex(of: "#") else { return nil }
        return digits(after: "comment-", in: String(href[href.index(after: hash)...]))
    }

    private static func digits(after prefix: String, in text: String) -> String? {
        guard text.hasPrefix(prefix) else { return nil }
        let digits = text.dropFirst(prefix.count)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber } ? String(digits) : nil
    }

    /// The count on the app's conversation tab.
    static func declaredCount(in root: Node) -> Int? {
        guard let tab = root.first(where: { $0["data-role"] == "post-count" }) else { return nil }
        let label = tab.first { $0.hasClass("comment-count") } ?? tab
        return CountPhrase.count(in: label.visibleText)
    }

    /// The app's "load more" control, present unless hidden because everything is shown.
    static func hasMoreToLoad(_ root: Node) -> Bool {
        root.first { node in
            node["data-role"] == "more" && !(node["style"]?.replacingOccurrences(of: " ", with: "").contains("display:none") ?? false)
        } != nil
    }
}
