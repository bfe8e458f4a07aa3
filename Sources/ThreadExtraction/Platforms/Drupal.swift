import HTMLDOM
import ThreadModel

/// Drupal 7 to 10, core themes and contributed ones. Each comment is an element of class
/// `comment`, named by an `a#comment-N` anchor placed before it (or, in some themes, by its
/// own id). Replies are not inside their parent: the view builder opens a `div.indented` after
/// the parent and closes it when the depth falls, so depth is the number of enclosing
/// `div.indented` and the parent is the nearest earlier comment one level up.
struct DrupalExtractor: PlatformExtractor {
    var platform: Platform { .drupal }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator?.lowercased().contains("drupal") == true { return 0.95 }
        let signals = page.signals
        if signals.attributeNames.contains("data-drupal-selector") { return 0.8 }
        if signals.scripts.contains(where: { $0.rawText.containsBytes("drupalSettings") }) { return 0.8 }
        return signals.assets.contains { ($0["href"] ?? $0["src"])?.containsBytes("/sites/all/") == true } ? 0.6 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        let elements = DrupalMarkup.commentElements(in: body)
        result.comments = DrupalComments(page: page, elements: elements).read()
        result.declaredCommentCount = DrupalMarkup.declaredCount(before: elements.first)
            ?? DrupalMarkup.statedReplies(around: elements.first)
        if DrupalMarkup.isPaginated(around: elements.first) {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the comments are paginated; other pages are not in this file"))
        }
        result.post = DrupalPost.read(page: page, body: body, comments: Set(elements.map(\.element)))
        return result
    }
}

private struct DrupalComments {
    let page: Page
    let elements: [(element: Node, number: String)]

    func read() -> [Comment] {
        let depths = elements.map { item in 1 + item.element.ancestors.filter { $0.is("div") && $0.hasClass("indented") }.count }
        let parents = CommentNesting.parents(depths: depths)
        let language = page.metadata.language
        var comments: [Comment] = []
        for (index, item) in elements.enumerated() {
            // "In reply to <parent's subject> by <name>" is for screen readers and names the parent.
            let hidden = Set(item.element.descendants.filter { $0.hasAnyClass(["visually-hidden", "element-invisible", "parent"]) })
            let scope = item.element.scopedDescendants(excluding: hidden)
            let parent = parents[index]
            let machine = scope.lazy.compactMap { node -> PageDate? in
                guard let property = node["property"], DrupalMarkup.isCreatedProperty(property) else {
                    return node.is("time") ? node["datetime"].flatMap(MachineDate.parse) : nil
                }
                return (node["content"] ?? node["datetime"]).flatMap(MachineDate.parse)
            }.first
            let author = author(in: scope)
            let dateText = DrupalMarkup.displayedDateText(in: scope, after: author?.name)
            let displayed = dateText.flatMap { DisplayedDate.parse($0, language: language) }
            let permalink = scope.first { $0.is("a") && ($0.hasClass("permalink") || $0["rel"] == "bookmark") }
            let subject = scope.first(where: DrupalMarkup.isSubject)
            comments.append(
                Comment(
                    id: item.number, parentId: parent.map { comments[$0].id }, depth: depths[index] - 1,
                    author: author, published: LocalTimeOffset.reconciled(instant: machine, displayed: displayed),
                    publishedText: dateText, url: page.resolve(permalink?["href"] ?? "#comment-\(item.number)"),
                    isByPostAuthor: item.element.hasAnyClass(["by-node-author", "comment-by-node-author"]),
                    title: subject?.visibleText.nonEmptyCollapsed,
                    body: body(in: item.element, scope: scope)))
        }
        return comments
    }

    private func author(in scope: [Node]) -> Person? {
        let named = scope.first { $0.hasClass("username") || $0["property"]?.contains("foaf:name") == true }
            ?? scope.first { CommentVocabulary.classContains($0, ["author"]) && !CommentVocabulary.classContains($0, ["picture", "avatar"]) }
            ?? scope.first { $0.hasClass("submitted") }
            ?? scope.first { $0.is("footer") || $0.is("header") }.flatMap { $0.first { $0.isAny(of: ["h3", "h4", "h5", "h6", "p"]) } }
        guard let named else { return nil }
        let link = named.is("a") ? named : named.first { $0.is("a") && $0["href"] != nil && !$0.hasClass("permalink") }
        let name = (named.is("a") ? named.visibleText : CommentVocabulary.nameText(named)).nonEmptyCollapsed
        let avatar = scope.first { $0.is("img") && $0.ancestors.contains { CommentVocabulary.classContains($0, ["picture", "avatar"]) } }
        let person = Person(name: name, url: page.resolve(link?["href"]), avatarURL: page.resolve(avatar?["src"]))
        return person.name == nil && person.url == nil ? nil : person
    }

