import HTMLDOM
import ThreadModel

/// The structural reader, for engines nobody wrote rules for: it finds the records of the page's
/// discussion by their repeated shape (see `RecordRegions`), infers a comment-markup description
/// for them (see `InferredMarkup`) and lets the shared walker read it; threading the markup does
/// not show by containment is inferred (see `StructuralThreading`).
struct GenericExtractor: PlatformExtractor {
    var platform: Platform { .generic }

    /// Never chosen by detection: the registry runs it when no engine is confident.
    func detect(_ page: Page) -> Double { 0 }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        result.diagnostics.append(
            Diagnostic(.heuristic, "no known engine; comments were found by the page's structure and may be incomplete"))
        guard let read = Self.read(page) else { return result }
        result.comments = read.comments
        result.declaredCommentCount = Self.count.count(in: page.body ?? page.root, firstItem: read.opening?.element ?? read.elements.first)
        if let opening = read.opening?.message {
            // The date and author the page states for machines name the post better than any record does.
            let published = PublishedDate.statedForMachines(page.metadata) == nil ? opening.published : nil
            // The record's person, where it is the one stated, keeps the profile and picture it shows.
            let statedAuthor = BylineReader.statedForMachines(page.metadata)
            let author = statedAuthor == nil || statedAuthor?.name == opening.author?.name ? opening.author : nil
            result.post = PostParts(
                id: opening.id, url: opening.url, author: author, published: published, body: opening.body)
        }
        // Three records or more with names are a discussion, kept out of the post; one or two may be its own parts.
        if result.comments.count(where: { $0.author != nil }) >= 3 { result.discussion = read.discussion ?? read.elements }
        return result
    }

    /// The structural reader's reading of a page's discussion.
    struct Reading {
        /// The comments, and the element each was read from, index for index.
        var comments: [Comment]
        var elements: [Node]
        /// The record that is the page's article (a forum topic's opening message), read as one.
        var opening: (message: Comment, element: Node)?
        /// The blocks the discussion fills where they are more than its comments' own (the topic
        /// headings and text between signed passages).
        var discussion: [Node]? = nil
    }

    /// The page's discussion as the structural reader finds it; nil where no region of the page
    /// reads as one. Engines whose own description leaves fields empty can read them from here.
    static func read(_ page: Page) -> Reading? {
        guard let body = page.body else { return nil }
        let regions = RecordRegions(body: body, language: page.metadata.language)
        let records = readRecords(page, regions: regions)
        // Comments as signed passages of flowing text, where they are more than the records.
        if let signed = SignedPassages.read(page, survey: regions.survey, language: page.metadata.language),
            signed.comments.count > records?.comments.count ?? 0
        {
            return Reading(comments: signed.comments, elements: signed.elements, opening: nil, discussion: signed.discussion)
        }
        return records
    }

    /// The discussion as records of one shape.
    private static func readRecords(_ page: Page, regions: RecordRegions) -> Reading? {
        guard let candidate = regions.best
        else { return nil }
        let markup = InferredMarkup.description(of: candidate, survey: regions.survey, language: page.metadata.language)
        let walk = CommentWalker(page: page, markup: markup).read(in: candidate.region)
        var comments = walk.comments
        var elements = walk.elements
        if let words = candidate.words {
            (comments, elements) = ActivityList.comments(comments, elements: elements, records: candidate.records, words: words, page: page)
        }
        guard !comments.isEmpty else { return nil }
        StructuralThreading.answeredSiblings(elements, comments: &comments)
        // A heading that shows the name is the author line, not a subject (forums head posts so).
        for index in comments.indices where comments[index].title != nil && comments[index].title == comments[index].author?.name {
            comments[index].title = nil
        }
        if comments.allSatisfy({ $0.parentId == nil }),
            let parents = StructuralThreading.parents(of: elements, region: candidate.region)
        {
            StructuralThreading.apply(parents, to: &comments)
        }
        var opening: (message: Comment, element: Node)?
        if let index = openingIndex(candidate, elements: elements, comments: comments, survey: regions.survey) {
            opening = (comments.remove(at: index), elements.remove(at: index))
            for reply in comments.indices where comments[reply].parentId == opening?.message.id {
                comments[reply].parentId = nil
                comments[reply].parentInferred = false
            }
        }
        guard !comments.isEmpty else { return nil }
        return Reading(comments: comments, elements: elements, opening: opening)
    }

    /// The record that is the page's article: the one the survey found holding much of its text,
    /// or the first of a flat list of messages with next to no free text before it (a forum
    /// topic, whose opening message is the post). Threaded lists are comments below an article
    /// that is elsewhere (a link shared for discussion).
    private static func openingIndex(
        _ candidate: RecordRegions.Candidate, elements: [Node], comments: [Comment], survey: StructureSurvey
    ) -> Int? {
        if let opening = candidate.opening { return elements.firstIndex(of: opening) }
        guard comments.count >= 2, comments.allSatisfy({ $0.parentId == nil }) else { return nil }
        let before = survey.prose(before: elements[0])
        guard Double(before) < forumLeadShare * Double(survey.bodyProse) else { return nil }
        // A later page of the topic starts with a later message: its counter says so (`#661`).
        return postCounter(in: elements[0]).map { $0 == 1 } ?? true ? 0 : nil
    }

    /// The number a forum message shows as its place in the topic: a short text `#N`.
    private static func postCounter(in message: Node) -> Int? {
        for node in message.descendants.prefix(300) where node.kind == .element {
            let text = node.visibleText
            if text.count <= 8, text.hasPrefix("#"), let number = Int(text.dropFirst()) { return number }
        }
        return nil
    }

    /// A count in a short heading-like element before the first comment, near it: "Kommentare
    /// (4)", "59 комментариев"; not inside links or forms.
    private static let count = CountSource.beforeFirstItem(
        sections: .always, element: .tags(["h2", "h3", "h4", "h5", "h6"]) || .classFragment(["title", "count", "head"]),
        skipped: .tags(["form", "a"]), nearest: 3, labelsOnly: true)

    /// The most of the page's free text that may come before a forum topic's first message:
    /// its title, breadcrumbs and the like, where a blog has its article.
    static let forumLeadShare = 0.2
}
