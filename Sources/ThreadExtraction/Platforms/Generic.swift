import HTMLDOM
import ThreadModel

/// The fallback for engines nobody wrote rules for: comments are the repeated blocks that look
/// like comments (see `RepeatedBlocks`), threaded by containment, else by stated levels (a
/// number in a class or data attribute), else by a marker class that only replies carry.
struct GenericExtractor: PlatformExtractor {
    var platform: Platform { .generic }

    /// Never chosen by detection: the registry runs it when no engine is confident.
    func detect(_ page: Page) -> Double { 0 }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        result.diagnostics.append(
            Diagnostic(.heuristic, "no known engine; comments were found by the page's structure and may be incomplete"))
        guard let body = page.body else { return result }
        let blocks = RepeatedBlocks(body: body, language: page.metadata.language).elements
        let parents = GenericThreading.parents(of: blocks)
        let ids = BlockIdentity.ids(of: blocks)
        let nested = Set(blocks)
        var depths: [Int] = []
        for (index, block) in blocks.enumerated() {
            let parent = parents[index]
            let depth = parent.map { depths[$0] + 1 } ?? 0
            depths.append(depth)
            let fields = BlockFields(page: page, block: block, nested: nested)
            let date = fields.date
            result.comments.append(
                Comment(
                    id: ids[index], parentId: parent.map { ids[$0] }, depth: depth, author: fields.author,
                    published: date.published, publishedText: date.text, body: fields.body))
        }
        result.declaredCommentCount = blocks.first.flatMap(GenericThreading.declaredCount(before:))
        // Three blocks or more with names are a discussion, kept out of the post; one or two may be its own parts.
        if result.comments.count(where: { $0.author != nil }) >= 3 { result.discussion = blocks }
        return result
    }
}

/// How a thread of found blocks is nested, and the count it states.
enum GenericThreading {
    /// Class words of the marker that flat-listed replies carry and top-level comments do not.
    static let replyMarkerFragments = ["sub", "child", "reply", "answer", "nested", "indent", "response"]

    static func parents(of blocks: [Node]) -> [Int?] {
        let containment = CommentNesting.parents(of: blocks)
        guard containment.allSatisfy({ $0 == nil }), blocks.count > 1 else { return containment }
        if let depths = statedDepths(of: blocks) ?? markedDepths(of: blocks) {
            return CommentNesting.parents(depths: depths)
        }
        return containment
    }

    /// Levels written on each block (`data-indent="2"`, `level-3`), counted from 1.
    private static func statedDepths(of blocks: [Node]) -> [Int]? {
        for attribute in ["data-indent", "data-depth", "data-level"] {
            let values = blocks.map { $0[attribute].flatMap { Int($0) } }
            if let depths = normalised(values) { return depths }
        }
        let prefixes = blocks.map { block in
            Set(block.classes.compactMap { token -> String? in
                let prefix = token.prefix { !($0.isASCII && $0.isNumber) }
                return prefix.count < token.count && !prefix.isEmpty && Int(token.dropFirst(prefix.count)) != nil
                    ? String(prefix) : nil
            })
        }
        guard let shared = prefixes.dropFirst().reduce(prefixes[0], { $0.intersection($1) }).sorted().first else {
            return nil
        }
        return normalised(blocks.map { $0.classNumber(prefix: shared) })
    }

    private static func normalised(_ values: [Int?]) -> [Int]? {
        let known = values.compactMap { $0 }
        guard known.count == values.count, let low = known.min(), let high = known.max(), high > low else { return nil }
        return known.map { $0 - low + 1 }
    }

    /// Replies printed as siblings with an extra class (`comment-sub`): one level below the
    /// nearest block before them without it.
    private static func markedDepths(of blocks: [Node]) -> [Int]? {
        let firstTokens = Set(blocks[0].classes)
        for block in blocks.dropFirst() {
            for token in block.classes where !firstTokens.contains(token) {
                let lower = token.lowercased()
                guard replyMarkerFragments.contains(where: { lower.contains($0) }) else { continue }
                let depths = blocks.map { $0.classes.contains(token) ? 2 : 1 }
                return depths
            }
        }
        return nil
    }

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