    private func body(in element: Node, scope: [Node]) -> RichText {
        let text = scope.first { DrupalMarkup.isTextProperty($0["property"]) }
            ?? scope.first { CommentVocabulary.classContains($0, ["comment-body", "comment_body", "comment__body"]) && !holdsSubject($0) }
            ?? scope.first { $0.hasClass("comment__content") || $0.hasClass("content") }
            ?? element
        return BodyConverter(resolver: page.resolver, isExcluded: DrupalMarkup.isBodyClutter).convert(text)
    }

    private func holdsSubject(_ node: Node) -> Bool {
        node.first { $0.is("a") && $0.hasClass("permalink") } != nil
    }
}

/// The article the comments belong to, as Drupal's node templates mark it.
private enum DrupalPost {
    static func read(page: Page, body: Node, comments: Set<Node>) -> PostParts {
        var parts = PostParts()
        let content = body.first { $0["itemprop"] == "articleBody" } ?? body.first { node in
            (node.hasClass("field-name-body") || node.hasClass("field--name-body")) && CommentVocabulary.holdsParagraphs(node)
                && !node.ancestors.contains { comments.contains($0) || CommentVocabulary.classContains($0, ["teaser"]) }
        }
        parts.body = content.map { BodyConverter(resolver: page.resolver).convert($0) }
        let node = content?.ancestors.first { $0.hasClass("node") || $0["typeof"] != nil }
        if let name = node?.first(where: { $0.hasClass("username") && !$0.ancestors.contains { comments.contains($0) } }) {
            parts.author = Person(name: name.visibleText.nonEmptyCollapsed, url: page.resolve(name.is("a") ? name["href"] : nil))
        }
        parts.published = node?.first { $0["property"].map(DrupalMarkup.isCreatedProperty) == true }?["content"]
            .flatMap(MachineDate.parse) ?? node?.first { $0.is("time") }?["datetime"].flatMap(MachineDate.parse)
        return parts
    }
}

enum DrupalMarkup {
    /// Comment elements in document order with their numbers: an element of class `comment`
    /// named by its own `comment-N` id, the `a#comment-N` anchor before it, or its RDFa `about`.
    static func commentElements(in body: Node) -> [(element: Node, number: String)] {
        var found: [(element: Node, number: String)] = []
        var walker = body.descendants.makeIterator()
        while let node = walker.next() {
            guard node.hasClass("comment"), !node.is("form"), !node.is("a") else { continue }
            let anchor = node.previousElementSibling.flatMap { $0.is("a") && $0.visibleText.isEmpty ? $0.id : nil }
            let about = node["about"].flatMap { about in about.range(of: "/comment/").map { String(about[$0.upperBound...]) } }
            guard let number = [node.id, anchor].compactMap({ $0 }).lazy.compactMap(number(inID:)).first
                ?? about.map({ String($0.prefix { $0.isASCII && $0.isNumber }) }).flatMap({ $0.isEmpty ? nil : $0 })
            else { continue }
            found.append((node, number))
            walker.skipChildren()
        }
        return found
    }

