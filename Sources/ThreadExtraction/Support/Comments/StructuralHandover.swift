import ThreadModel

/// No dead ends: where an engine's description of its comment markup finds no comments on a page
/// of the engine's, or leaves one field empty on every comment (a theme variant the
/// description does not know), the structural reader's reading of the same page takes over, for
/// the comments or for that field alone, and a diagnostic says so.
enum StructuralHandover {
    static func complete(_ extraction: inout PlatformExtraction, page: Page, engine: Platform) {
        // The engine knows the comments are elsewhere (loaded by script): nothing to look for.
        guard !extraction.diagnostics.contains(where: { $0.code == .commentsLoadedByScript }) else { return }
        if extraction.comments.isEmpty {
            // Whether or not the page states a count: the engine's count sources may sit relative
            // to a first comment it never found, and the structural reader finds nothing on a page
            // without a discussion.
            let fallback = PlatformRegistry.fallback.extract(page)
            let structural = fallback.comments
            guard !structural.isEmpty else { return }
            extraction.comments = structural
            extraction.declaredCommentCount = extraction.declaredCommentCount ?? fallback.declaredCommentCount
            extraction.diagnostics.append(
                Diagnostic(
                    .heuristic,
                    "the \(engine.rawValue) comment markup matched nothing; \(structural.count) comments were read from the page's structure"))
            return
        }
        // Looked at in place: a filtered copy would hold every comment a second time.
        let comments = extraction.comments.lazy.filter { $0.kind == .comment }
        let missing = comments.isEmpty ? [] : Field.allCases.filter { field in comments.allSatisfy { !field.isPresent(in: $0) } }
        guard !missing.isEmpty else { return }
        let structural = PlatformRegistry.fallback.extract(page).comments
        guard let matches = match(extraction.comments, with: structural) else { return }
        for field in missing {
            var filled = 0
            for (index, match) in matches.enumerated() {
                guard let match, extraction.comments[index].kind == .comment, field.isPresent(in: structural[match]) else { continue }
                field.copy(from: structural[match], to: &extraction.comments[index])
                filled += 1
            }
            if filled > 0 {
                extraction.diagnostics.append(
                    Diagnostic(
                        .heuristic,
                        "the \(engine.rawValue) comment markup left every comment's \(field.rawValue) empty; \(filled) were read from the page's structure"))
            }
        }
    }

    /// The fields a description can miss on a theme it does not know.
    enum Field: String, CaseIterable {
        case author, date, text

        func isPresent(in comment: Comment) -> Bool {
            switch self {
            case .author: comment.author?.name != nil
            case .date: comment.published != nil
            case .text: !comment.body.blocks.isEmpty
            }
        }

        func copy(from source: Comment, to target: inout Comment) {
            switch self {
            case .author: target.author = source.author
            case .date:
                target.published = source.published
                target.publishedText = source.publishedText
            case .text: target.body = source.body
            }
        }
    }

    /// For each comment, the structural reading of the same comment: the one with its id, else the
    /// one at its place where both readings found as many; nil where they cannot be paired.
    private static func match(_ comments: [Comment], with structural: [Comment]) -> [Int?]? {
        let indexByID = Dictionary(structural.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let byID = comments.map { indexByID[$0.id] }
        if byID.contains(where: { $0 != nil }) { return byID }
        return comments.count == structural.count ? Array(structural.indices) : nil
    }
}
