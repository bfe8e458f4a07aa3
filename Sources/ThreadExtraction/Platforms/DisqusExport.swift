import HTMLDOM
import ThreadModel

extension Diagnostic.Code {
    /// The file holds more discussions than the one read (a whole site's export).
    static let otherThreadsInFile = Diagnostic.Code("other-threads-in-file")
}

/// The Disqus export (the XML backup of a forum): a `<disqus>` root with `<thread dsq:id>` and
/// `<post dsq:id>` elements side by side, linked through `dsq:id` attributes, never through the
/// `<id>` elements. The HTML of each message sits in `<message>` as text.
///
/// One export can hold every thread of a site; the one with the most posts is read and the others
/// are reported. Deleted and spam posts are in the file; they are left out, except as an empty
/// entry where a reply that is kept hangs below one, which is what Disqus shows in their place.
struct DisqusExportExtractor: PlatformExtractor {
    var platform: Platform { .disqus }

    func detect(_ page: Page) -> Double {
        page.root.is("disqus") ? 1 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        let export = DisqusExport(root: page.root)
        guard let thread = export.busiestThread else {
            result.hasPost = false
            return result
        }
        let link = thread.childText("link")
        let converter = DisqusExportBody(base: link)
        result.post = PostParts(
            id: export.identifier(of: thread), url: link, title: thread.childText("title"),
            author: thread.child("author")?.childText("name").map { Person(name: $0) },
            published: thread.childText("createdAt").flatMap(MachineDate.parse),
            body: converter.convert(thread.child("message")?.text))
        result.comments = export.comments(of: thread, converter: converter, link: link)
        if export.threads.count > 1 {
            result.diagnostics.append(
                Diagnostic(.otherThreadsInFile, "the export holds \(export.threads.count) threads; only the one with the most posts was read"))
        }
        return result
    }
}

private struct DisqusExport {
    static let internals = "http://disqus.com/disqus-internals"

    let threads: [Node]
    let posts: [Node]

    init(root: Node) {
        threads = root.elementChildren.filter { $0.is("thread") }
        posts = root.elementChildren.filter { $0.is("post") }
    }

    /// `dsq:id`; files written without the namespace declaration keep the prefix in the name.
    func identifier(of node: Node) -> String? {
        (node.attribute("id", namespace: Self.internals) ?? node["dsq:id"] ?? node["id"])?.nonEmptyCollapsed
    }

    func threadIdentifier(of post: Node) -> String? {
        post.child("thread").flatMap(identifier(of:))
    }

    var busiestThread: Node? {
        var counts: [String: Int] = [:]
        for post in posts where !isRemoved(post) {
            if let thread = threadIdentifier(of: post) { counts[thread, default: 0] += 1 }
        }
        // Ties go to the thread first in the file.
        return threads.enumerated().max { lhs, rhs in
            let left = identifier(of: lhs.element).flatMap { counts[$0] } ?? 0
            let right = identifier(of: rhs.element).flatMap { counts[$0] } ?? 0
            return left != right ? left < right : lhs.offset > rhs.offset
        }?.element
    }

    func isRemoved(_ post: Node) -> Bool {
        post.childText("isDeleted") == "true" || post.childText("isSpam") == "true"
    }

    /// The thread's posts as a pre-order walk of the reply tree, siblings by creation time.
    func comments(of thread: Node, converter: DisqusExportBody, link: String?) -> [Comment] {
        let threadID = identifier(of: thread)
        let entries = posts.filter { threadIdentifier(of: $0) == threadID }
        let ids = entries.enumerated().map { identifier(of: $1) ?? "c\($0 + 1)" }
        let indexByID = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let parents = entries.map { $0.child("parent").flatMap(identifier(of:)).flatMap { indexByID[$0] } }
        var replies: [Int?: [Int]] = [:]
        for index in entries.indices { replies[parents[index], default: []].append(index) }
        let created = entries.map { $0.childText("createdAt") ?? "" }
        var kept = entries.map { !isRemoved($0) }
        // A removed post stays, empty, where a kept reply needs it as a parent.
        for index in entries.indices.reversed() where kept[index] {
            var ancestor = parents[index]
            while let current = ancestor, !kept[current] {
                kept[current] = true
                ancestor = parents[current]
            }
        }
        let threadAuthor = thread.child("author")?.childText("username")
        var comments: [Comment] = []
        var stack: [(index: Int, depth: Int)] = sortedReplies(replies[nil] ?? [], created).reversed().map { ($0, 0) }
        var visited = Set<Int>()
        while let (index, depth) = stack.popLast() {
            guard visited.insert(index).inserted else { continue }
            stack += sortedReplies(replies[index] ?? [], created).reversed().map { ($0, depth + 1) }
            guard kept[index] else { continue }
            let entry = entries[index]
            let removed = isRemoved(entry)
            let author = entry.child("author")
            let username = author?.childText("username")
            comments.append(
                Comment(
                    id: ids[index], parentId: parents[index].map { ids[$0] }, depth: depth,
                    author: removed ? nil : author?.childText("name").map { Person(name: $0) },
                    published: created[index].nonEmptyCollapsed.flatMap(MachineDate.parse),
                    url: link.map { $0.prefix { $0 != "#" } + "#comment-" + ids[index] },
                    isByPostAuthor: !removed && username != nil && username == threadAuthor,
                    body: removed ? RichText() : converter.convert(entry.child("message")?.text)))
        }
        return comments
    }

    private func sortedReplies(_ indices: [Int], _ created: [String]) -> [Int] {
        indices.sorted { created[$0] != created[$1] ? created[$0] < created[$1] : $0 < $1 }
    }
}

/// A message's HTML, parsed on its own and converted like any body.
private struct DisqusExportBody {
    let resolver: URLResolver

    init(base: String?) {
        resolver = URLResolver(base: base)
    }

    func convert(_ html: String?) -> RichText {
        guard let html, !html.allSatisfy(\.isWhitespace),
            let document = try? HTMLDocument(bytes: Array(html.utf8)),
            let root = document.root
        else { return RichText() }
        let body = root.elementChildren.first { $0.is("body") } ?? root
        return BodyConverter(resolver: resolver).convert(body)
    }
}

extension Node {
    fileprivate func child(_ name: StaticString) -> Node? {
        elementChildren.first { $0.is(name) }
    }

    fileprivate func childText(_ name: StaticString) -> String? {
        child(name)?.text.nonEmptyCollapsed
    }
}
