#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ThreadModel

/// Writes a thread as WordPress eXtended RSS 1.2, the file the WordPress importer (and Disqus's)
/// reads: one item, the post, with every comment, pingback and trackback as a `wp:comment`, so a
/// thread rescued from a saved page can be brought back into a living blog.
///
/// Comment ids are numbered 1, 2, … in document order (on from the items before, in a file of
/// several threads: `channelStart`, `item`, `channelEnd`), because WordPress keys comments by number;
/// the page's own id is kept as the comment's `blogthread_id` meta. A parent that is not among the
/// comments before it (a reply whose parent is on another page) becomes 0, top level. Every text
/// goes in CDATA, split where it holds `]]>`, which both of the importer's parsers undo.
public struct WXRExporter: ThreadExporter {
    /// The version of the format written.
    public static let version = "1.2"

    /// An exporter.
    public init() {}

    /// `xml`.
    public var fileExtension: String { "xml" }

    /// The file as UTF-8.
    public func export(_ thread: ExtractedThread) throws -> Data {
        Data(render(thread).utf8)
    }

    /// The file as text.
    public func render(_ thread: ExtractedThread) -> String {
        var numbering = Numbering()
        return channelStart(for: thread) + item(for: thread, numbering: &numbering) + channelEnd
    }

    /// Where the next item's numbers start: WordPress keys posts and comments by number, and a
    /// file of several items numbers them on, so no two share one.
    public struct Numbering: Sendable, Hashable {
        /// The next item's `wp:post_id`.
        public var nextPostID = 1
        /// The next comment's `wp:comment_id`.
        public var nextCommentID = 1

        /// Numbers from 1.
        public init() {}
    }

    /// The start of a file, up to its first item: the channel, named after `thread`'s site.
    public func channelStart(for thread: ExtractedThread) -> String {
        """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" \
            xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
            <title>\(cdata(thread.site.name ?? ""))</title>
            <link>\(text(thread.site.url ?? ""))</link>
            <description></description>
            <language>\(text(thread.source.language ?? ""))</language>
            <wp:wxr_version>\(Self.version)</wp:wxr_version>
            <wp:base_site_url>\(text(thread.site.url ?? ""))</wp:base_site_url>
            <wp:base_blog_url>\(text(thread.site.url ?? ""))</wp:base_blog_url>
            <generator>blogthread</generator>

            """
    }

    /// The end of a file, after its last item.
    public var channelEnd: String { "</channel>\n</rss>\n" }

