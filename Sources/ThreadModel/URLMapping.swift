/// Every address the model holds, rewritten by one function: the thread's, the site's, the
/// post's and each comment's permalinks, people's pages and pictures, pagination links, and the
/// links and images inside bodies. The one list of where a model keeps URLs, so a rule for URLs
/// (such as dropping tracking parameters) reaches all of them.
extension ExtractedThread {
    package func mappingURLs(_ transform: (String) -> String) -> ExtractedThread {
        var thread = self
        thread.source.url = source.url.map(transform)
        thread.site.url = site.url.map(transform)
        if var pagination {
            pagination.nextURL = pagination.nextURL.map(transform)
            pagination.previousURL = pagination.previousURL.map(transform)
            thread.pagination = pagination
        }
        if var post {
            post.url = post.url.map(transform)
            post.author = post.author?.mappingURLs(transform)
            post.body = post.body.mappingURLs(transform)
            thread.post = post
        }
        thread.comments = comments.map { comment in
            var comment = comment
            comment.url = comment.url.map(transform)
            comment.author = comment.author?.mappingURLs(transform)
            comment.body = comment.body.mappingURLs(transform)
            return comment
        }
        return thread
    }
}

extension Person {
    fileprivate func mappingURLs(_ transform: (String) -> String) -> Person {
        Person(name: name, url: url.map(transform), avatarURL: avatarURL.map(transform))
    }
}

extension RichText {
    fileprivate func mappingURLs(_ transform: (String) -> String) -> RichText {
        RichText(blocks.map { $0.mappingURLs(transform) })
    }
}

extension Block {
    fileprivate func mappingURLs(_ transform: (String) -> String) -> Block {
        func inlines(_ content: [Inline]) -> [Inline] { content.map { $0.mappingURLs(transform) } }
        func blocks(_ content: [Block]) -> [Block] { content.map { $0.mappingURLs(transform) } }
        switch self {
        case .paragraph(let content): return .paragraph(inlines(content))
        case .heading(let level, let content): return .heading(level: level, content: inlines(content))
        case .quote(let content): return .quote(blocks(content))
        case .list(let ordered, let start, let items): return .list(ordered: ordered, start: start, items: items.map(blocks))
        case .code, .rule: return self
        case .table(let table):
            return .table(Table(header: table.header.map { $0.map(inlines) }, rows: table.rows.map { $0.map(inlines) }))
        }
    }
}

extension Inline {
    fileprivate func mappingURLs(_ transform: (String) -> String) -> Inline {
        func inlines(_ content: [Inline]) -> [Inline] { content.map { $0.mappingURLs(transform) } }
        switch self {
        case .text, .code, .lineBreak: return self
        case .emphasis(let content): return .emphasis(inlines(content))
        case .strong(let content): return .strong(inlines(content))
        case .strikethrough(let content): return .strikethrough(inlines(content))
        case .link(let destination, let title, let content):
            return .link(destination: transform(destination), title: title, content: inlines(content))
        case .image(let source, let alt, let title): return .image(source: transform(source), alt: alt, title: title)
        }
    }
}
