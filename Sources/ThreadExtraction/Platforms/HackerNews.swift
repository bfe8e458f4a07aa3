import HTMLDOM
import ThreadModel

/// Hacker News item pages, from the table layouts of 2012 to today's `tr.athing.comtr` rows.
///
/// Comments are flat sibling rows; the reply tree is told only by each row's indent (an
/// `indent` attribute, or in older saves the width of a spacer image, 40 pixels a level). A row
/// is a comment by its `td.default` cell with a `span.comhead`, so rows without an author
/// (deleted, flagged) count too.
struct HackerNewsExtractor: PlatformExtractor {
    var platform: Platform { .hackerNews }

    func detect(_ page: Page) -> Double {
        let signals = page.signals
        guard signals.ids.contains("hnmain") || (signals.hasClass("comhead") && signals.hasClass("subtext")),
            let body = page.body
        else { return 0 }
        var sawHead = false
        var sawSubtext = false
        for node in body.descendants {
            if node.is("table"), node.id == "hnmain" { return 0.95 }
            if node.hasClass("comhead") { sawHead = true }
            if node.is("td"), node.hasClass("subtext") { sawSubtext = true }
            if sawHead, sawSubtext { return 0.85 }
        }
        return 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        var result = PlatformExtraction()
        guard let body = page.body else { return result }
        // A comment's own item page shows that comment above the tree, in the story's place.
        let story = body.first { $0.is("table") && $0.hasClass("fatitem") }
        let cells = body.descendants.filter { node in
            node.is("td") && node.hasClass("default") && !(story?.contains(node) ?? false)
                && node.first { $0.hasClass("comhead") } != nil
        }

        result.post = HackerNewsStory.read(page: page, scope: story ?? body)
        let postAuthor = result.post.author?.name
        let rows = cells.enumerated().map { HackerNewsRow(page: page, cell: $0.element, index: $0.offset) }
        let parents = CommentNesting.parents(depths: rows.map { $0.indent + 1 })
        var depths: [Int] = []
        result.comments = rows.enumerated().map { index, row in
            let parent = parents[index]
            let depth = parent.map { depths[$0] + 1 } ?? 0
            depths.append(depth)
            let author = row.author
            return Comment(
                id: row.id, parentId: parent.map { rows[$0].id }, depth: depth, author: author,
                published: row.published, publishedText: row.publishedText, url: row.url,
                isByPostAuthor: author?.name != nil && author?.name == postAuthor, body: row.body)
        }
        result.declaredCommentCount = HackerNewsStory.declaredCount(scope: story ?? body)
        if body.first(where: { $0.is("a") && $0.hasClass("morelink") }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the comments continue on further pages that are not in this file"))
        }
        return result
    }
}

/// One comment row, read from its `td.default` cell and the row around it.
private struct HackerNewsRow {
    let page: Page
    let cell: Node
    let head: Node?
    let id: String

    init(page: Page, cell: Node, index: Int) {
        self.page = page
        self.cell = cell
        head = cell.first { $0.hasClass("comhead") }
        let thing = cell.ancestors.first { $0.is("tr") && $0.hasClass("athing") }
        let linked = HackerNewsRow.itemLink(in: head).flatMap { HackerNewsMarkup.itemNumber(in: $0["href"]) }
        id = thing?.id.flatMap { $0.allSatisfy(\.isNumber) && !$0.isEmpty ? $0 : nil } ?? linked ?? "c\(index + 1)"
    }

    /// The comment's own link: the age link where there is one, else the first item link.
    private static func itemLink(in head: Node?) -> Node? {
        guard let head else { return nil }
        if let age = head.first(where: { $0.hasClass("age") }), let link = age.first(where: { $0.is("a") }) {
            return link
        }
        return head.first { $0.is("a") && HackerNewsMarkup.itemNumber(in: $0["href"]) != nil }
    }

    /// Levels below the top: the indent cell's `indent`, else its spacer's width over 40.
    var indent: Int {
        guard let row = cell.parent else { return 0 }
        let cells = Array(row.elementChildren)
        let indentCell = cells.first { $0.hasClass("ind") } ?? cells.first { $0 != cell && $0.first { $0.is("img") } != nil }
        guard let indentCell else { return 0 }
        if let stated = indentCell["indent"].flatMap({ Int($0) }) { return stated }
        let spacer = indentCell.is("img") ? indentCell : indentCell.first { $0.is("img") }
        return (spacer?["width"].flatMap { Int($0) } ?? 0) / 40
    }

