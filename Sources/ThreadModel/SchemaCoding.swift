/// The model's one coding: the JSON of `thread.schema.json`, version 1.
///
/// So `JSONDecoder().decode(ExtractedThread.self, from:)` reads what the exporter wrote, with the
/// same types. Every key is written, null where there is no value (the schema requires the keys;
/// synthesised `Codable` would leave them out); a body is written as its sanitised `html` and its
/// plain `text`, and read back from the `html` alone. Fields the schema added after its first
/// release are optional when reading, so threads saved before them still decode.
extension ExtractedThread: Codable {
    /// The version of the JSON interface this model writes and reads.
    public static let schemaVersion = 1

    private enum Keys: String, CodingKey {
        case schemaVersion, source, site, post, pagination, declaredCommentCount, comments, diagnostics
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version == Self.schemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container,
                debugDescription: "schema version \(version) is not supported (this model reads \(Self.schemaVersion))")
        }
        self.init(
            source: try container.decode(Source.self, forKey: .source),
            site: try container.decode(Site.self, forKey: .site),
            post: try container.decodeIfPresent(Post.self, forKey: .post),
            pagination: try container.decodeIfPresent(Pagination.self, forKey: .pagination),
            declaredCommentCount: try container.decodeIfPresent(Int.self, forKey: .declaredCommentCount),
            comments: try container.decode([Comment].self, forKey: .comments),
            diagnostics: try container.decode([Diagnostic].self, forKey: .diagnostics))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(source, forKey: .source)
        try container.encode(site, forKey: .site)
        try container.encodeOrNull(post, forKey: .post)
        try container.encodeOrNull(pagination, forKey: .pagination)
        try container.encodeOrNull(declaredCommentCount, forKey: .declaredCommentCount)
        try container.encode(comments, forKey: .comments)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}

extension Source: Codable {
    private enum Keys: String, CodingKey { case file, url, platform, generator, language, encoding, savedAt, record }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            file: try container.decodeIfPresent(String.self, forKey: .file),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            platform: try container.decode(Platform.self, forKey: .platform),
            generator: try container.decodeIfPresent(String.self, forKey: .generator),
            language: try container.decodeIfPresent(String.self, forKey: .language),
            encoding: try container.decodeIfPresent(String.self, forKey: .encoding),
            savedAt: try container.decodeIfPresent(PageDate.self, forKey: .savedAt),
            record: try container.decodeIfPresent(ArchiveRecord.self, forKey: .record))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(file, forKey: .file)
        try container.encodeOrNull(url, forKey: .url)
        try container.encode(platform, forKey: .platform)
        try container.encodeOrNull(generator, forKey: .generator)
        try container.encodeOrNull(language, forKey: .language)
        try container.encodeOrNull(encoding, forKey: .encoding)
        try container.encodeOrNull(savedAt, forKey: .savedAt)
        try container.encodeOrNull(record, forKey: .record)
    }
}

extension ArchiveRecord: Codable {
    private enum Keys: String, CodingKey { case id, offset }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            id: try container.decodeIfPresent(String.self, forKey: .id),
            offset: try container.decode(Int.self, forKey: .offset))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(id, forKey: .id)
        try container.encode(offset, forKey: .offset)
    }
}

extension Site: Codable {
    private enum Keys: String, CodingKey { case name, url }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            name: try container.decodeIfPresent(String.self, forKey: .name),
            url: try container.decodeIfPresent(String.self, forKey: .url))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(name, forKey: .name)
        try container.encodeOrNull(url, forKey: .url)
    }
}

extension Pagination: Codable {
    private enum Keys: String, CodingKey { case page, nextURL, previousURL }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            page: try container.decodeIfPresent(Int.self, forKey: .page),
            nextURL: try container.decodeIfPresent(String.self, forKey: .nextURL),
            previousURL: try container.decodeIfPresent(String.self, forKey: .previousURL))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(page, forKey: .page)
        try container.encodeOrNull(nextURL, forKey: .nextURL)
        try container.encodeOrNull(previousURL, forKey: .previousURL)
    }
}

extension Person: Codable {
    private enum Keys: String, CodingKey { case name, url, avatarURL }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            name: try container.decodeIfPresent(String.self, forKey: .name),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            avatarURL: try container.decodeIfPresent(String.self, forKey: .avatarURL))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(name, forKey: .name)
        try container.encodeOrNull(url, forKey: .url)
        try container.encodeOrNull(avatarURL, forKey: .avatarURL)
    }
}

extension Post: Codable {
    private enum Keys: String, CodingKey { case id, url, title, author, published, updated, tags, categories, html, text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            id: try container.decodeIfPresent(String.self, forKey: .id),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            author: try container.decodeIfPresent(Person.self, forKey: .author),
            published: try container.decodeIfPresent(PageDate.self, forKey: .published),
            updated: try container.decodeIfPresent(PageDate.self, forKey: .updated),
            tags: try container.decode([String].self, forKey: .tags),
            categories: try container.decode([String].self, forKey: .categories),
            body: try container.decode(RichText.self, forKey: .html))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeOrNull(id, forKey: .id)
        try container.encodeOrNull(url, forKey: .url)
        try container.encodeOrNull(title, forKey: .title)
        try container.encodeOrNull(author, forKey: .author)
        try container.encodeOrNull(published, forKey: .published)
        try container.encodeOrNull(updated, forKey: .updated)
        try container.encode(tags, forKey: .tags)
        try container.encode(categories, forKey: .categories)
        try container.encode(body, forKey: .html)
        try container.encode(text, forKey: .text)
    }
}

extension Comment: Codable {
    private enum Keys: String, CodingKey {
        case id, parentId, depth, kind, author, published, publishedText, url, isByPostAuthor, title,
            parentInferred, removedLater, html, text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            parentId: try container.decodeIfPresent(String.self, forKey: .parentId),
            depth: try container.decode(Int.self, forKey: .depth),
            kind: try container.decode(Kind.self, forKey: .kind),
            author: try container.decodeIfPresent(Person.self, forKey: .author),
            published: try container.decodeIfPresent(PageDate.self, forKey: .published),
            publishedText: try container.decodeIfPresent(String.self, forKey: .publishedText),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            isByPostAuthor: try container.decode(Bool.self, forKey: .isByPostAuthor),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            parentInferred: try container.decodeIfPresent(Bool.self, forKey: .parentInferred) ?? false,
            removedLater: try container.decodeIfPresent(Bool.self, forKey: .removedLater) ?? false,
            body: try container.decode(RichText.self, forKey: .html))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(id, forKey: .id)
        try container.encodeOrNull(parentId, forKey: .parentId)
        try container.encode(depth, forKey: .depth)
        try container.encode(kind, forKey: .kind)
        try container.encodeOrNull(author, forKey: .author)
        try container.encodeOrNull(published, forKey: .published)
        try container.encodeOrNull(publishedText, forKey: .publishedText)
        try container.encodeOrNull(url, forKey: .url)
        try container.encode(isByPostAuthor, forKey: .isByPostAuthor)
        try container.encodeOrNull(title, forKey: .title)
        try container.encode(parentInferred, forKey: .parentInferred)
        try container.encode(removedLater, forKey: .removedLater)
        try container.encode(body, forKey: .html)
        try container.encode(text, forKey: .text)
    }
}

/// A body is coded as the sanitised HTML `HTMLRenderer` writes, and read back by the reader of
/// exactly that HTML.
extension RichText: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let html = try container.decode(String.self)
        do {
            self = try HTMLSubsetReader.read(html)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(html)
    }
}

extension KeyedEncodingContainer {
    fileprivate mutating func encodeOrNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