    static func number(inID id: String) -> String? {
        guard id.hasPrefix("comment-") else { return nil }
        let digits = id.dropFirst("comment-".count)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber } ? String(digits) : nil
    }

    /// RDFa creation-date properties: `schema:dateCreated`, `dc:date dc:created`.
    static func isCreatedProperty(_ property: String) -> Bool {
        property.split(separator: " ").contains { $0 == "schema:dateCreated" || $0 == "dc:created" || $0 == "dc:date" }
    }

    /// The comment's subject line: a heading, or an element with the RDFa title property, that
    /// holds the comment's permalink (`<h3><a class="permalink">Subject</a></h3>`); not the
    /// "Permalink" link some themes print in the byline.
    static func isSubject(_ node: Node) -> Bool {
        let titled = node.isAny(of: ["h2", "h3", "h4", "h5", "h6"])
            || node["property"]?.split(separator: " ").contains { $0 == "dc:title" || $0 == "schema:name" } == true
        return titled && node.elementChildren.contains { $0.is("a") && $0.hasClass("permalink") }
    }

    /// RDFa properties of a comment's text: `schema:text`, `content:encoded`.
    static func isTextProperty(_ property: String?) -> Bool {
        property?.split(separator: " ").contains { $0 == "schema:text" || $0 == "content:encoded" } == true
    }

    /// The date as the comment shows it: the elements named for the date and the time (some
    /// themes print them apart, "April 5, 2018" and "6:32 PM"), else the submitted line, else
    /// the header or footer line.
    static func displayedDateText(in scope: [Node], after name: String?) -> String? {
        let parts = scope.filter { node in
            (node.is("time") || CommentVocabulary.classContains(node, ["date", "time", "created"]))
                && !node.hasClass("hidden") && !scope.contains { $0 != node && $0.contains(node) && CommentVocabulary.classContains($0, ["date", "time", "created"]) }
        }
        let joined = parts.map(\.visibleText).filter { !$0.isEmpty }.joined(separator: " ")
        if !joined.isEmpty { return joined }
        let line = scope.first { $0.hasClass("submitted") }
            ?? scope.first { $0.is("footer") || $0.is("header") }.flatMap { $0.first { $0.isAny(of: ["h3", "h4", "h5", "h6", "p"]) } }
        guard var text = line?.visibleText.nonEmptyCollapsed else { return nil }
        // "NAME | DATE": the line begins with the author.
        if let name, text.hasPrefix(name) {
            text = String(text.dropFirst(name.count).drop { !$0.isLetter && !$0.isNumber })
        }
        return text.nonEmptyCollapsed
    }

    /// Inside a comment's text element, the parts that are not the text: the subject line,
    /// links (reply, edit), RDFa carriers, the "new" mark, and the expanding formatter's
    /// ellipsis and toggle.
    static func isBodyClutter(_ node: Node) -> Bool {
        if node.is("a"), node.hasClass("permalink") { return true }
        if node["property"]?.split(separator: " ").contains("schema:name") == true { return true }
        return node.hasAnyClass([
            "links", "rdf-meta", "visually-hidden", "element-invisible", "element-hidden", "new", "submitted",
            "expanding-formatter-ellipsis", "expanding-formatter-trigger", "comment__meta", "username",
        ]) || node.isAny(of: ["footer", "header", "form", "mark"])
    }

    /// A count printed in the comment section before the first comment ("10 Kommentare").
    static func declaredCount(before first: (element: Node, number: String)?) -> Int? {
        guard let first, let section = first.element.ancestors.first(where: { ancestor in
            ancestor.id == "comments" || ancestor.hasClass("comments") || ancestor.hasClass("comment-wrapper")
        }) else { return nil }
        var walker = section.descendants.makeIterator()
        var count: Int?
        while let node = walker.next(), node != first.element {
            if node.is("form") {
                walker.skipChildren()
                continue
            }
            if node.isAny(of: ["h2", "h3"]) || CommentVocabulary.classContains(node, ["count"]),
                let value = CountPhrase.count(in: node.visibleText)
            {
                count = value
            }
        }
        return count
    }

    /// The RDFa `sioc:num_replies` of the node that holds the comments (Bartik-style themes
    /// print the comments inside the node; teasers of other nodes carry their own).
    static func statedReplies(around first: (element: Node, number: String)?) -> Int? {
        guard let node = first?.element.ancestors.first(where: { $0.hasClass("node") }) else { return nil }
        return node.first { $0["property"] == "sioc:num_replies" }?["content"].flatMap { Int($0) }
    }

    /// A pager next to the comments: Drupal pages them with `?page=N`.
    static func isPaginated(around first: (element: Node, number: String)?) -> Bool {
        guard let section = first?.element.ancestors.first(where: { $0.id == "comments" || $0.hasClass("comments") }) else {
            return false
        }
        return section.first { $0.hasClass("pager") || $0.hasClass("pager__items") } != nil
    }
}
