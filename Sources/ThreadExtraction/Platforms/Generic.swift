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
        result.declaredCommentCount = read.elements.first.flatMap(GenericThreading.declaredCount(before:))
        // Three records or more with names are a discussion, kept out of the post; one or two may be its own parts.
        if result.comments.count(where: { $0.author != nil }) >= 3 { result.discussion = read.elements }
        return result
    }

    /// The page's discussion as the structural reader finds it: the comments and the element each
    /// was read from, index for index; nil where no region of the page reads as one. Engines whose
    /// own description leaves fields empty can read them from here.
    static func read(_ page: Page) -> (comments: [Comment], elements: [Node])? {
        guard let body = page.body else { return nil }
        let regions = RecordRegions(body: body, language: page.metadata.language)
        guard let candidate = regions.best
        else { return nil }
        let markup = InferredMarkup.description(of: candidate, survey: regions.survey, language: page.metadata.language)
        let walk = CommentWalker(page: page, markup: markup).read(in: candidate.region)
        var comments = walk.comments
        let elements = walk.elements
        guard !comments.isEmpty else { return nil }
        // A heading that shows the name is the author line, not a subject (forums head posts so).
        for index in comments.indices where comments[index].title != nil && comments[index].title == comments[index].author?.name {
            comments[index].title = nil
        }
        if comments.allSatisfy({ $0.parentId == nil }),
            let parents = StructuralThreading.parents(of: elements, region: candidate.region)
        {
            StructuralThreading.apply(parents, to: &comments)
        }
        return (comments, elements)
    }
}

/// The count a page states above its discussion.
enum GenericThreading {
    /// A count in a short heading-like element before the first comment, near it: "Kommentare
    /// (4)", "59 комментариев". Long texts are titles that happen to hold a number.
    static func declaredCount(before first: Node) -> Int? {
        for section in first.ancestors.prefix(3) {
            var found: Int?
            var walker = section.descendants.makeIterator()
            while let node = walker.next(), node != first {
                // Links, forms, and blocks like the comments (a forum's opening message and its vote counts).
                if node.isAny(of: ["form", "a"]) || (node.name == first.name && node.classes.first == first.classes.first) {
                    walker.skipChildren()
                    continue
                }
                guard node.isAny(of: ["h2", "h3", "h4", "h5", "h6"])
                    || CommentVocabulary.classContains(node, ["title", "count", "head"])
                else { continue }
                let text = node.visibleText
                // Vote tallies are signed; a dated byline ("23.09.22 - Saarland") is no count.
                guard text.split(separator: " ").count <= 4, !text.hasPrefix("-"), !text.hasPrefix("+"),
                    DisplayedDate.parse(text) == nil, let count = CountPhrase.count(in: text)
                else { continue }
                found = count
                walker.skipChildren()
            }
            if let found { return found }
        }
        return nil
    }
}
