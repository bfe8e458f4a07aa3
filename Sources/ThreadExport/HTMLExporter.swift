#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ThreadModel

/// Writes a thread as one standalone page to read offline: the post, the discussion with replies
/// nested, then pingbacks and trackbacks. One embedded stylesheet, no script, nothing loaded from
/// anywhere (images become links to them, avatars are left out), and a content security policy
/// that would block a load even if one slipped in. Bodies are the model's sanitised HTML.
public struct HTMLExporter: ThreadExporter {
    /// How many levels of reply are nested visibly; deeper replies stay at this level, each
    /// naming and linking the comment it answers.
    public var maxNestingDepth: Int

    /// An exporter nesting replies `maxNestingDepth` levels deep.
    public init(maxNestingDepth: Int = 10) {
        self.maxNestingDepth = maxNestingDepth
    }

    /// `html`.
    public var fileExtension: String { "html" }

    /// The page as UTF-8, ending with a newline.
    public func export(_ thread: ExtractedThread) throws -> Data {
        Data(render(thread).utf8)
    }

    /// The page as text.
    public func render(_ thread: ExtractedThread) -> String {
        var page = HTMLPage(thread: thread)
        page.document(maxNestingDepth: maxNestingDepth)
        return page.out
    }
}

/// One page being written; `out` is the markup so far. Every text and attribute goes through the
/// model renderer's escaping, every address through its safety check.
private struct HTMLPage {
    let thread: ExtractedThread
    var out = ""

    init(thread: ExtractedThread) {
        self.thread = thread
    }

    mutating func document(maxNestingDepth: Int) {
        let title = CommentLabel.oneLine(thread.post?.title) ?? CommentLabel.oneLine(thread.site.name)
            ?? thread.post?.url ?? thread.source.url ?? "Thread"
        out += "<!DOCTYPE html>\n"
        out += thread.source.language.map { "<html lang=\"\(attribute($0))\">\n" } ?? "<html>\n"
        out += "<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        out += "<meta name=\"referrer\" content=\"no-referrer\">\n"
        out += "<meta name=\"generator\" content=\"blogthread\">\n"
        out += "<title>\(text(title))</title>\n<style>\n\(HTMLPageStyle.css)\n</style>\n</head>\n<body>\n"
        post(title: title)
        discussion(maxNestingDepth: maxNestingDepth)
        linkbacks()
        footer()
        out += "</body>\n</html>\n"
    }

    // MARK: Parts

