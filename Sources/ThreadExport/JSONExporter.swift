#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ThreadModel

/// Writes a thread as the JSON interface, version 1 (`thread.schema.json`): every key present,
/// null where there is no value, keys sorted so output diffs cleanly. The bytes are those
/// `JSONEncoder` writes for the model's own `Codable` (tests hold the two equal), written
/// directly; `JSONDecoder().decode(ExtractedThread.self, from:)` reads them back.
public struct JSONExporter: ThreadExporter {
    /// The version of the JSON interface written.
    public static let schemaVersion = ExtractedThread.schemaVersion

    /// One thread per line (JSON Lines) rather than indented.
    public let isLines: Bool

    /// An indented exporter, or with `lines` one writing JSON Lines.
    public init(lines: Bool = false) {
        isLines = lines
    }

    /// `json`, or `jsonl`.
    public var fileExtension: String { isLines ? "jsonl" : "json" }

    /// The thread as JSON with sorted keys (pretty-printed, or on one line), ending in a newline.
    /// Compact output has no line break of its own: those inside strings are escaped.
    public func export(_ thread: ExtractedThread) throws -> Data {
        var writer = JSONWriter(pretty: !isLines)
        writer.thread(thread)
        writer.endLine()
        return Data(writer.bytes)
    }
}

/// The model's members in the order `.sortedKeys` puts them.
extension JSONWriter {
    fileprivate mutating func thread(_ thread: ExtractedThread) {
        object { out in
            out.key("comments")
            out.array(thread.comments) { $0.comment($1) }
            out.key("declaredCommentCount")
            out.int(thread.declaredCommentCount)
            out.key("diagnostics")
            out.array(thread.diagnostics) { out, diagnostic in
                out.object { out in
                    out.key("code")
                    out.string(diagnostic.code.rawValue)
                    out.key("message")
                    out.string(diagnostic.message)
                }
            }
            out.key("pagination")
            out.pagination(thread.pagination)
            out.key("post")
            out.post(thread.post)
            out.key("schemaVersion")
            out.int(ExtractedThread.schemaVersion)
            out.key("site")
            out.object { out in
                out.key("name")
                out.string(thread.site.name)
                out.key("url")
                out.string(thread.site.url)
            }
            out.key("source")
            out.source(thread.source)
        }
    }

    private mutating func source(_ source: Source) {
        object { out in
            out.key("encoding")
            out.string(source.encoding)
            out.key("file")
            out.string(source.file)
            out.key("generator")
            out.string(source.generator)
            out.key("language")
            out.string(source.language)
            out.key("platform")
            out.string(source.platform.rawValue)
            out.key("record")
            if let record = source.record {
                out.object { out in
                    out.key("id")
                    out.string(record.id)
                    out.key("offset")
                    out.int(record.offset)
                }
            } else {
                out.null()
            }
            out.key("savedAt")
            out.date(source.savedAt)
            out.key("url")
            out.string(source.url)
        }
    }

    private mutating func pagination(_ pagination: Pagination?) {
        guard let pagination else { return null() }
        object { out in
            out.key("nextURL")
            out.string(pagination.nextURL)
            out.key("page")
            out.int(pagination.page)
            out.key("previousURL")
            out.string(pagination.previousURL)
        }
    }

    private mutating func post(_ post: Post?) {
        guard let post else { return null() }
        object { out in
            out.key("author")
            out.person(post.author)
            out.key("categories")
            out.array(post.categories) { $0.string($1) }
            out.key("html")
            out.string(post.body.html)
            out.key("id")
            out.string(post.id)
            out.key("published")
            out.date(post.published)
            out.key("tags")
            out.array(post.tags) { $0.string($1) }
            out.key("text")
            out.string(post.text)
            out.key("title")
            out.string(post.title)
            out.key("updated")
            out.date(post.updated)
            out.key("url")
            out.string(post.url)
        }
    }

    private mutating func comment(_ comment: Comment) {
        object { out in
            out.key("author")
            out.person(comment.author)
            out.key("depth")
            out.int(comment.depth)
            out.key("html")
            out.string(comment.body.html)
            out.key("id")
            out.string(comment.id)
            out.key("isByPostAuthor")
            out.bool(comment.isByPostAuthor)
            out.key("kind")
            out.string(comment.kind.rawValue)
            out.key("parentId")
            out.string(comment.parentId)
            out.key("parentInferred")
            out.bool(comment.parentInferred)
            out.key("published")
            out.date(comment.published)
            out.key("publishedText")
            out.string(comment.publishedText)
            out.key("removedLater")
            out.bool(comment.removedLater)
            out.key("text")
            out.string(comment.text)
            out.key("title")
            out.string(comment.title)
            out.key("url")
            out.string(comment.url)
        }
    }

    private mutating func person(_ person: Person?) {
        guard let person else { return null() }
        object { out in
            out.key("avatarURL")
            out.string(person.avatarURL)
            out.key("name")
            out.string(person.name)
            out.key("url")
            out.string(person.url)
        }
    }

    private mutating func date(_ date: PageDate?) {
        string(date?.rfc3339)
    }
}