    /// `thread` as one item, its post and comments numbered from `numbering`, which moves on past them.
    public func item(for thread: ExtractedThread, numbering: inout Numbering) -> String {
        let post = thread.post ?? Post()
        let link = post.url ?? thread.source.url ?? ""
        var out = "<item>\n"
        out += "<title>\(cdata(post.title ?? ""))</title>\n"
        out += "<link>\(text(link))</link>\n"
        out += "<guid isPermaLink=\"false\">\(text(link))</guid>\n"
        out += "<dc:creator>\(cdata(post.author?.name ?? ""))</dc:creator>\n"
        out += "<description></description>\n"
        out += "<content:encoded>\(cdata(HTMLRenderer.render(post.body)))</content:encoded>\n"
        out += "<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n"
        out += "<wp:post_id>\(numbering.nextPostID)</wp:post_id>\n"
        numbering.nextPostID += 1
        let (local, gmt) = Self.dates(post.published)
        out += "<wp:post_date>\(cdata(local))</wp:post_date>\n<wp:post_date_gmt>\(cdata(gmt))</wp:post_date_gmt>\n"
        out += "<wp:comment_status>open</wp:comment_status>\n<wp:ping_status>open</wp:ping_status>\n"
        out += "<wp:status>publish</wp:status>\n<wp:post_parent>0</wp:post_parent>\n<wp:menu_order>0</wp:menu_order>\n"
        out += "<wp:post_type>post</wp:post_type>\n<wp:post_password></wp:post_password>\n<wp:is_sticky>0</wp:is_sticky>\n"
        for (domain, names) in [("category", post.categories), ("post_tag", post.tags)] {
            for name in names {
                out += "<category domain=\"\(domain)\" nicename=\"\(text(Self.slug(name)))\">\(cdata(name))</category>\n"
            }
        }
        var number: [String: Int] = [:]
        for comment in thread.comments {
            let id = numbering.nextCommentID
            numbering.nextCommentID += 1
            let parent = comment.parentId.flatMap { number[$0] } ?? 0
            number[comment.id] = number[comment.id] ?? id
            let (local, gmt) = Self.dates(comment.published)
            out += "<wp:comment>\n"
            out += "<wp:comment_id>\(id)</wp:comment_id>\n"
            out += "<wp:comment_author>\(cdata(comment.author?.name ?? ""))</wp:comment_author>\n"
            out += "<wp:comment_author_email></wp:comment_author_email>\n"
            out += "<wp:comment_author_url>\(text(comment.author?.url ?? ""))</wp:comment_author_url>\n"
            out += "<wp:comment_author_IP></wp:comment_author_IP>\n"
            out += "<wp:comment_date>\(cdata(local))</wp:comment_date>\n"
            out += "<wp:comment_date_gmt>\(cdata(gmt))</wp:comment_date_gmt>\n"
            out += "<wp:comment_content>\(cdata(HTMLRenderer.render(comment.body)))</wp:comment_content>\n"
            out += "<wp:comment_approved>1</wp:comment_approved>\n"
            out += "<wp:comment_type>\(comment.kind == .comment ? "" : comment.kind.rawValue)</wp:comment_type>\n"
            out += "<wp:comment_parent>\(parent)</wp:comment_parent>\n"
            out += "<wp:comment_user_id>0</wp:comment_user_id>\n"
            out += "<wp:commentmeta>\n<wp:meta_key>blogthread_id</wp:meta_key>\n"
            out += "<wp:meta_value>\(cdata(comment.id))</wp:meta_value>\n</wp:commentmeta>\n"
            out += "</wp:comment>\n"
        }
        out += "</item>\n"
        return out
    }

    /// WordPress's local and GMT forms (`YYYY-MM-DD HH:MM:SS`). A page that names no zone gives no
    /// GMT time, written as WordPress writes an unknown one; a day alone is taken at midnight.
    public static func dates(_ date: PageDate?) -> (local: String, gmt: String) {
        guard let date else { return ("", "") }
        let unknown = "0000-00-00 00:00:00"
        let time = date.time ?? PageDate.TimeOfDay(hour: 0, minute: 0)
        let local = stamp(date.year, date.month, date.day, time.hour, time.minute, time.second)
        guard date.time != nil, let offset = date.utcOffsetMinutes else { return (local, unknown) }
        var parts = DateComponents()
        (parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second) =
            (date.year, date.month, date.day, time.hour, time.minute - offset, min(time.second, 59))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        guard let instant = calendar.date(from: parts) else { return (local, unknown) }
        let utc = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return (local, stamp(utc.year!, utc.month!, utc.day!, utc.hour!, utc.minute!, utc.second!))
    }

    private static func stamp(_ values: Int...) -> String {
        let (y, mo, d, h, mi, s) = (values[0], values[1], values[2], values[3], values[4], values[5])
        let two = { (value: Int) in String(value).padded(to: 2) }
        return String(y).padded(to: 4) + "-" + two(mo) + "-" + two(d) + " " + two(h) + ":" + two(mi) + ":" + two(s)
    }

    /// A term's slug: lower case, runs of anything but letters and digits made one hyphen.
    static func slug(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }

    /// Text in CDATA; `]]>` ends one section and starts the next, and characters XML 1.0 forbids
    /// (control characters a page may hold) are dropped, since no parser would read the file.
    private func cdata(_ value: String) -> String {
        "<![CDATA[" + Self.xmlCharacters(value).replacing("]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    private func text(_ value: String) -> String {
        HTMLRenderer.escapeAttribute(Self.xmlCharacters(value))
    }

    static func xmlCharacters(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: out.append(scalar)
            default: continue
            }
        }
        return String(out)
    }
}
