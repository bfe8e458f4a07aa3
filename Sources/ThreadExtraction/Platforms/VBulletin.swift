import HTMLDOM
import ThreadModel

/// vBulletin 4 (`li.postcontainer#post_N`) and 3 (`table#postN`), both with the text in
/// `div#post_message_N`. Topics are flat; quotes of earlier posts stay in the text as the page
/// shows them. Each post carries its position in the topic (`a#postcountN[name]`), so a page
/// whose first post is not number 1 has no opening post.
struct VBulletinExtractor: PlatformExtractor {
    var platform: Platform { .vbulletin }

    func detect(_ page: Page) -> Double {
        if page.metadata.generator?.lowercased().contains("vbulletin") == true { return 0.9 }
        guard page.signals.hasID(prefix: "post_message_"), let body = page.body else { return 0 }
        return body.first(where: VBulletinMarkup.isPost) != nil ? 0.9 : 0
    }

    func extract(_ page: Page) -> PlatformExtraction {
        guard let body = page.body else { return PlatformExtraction() }
        let posts = body.outermost(where: VBulletinMarkup.isPost)
        let messages = posts.map { VBulletinMarkup.message(of: $0, page: page) }
        let first = posts.first.flatMap(VBulletinMarkup.position(of:))
        let title = body.first { $0.hasClass("threadtitle") }?.visibleText.nonEmptyCollapsed
        var result = ForumTopic.extraction(messages: messages, isFirstPage: (first ?? 1) == 1, title: title)
        if body.first(where: { $0.hasClass("pagination") || $0.hasClass("pagenav") }) != nil {
            result.diagnostics.append(
                Diagnostic(.commentsPaginated, "the topic is paginated; other pages are not in this file"))
        }
        return result
    }
}

enum VBulletinMarkup {
    static func number(of post: Node) -> String? {
        ForumTopic.number(inID: post.id, prefix: post.is("li") ? "post_" : "post")
    }

    /// vB4's `li#post_N` or vB3's `table#postN`, recognised by the message they hold.
    static func isPost(_ node: Node) -> Bool {
        guard node.isAny(of: ["li", "table"]), let number = number(of: node) else { return false }
        return message(in: node, number: number) != nil
    }

    static func message(in post: Node, number: String) -> Node? {
        let id = "post_message_" + number
        return post.first { $0.id == id }
    }

    /// The post's position in the whole topic, 1 for the opening post.
    static func position(of post: Node) -> Int? {
        guard let number = number(of: post) else { return nil }
        let id = "postcount" + number
        return post.first { $0.id == id }?["name"].flatMap { Int($0) }
    }

    static func message(of post: Node, page: Page) -> ForumMessage {
        let number = number(of: post) ?? ""
        let text = message(in: post, number: number)
        let scope = Array(post.descendants)
        let author = scope.first { $0.hasClass("username") || $0.hasClass("bigusername") }
            ?? scope.first { $0.id == "postmenu_" + number }
        let language = page.metadata.language
        let stamp = scope.first { $0.hasClass("date") && !(text?.contains($0) ?? false) }
        let date = stamp.flatMap { stamp in
            DisplayedDate.parse(stamp.visibleText, language: language).map { (date: $0, text: stamp.visibleText) }
        } ?? LooseDate.shortest(
            in: scope.lazy.filter { !(text?.contains($0) ?? false) }.map(\.visibleText), language: language,
            requiringTime: true)
        let permalink = scope.first { $0.hasClass("postcounter") || $0.id == "postcount" + number }
        return ForumMessage(
            id: number,
            author: ForumTopic.person(named: author, page: page),
            published: date?.date, publishedText: date?.text.nonEmptyCollapsed, url: page.resolve(permalink?["href"]),
            body: text.map { BodyConverter(resolver: page.resolver, isExcluded: isQuoteDecoration).convert($0) } ?? RichText())
    }

    /// The icons of a quote's attribution line: the quote mark, and the arrow linking to the quoted
    /// post (vB3 and vB4 alike); their alt texts are not the writer's words.
    static func isQuoteDecoration(_ node: Node) -> Bool {
        guard node.is("img"), let parent = node.parent else { return false }
        if parent.hasClass("bbcode_postedby") { return true }
        return parent.is("a") && parent["href"]?.contains("#post") == true && parent.visibleText.isEmpty
    }
}