    var author: Person? {
        guard let link = head?.first(where: HackerNewsMarkup.isUserLink), let name = link.visibleText.nonEmptyCollapsed
        else { return nil }
        return Person(name: name, url: page.resolve(link["href"]))
    }

    private var age: Node? { head?.first { $0.hasClass("age") } }

    var published: PageDate? { HackerNewsMarkup.date(age) }

    var publishedText: String? { age?.visibleText.nonEmptyCollapsed }

    var url: String? { page.resolve(HackerNewsRow.itemLink(in: head)?["href"]) }

    var body: RichText {
        guard let text = cell.first(where: { $0.hasClass("commtext") }) ?? cell.first(where: { $0.hasClass("comment") })
        else { return RichText() }
        return BodyConverter(resolver: page.resolver) { $0.hasClass("reply") }.convert(text)
    }
}

/// The story at the top of the page: title line and subtext line.
private enum HackerNewsStory {
    static func read(page: Page, scope: Node) -> PostParts {
        var parts = PostParts()
        let title = scope.first { $0.hasClass("titleline") }.flatMap { $0.first { $0.is("a") } }
            ?? scope.first { $0.is("a") && $0.parent?.is("td") == true && $0.parent?.hasClass("title") == true }
        parts.title = title?.visibleText.nonEmptyCollapsed
        // The story is the link it submits; a text post's title links to its own item page.
        parts.url = page.resolve(title?["href"])
        if let subtext = scope.first(where: { $0.hasClass("subtext") }) {
            if let user = subtext.first(where: HackerNewsMarkup.isUserLink) {
                parts.author = Person(name: user.visibleText.nonEmptyCollapsed, url: page.resolve(user["href"]))
            }
            parts.published = HackerNewsMarkup.date(subtext.first { $0.hasClass("age") })
            if let score = subtext.first(where: { $0.id?.hasPrefix("score_") == true }), let id = score.id {
                parts.id = String(id.dropFirst("score_".count))
            }
        }
        if let text = scope.first(where: { $0.hasClass("toptext") }) ?? oldLayoutText(scope: scope) {
            parts.body = BodyConverter(resolver: page.resolver).convert(text)
        }
        return parts
    }

    /// Before `toptext` (pages of 2012 and earlier), a text post's text is the second cell of
    /// the first row with text after the subtext's row, before the reply form's row.
    private static func oldLayoutText(scope: Node) -> Node? {
        guard let row = scope.first(where: { $0.hasClass("subtext") })?.ancestors.first(where: { $0.is("tr") }) else {
            return nil
        }
        for next in sequence(first: row, next: \.nextElementSibling).dropFirst() where next.is("tr") {
            if next.first(where: { $0.is("form") || $0.is("textarea") }) != nil { return nil }
            let cells = Array(next.elementChildren.filter { $0.is("td") })
            if cells.count == 2, cells[1].visibleText.nonEmptyCollapsed != nil { return cells[1] }
        }
        return nil
    }

    /// The subtext's last link to the item ("115 comments"); "discuss" or a bare "comments"
    /// states no count.
    static func declaredCount(scope: Node) -> Int? {
        guard let subtext = scope.first(where: { $0.hasClass("subtext") }) else { return nil }
        let links = subtext.descendants.filter { link in
            link.is("a") && HackerNewsMarkup.itemNumber(in: link["href"]) != nil
                && !link.ancestors.contains { $0.hasClass("age") }
        }
        return links.last.flatMap { CountPhrase.count(in: $0.visibleText) }
    }
}

private enum HackerNewsMarkup {
    /// The N of `item?id=N` (relative or absolute), without `&p=2` and the like.
    static func itemNumber(in href: String?) -> String? {
        guard let href, let range = href.byteRange(of: "item?id=") else { return nil }
        let digits = href[range.upperBound...].prefix { $0.isASCIIDigit }
        return digits.isEmpty ? nil : String(digits)
    }

    static func isUserLink(_ node: Node) -> Bool {
        guard node.is("a") else { return false }
        if node.hasClass("hnuser") { return true }
        guard let href = node["href"] else { return false }
        return href.hasPrefix("user?id=") || href.containsBytes("/user?id=")
    }

    /// `span.age[title]` is UTC written without a zone ("2018-04-24T12:00:00", newer pages add
    /// the epoch seconds); the relative text beside it ("8 hours ago") is left alone.
    static func date(_ age: Node?) -> PageDate? {
        guard let title = age?["title"], var date = MachineDate.parse(title) else { return nil }
        if date.time != nil, date.utcOffsetMinutes == nil { date.utcOffsetMinutes = 0 }
        return date
    }
}