    private mutating func post(title: String) {
        out += "<article class=\"post\">\n<header>\n"
        if let site = CommentLabel.oneLine(thread.site.name) {
            out += "<p class=\"meta\">\(link(thread.site.url, text(site)))</p>\n"
        }
        out += "<h1>\(text(title))</h1>\n"
        guard let post = thread.post else {
            out += "</header>\n</article>\n"
            return
        }
        var meta: [String] = []
        if let name = CommentLabel.oneLine(post.author?.name) {
            meta.append("<span class=\"author\">\(link(post.author?.url, text(name)))</span>")
        }
        if let published = post.published { meta.append(time(published)) }
        if let updated = post.updated { meta.append("updated " + time(updated)) }
        if let url = post.url ?? thread.source.url, URLSafety.isSafeLink(url) {
            meta.append("<a href=\"\(attribute(url))\">original</a>")
        }
        if !meta.isEmpty { out += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n" }
        let labels = post.categories + post.tags
        if !labels.isEmpty {
            out += "<p class=\"meta\">\(labels.map { text($0) }.joined(separator: " · "))</p>\n"
        }
        out += "</header>\n"
        if !post.body.isEmpty { out += "<div class=\"body\">\(OfflineBody.html(post.body))</div>\n" }
        out += "</article>\n"
    }

    private mutating func discussion(maxNestingDepth: Int) {
        let entries = ReplyTree.entries(thread.comments, maxNestingDepth: maxNestingDepth)
        guard !entries.isEmpty else { return }
        let count = thread.comments.count { $0.kind == .comment }
        out += "<section class=\"discussion\">\n<h2>Comments (\(count))</h2>\n<ol class=\"comments\">\n"
        // Without recursion: what is left to write, as entries to open and lists to close.
        enum Step { case open(ReplyTree.Entry), close }
        var pending = entries.reversed().map(Step.open)
        while let step = pending.popLast() {
            guard case .open(let entry) = step else {
                out += "</ol>\n</li>\n"
                continue
            }
            comment(entry)
            if entry.replies.isEmpty {
                out += "</li>\n"
            } else {
                out += "<ol class=\"replies\">\n"
                pending.append(.close)
                pending += entry.replies.reversed().map(Step.open)
            }
        }
        out += "</ol>\n</section>\n"
    }

    /// The comment's list item, left open for its replies.
    private mutating func comment(_ entry: ReplyTree.Entry) {
        let comment = thread.comments[entry.comment]
        let classes = ["comment"] + (comment.isByPostAuthor ? ["by-post-author"] : [])
        out += "<li class=\"\(classes.joined(separator: " "))\" id=\"\(attribute(anchor(comment)))\">\n<article>\n<header class=\"meta\">"
        var parts = ["<span class=\"author\">\(link(comment.author?.url, text(CommentLabel.authorName(comment))))</span>"]
        if comment.isByPostAuthor { parts.append("<span class=\"badge\">post author</span>") }
        if let date = CommentLabel.date(of: comment) {
            let shown = comment.published.map { time($0, shown: date) } ?? text(date)
            parts.append(link(comment.url, shown))
        } else if let url = comment.url, URLSafety.isSafeLink(url) {
            parts.append("<a href=\"\(attribute(url))\">permalink</a>")
        }
        if let answered = entry.answers.map({ thread.comments[$0] }) {
            let target = "#" + anchor(answered).percentEncoded(where: Self.isOutsideFragment)
            parts.append("<a href=\"\(attribute(target))\">↳ \(text(CommentLabel.authorName(answered)))</a>")
        }
        if comment.removedLater { parts.append("<span class=\"badge\">removed later</span>") }
        out += parts.joined(separator: " · ") + "</header>\n"
        if let title = CommentLabel.oneLine(comment.title) { out += "<h3>\(text(title))</h3>\n" }
        out += "<div class=\"body\">\(OfflineBody.html(comment.body))</div>\n</article>\n"
    }

    private mutating func linkbacks() {
        let linkbacks = thread.comments.filter { $0.kind != .comment }
        guard !linkbacks.isEmpty else { return }
        out += "<section class=\"linkbacks\">\n<h2>Pingbacks and trackbacks (\(linkbacks.count))</h2>\n<ul>\n"
        for linkback in linkbacks {
            let (name, address) = CommentLabel.linkback(linkback)
            var parts = [link(address, text(name)), linkback.kind.rawValue]
            if let date = CommentLabel.date(of: linkback) { parts.append(text(date)) }
            out += "<li id=\"\(attribute(anchor(linkback)))\"><p class=\"meta\">\(parts.joined(separator: " · "))</p>"
            if !CommentLabel.repeatsTitle(linkback, name: name) { out += OfflineBody.html(linkback.body) }
            out += "</li>\n"
        }
        out += "</ul>\n</section>\n"
    }

    private mutating func footer() {
        var parts: [String] = []
        if let url = thread.source.url { parts.append("Saved from " + link(url, text(url))) }
        if let saved = thread.source.savedAt { parts.append("on " + time(saved)) }
        parts.append("read as \(text(thread.source.platform.rawValue))")
        out += "<footer>\n<p>\(parts.joined(separator: " · "))</p>\n"
        if !thread.diagnostics.isEmpty {
            out += "<details><summary>Notes (\(thread.diagnostics.count))</summary><ul>\n"
            for diagnostic in thread.diagnostics {
                out += "<li><code>\(text(diagnostic.code.rawValue))</code> \(text(diagnostic.message))</li>\n"
            }
            out += "</ul></details>\n"
        }
        out += "</footer>\n"
    }

    // MARK: Pieces

    /// The fragment a comment is found at; the model's id, which is unique within a thread.
    private func anchor(_ comment: Comment) -> String {
        "comment-" + comment.id
    }

    /// `content` inside a link to `address`, or alone where there is none or it is unsafe.
    private func link(_ address: String?, _ content: String) -> String {
        guard let address, URLSafety.isSafeLink(address) else { return content }
        return "<a href=\"\(attribute(address))\">\(content)</a>"
    }

    /// The date, shown as the page showed it where known, else as RFC 3339 with a space for the `T`.
    private func time(_ date: PageDate, shown: String? = nil) -> String {
        let readable = date.rfc3339.replacing("T", with: " ")
        return "<time datetime=\"\(attribute(date.rfc3339))\">\(text(shown ?? readable))</time>"
    }

    private func text(_ value: String) -> String { HTMLRenderer.escapeText(value) }

    /// Whether `byte` must be percent-encoded in a URL fragment: all but ASCII letters, digits
    /// and the punctuation RFC 3986 allows there.
    private static func isOutsideFragment(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: false
        default: !"!$&'()*+,-./:;=?@_~".utf8.contains(byte)
        }
    }
    private func attribute(_ value: String) -> String { HTMLRenderer.escapeAttribute(value) }
}
