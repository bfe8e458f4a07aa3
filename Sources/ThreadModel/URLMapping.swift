/// Every address the model holds, rewritten by one function: the thread's, the site's, the
/// post's and each comment's permalinks, people's pages and pictures, pagination links, and the
/// links and images inside bodies. The one list of where a model keeps URLs, so a rule for URLs
/// (such as dropping tracking parameters) reaches all of them.
extension ExtractedThread {
    /// Rewrites in place: comments held by no other thread are changed where they lie, not copied.
    package mutating func mapURLs(_ transform: (String) -> String) {
        source.url = source.url.map(transform)
        site.url = site.url.map(transform)
        if var pagination {
            pagination.nextURL = pagination.nextURL.map(transform)
            pagination.previousURL = pagination.previousURL.map(transform)
            self.pagination = pagination
        }
        if var post {
            post.url = post.url.map(transform)
            if let author = post.author?.changingURLs(transform) { post.author = author }
            if let body = post.body.changingURLs(transform) { post.body = body }
            self.post = post
        }
        // Not written element by element: the optimizer makes an array unique ahead of a loop that
        // writes it, copying every comment even where none changes.
        if let comments = changing(comments, { $0.changingURLs(transform) }) { self.comments = comments }
    }
}

// The parts below answer nil where no address of theirs changes, so an unchanged part keeps
// sharing its storage with the thread given: rebuilding every body held a second copy of all of
// them (its arrays and links) while the first was still referenced.

/// `transform`'s address for `url`, nil where it gives the same bytes back.
private func changed(_ url: String, _ transform: (String) -> String) -> String? {
    let mapped = transform(url)
    return mapped.utf8.elementsEqual(url.utf8) ? nil : mapped
}

/// `array` with the elements `change` rewrites put in, nil where it rewrites none.
private func changing<Element>(_ array: [Element], _ change: (Element) -> Element?) -> [Element]? {
    var result: [Element]?
    for index in array.indices {
        guard let element = change(array[index]) else { continue }
        if result == nil { result = array }
        result?[index] = element
    }
    return result
}

extension Comment {
    fileprivate func changingURLs(_ transform: (String) -> String) -> Comment? {
        let url = self.url.flatMap { changed($0, transform) }
        let author = self.author?.changingURLs(transform)
        let body = self.body.changingURLs(transform)
        guard url != nil || author != nil || body != nil else { return nil }
        var comment = self
        if let url { comment.url = url }
        if let author { comment.author = author }
        if let body { comment.body = body }
        return comment
    }
}

extension Person {
    fileprivate func changingURLs(_ transform: (String) -> String) -> Person? {
        let url = self.url.flatMap { changed($0, transform) }
        let avatarURL = self.avatarURL.flatMap { changed($0, transform) }
        guard url != nil || avatarURL != nil else { return nil }
        return Person(name: name, url: url ?? self.url, avatarURL: avatarURL ?? self.avatarURL)
    }
}

extension RichText {
    fileprivate func changingURLs(_ transform: (String) -> String) -> RichText? {
        changing(blocks) { $0.changingURLs(transform) }.map { RichText($0) }
    }
}

extension Block {
    fileprivate func changingURLs(_ transform: (String) -> String) -> Block? {
        func inlines(_ content: [Inline]) -> [Inline]? { changing(content) { $0.changingURLs(transform) } }
        func blocks(_ content: [Block]) -> [Block]? { changing(content) { $0.changingURLs(transform) } }
        switch self {
        case .paragraph(let content): return inlines(content).map { .paragraph($0) }
        case .heading(let level, let content): return inlines(content).map { .heading(level: level, content: $0) }
        case .quote(let content): return blocks(content).map { .quote($0) }
        case .list(let ordered, let start, let items):
            return changing(items, blocks).map { .list(ordered: ordered, start: start, items: $0) }
        case .code, .rule: return nil
        case .table(let table):
            let header = table.header.flatMap { changing($0, inlines) }
            let rows = changing(table.rows) { changing($0, inlines) }
            guard header != nil || rows != nil else { return nil }
            return .table(Table(header: header ?? table.header, rows: rows ?? table.rows))
        }
    }
}

extension Inline {
    fileprivate func changingURLs(_ transform: (String) -> String) -> Inline? {
        func inlines(_ content: [Inline]) -> [Inline]? { changing(content) { $0.changingURLs(transform) } }
        switch self {
        case .text, .code, .lineBreak: return nil
        case .emphasis(let content): return inlines(content).map { .emphasis($0) }
        case .strong(let content): return inlines(content).map { .strong($0) }
        case .strikethrough(let content): return inlines(content).map { .strikethrough($0) }
        case .link(let destination, let title, let content):
            let mappedDestination = changed(destination, transform)
            let mappedContent = inlines(content)
            guard mappedDestination != nil || mappedContent != nil else { return nil }
            return .link(destination: mappedDestination ?? destination, title: title, content: mappedContent ?? content)
        case .image(let source, let alt, let title):
            return changed(source, transform).map { .image(source: $0, alt: alt, title: title) }
        }
    }
}
