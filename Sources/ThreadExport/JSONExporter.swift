import Foundation
import ThreadModel

/// Writes a thread in the shape of the JSON interface, version 1 (`thread.schema.json`):
/// every key present, null where there is no value, keys sorted so output diffs cleanly.
public struct JSONExporter: ThreadExporter {
    public static let schemaVersion = 1

    public init() {}

    public var fileExtension: String { "json" }

    public func export(_ thread: ExtractedThread) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(ThreadDocument(thread))
        data.append(0x0A)
        return data
    }
}

/// The schema's shape, separate from the model so the model can grow without the interface
/// drifting. Synthesised Codable leaves nil keys out; the schema requires them, hence the
/// explicit `encodeNil`.
private struct ThreadDocument: Encodable {
    let thread: ExtractedThread

    init(_ thread: ExtractedThread) { self.thread = thread }

    enum Keys: String, CodingKey {
        case schemaVersion, source, site, post, pagination, declaredCommentCount, comments, diagnostics
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(JSONExporter.schemaVersion, forKey: .schemaVersion)
        try container.encode(SourceDocument(source: thread.source), forKey: .source)
        try container.encode(SiteDocument(site: thread.site), forKey: .site)
        try container.encodeOrNull(thread.post.map(PostDocument.init), forKey: .post)
        try container.encodeOrNull(thread.pagination.map(PaginationDocument.init), forKey: .pagination)
        try container.encodeOrNull(thread.declaredCommentCount, forKey: .declaredCommentCount)
        try container.encode(thread.comments.map(CommentDocument.init), forKey: .comments)
        try container.encode(thread.diagnostics.map(DiagnosticDocument.init), forKey: .diagnostics)
    }
}

private struct SourceDocument: Encodable {
    let source: Source
    enum Keys: String, CodingKey { case file, url, platform, generator, language, encoding, savedAt, record }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(source.file, forKey: .file)
        try container.encodeOrNull(source.url, forKey: .url)
        try container.encode(source.platform.rawValue, forKey: .platform)
        try container.encodeOrNull(source.generator, forKey: .generator)
        try container.encodeOrNull(source.language, forKey: .language)
        try container.encodeOrNull(source.encoding, forKey: .encoding)
        try container.encodeOrNull(source.savedAt?.rfc3339, forKey: .savedAt)
        try container.encodeOrNull(source.record.map(RecordDocument.init), forKey: .record)
    }
}

private struct RecordDocument: Encodable {
    let record: ArchiveRecord
    enum Keys: String, CodingKey { case id, offset }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(record.id, forKey: .id)
        try container.encode(record.offset, forKey: .offset)
    }
}

private struct PaginationDocument: Encodable {
    let pagination: Pagination
    enum Keys: String, CodingKey { case page, nextURL, previousURL }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(pagination.page, forKey: .page)
        try container.encodeOrNull(pagination.nextURL, forKey: .nextURL)
        try container.encodeOrNull(pagination.previousURL, forKey: .previousURL)
    }
}

private struct SiteDocument: Encodable {
    let site: Site
    enum Keys: String, CodingKey { case name, url }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(site.name, forKey: .name)
        try container.encodeOrNull(site.url, forKey: .url)
    }
}

private struct PersonDocument: Encodable {
    let person: Person
    enum Keys: String, CodingKey { case name, url, avatarURL }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(person.name, forKey: .name)
        try container.encodeOrNull(person.url, forKey: .url)
        try container.encodeOrNull(person.avatarURL, forKey: .avatarURL)
    }
}

private struct PostDocument: Encodable {
    let post: Post
    enum Keys: String, CodingKey { case id, url, title, author, published, updated, tags, categories, html, text }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(post.id, forKey: .id)
        try container.encodeOrNull(post.url, forKey: .url)
        try container.encodeOrNull(post.title, forKey: .title)
        try container.encodeOrNull(post.author.map(PersonDocument.init), forKey: .author)
        try container.encodeOrNull(post.published?.rfc3339, forKey: .published)
        try container.encodeOrNull(post.updated?.rfc3339, forKey: .updated)
        try container.encode(post.tags, forKey: .tags)
        try container.encode(post.categories, forKey: .categories)
        try container.encode(HTMLRenderer.render(post.body), forKey: .html)
        try container.encode(PlainTextRenderer.render(post.body), forKey: .text)
    }
}

private struct CommentDocument: Encodable {
    let comment: Comment
    enum Keys: String, CodingKey {
        case id, parentId, depth, kind, author, published, publishedText, url, isByPostAuthor, title,
            parentInferred, removedLater, html, text
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(comment.id, forKey: .id)
        try container.encodeOrNull(comment.parentId, forKey: .parentId)
        try container.encode(comment.depth, forKey: .depth)
        try container.encode(comment.kind.rawValue, forKey: .kind)
        try container.encodeOrNull(comment.author.map(PersonDocument.init), forKey: .author)
        try container.encodeOrNull(comment.published?.rfc3339, forKey: .published)
        try container.encodeOrNull(comment.publishedText, forKey: .publishedText)
        try container.encodeOrNull(comment.url, forKey: .url)
        try container.encode(comment.isByPostAuthor, forKey: .isByPostAuthor)
        try container.encodeOrNull(comment.title, forKey: .title)
        try container.encode(comment.parentInferred, forKey: .parentInferred)
        try container.encode(comment.removedLater, forKey: .removedLater)
        try container.encode(HTMLRenderer.render(comment.body), forKey: .html)
        try container.encode(PlainTextRenderer.render(comment.body), forKey: .text)
    }
}

private struct DiagnosticDocument: Encodable {
    let diagnostic: Diagnostic
    enum Keys: String, CodingKey { case code, message }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(diagnostic.code.rawValue, forKey: .code)
        try container.encode(diagnostic.message, forKey: .message)
    }
}

extension KeyedEncodingContainer {
    fileprivate mutating func encodeOrNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
