import HTMLDOM
import ThreadModel

/// The fields of a comment block whose engine is unknown, read from its structure and the class
/// words developers use: the text is the outermost element named for text (else the paragraphs),
/// the name the first element named for a user (else the first short text outside the text), the
/// date the innermost element that is or reads as one.
struct BlockFields {
    let page: Page
    /// The elements that belong to this block rather than to a reply nested in it.
    let scope: [Node]
    let block: Node
    let nested: Set<Node>

    init(page: Page, block: Node, nested: Set<Node>) {
        self.page = page
        self.block = block
        self.nested = nested
        let scope = block.scopedDescendants(excluding: nested.subtracting([block]))
        self.scope = scope
        let root = Self.textElement(in: scope, language: page.metadata.language)
        bodyRoot = root
        textNodes = root.map { [$0] } ?? Self.paragraphs(in: scope, language: page.metadata.language) ?? []
    }

    private var language: String? { page.metadata.language }

    /// The element that holds the text, if one is named for it.
    private let bodyRoot: Node?
    /// The nodes the text is read from: the named element, else the paragraphs from the first on.
    private let textNodes: [Node]

    /// The outermost element named for text that holds words of its own (not only links and
    /// buttons) or an image; an empty one only if nothing else is named so. Not a name, a date,
    /// nothing that holds a name outside a quote (a folded comment's label), nor anything inside
    /// a menu or pop-up.
    private static func textElement(in scope: [Node], language: String?) -> Node? {
        let candidates = scope.filter { node in
            CommentVocabulary.classContains(node, CommentVocabulary.bodyFragments)
                && !BlockRoles.isAuthor(node) && !BlockRoles.isDate(node, language: language)
                && node.first(where: { BlockRoles.isAuthor($0) && !BlockRoles.isInQuote($0, within: node) }) == nil
                && !([node] + node.ancestors.prefix(6)).contains { CommentVocabulary.classContains($0, BlockRoles.overlayFragments) }
        }
        // The outermost: a quote inside the text is named for text too.
        let outermost = candidates.filter { candidate in !candidates.contains { $0 != candidate && $0.contains(candidate) } }
        return outermost.first { BlockRoles.hasProse($0) || $0.first(where: { $0.is("img") }) != nil }
            ?? candidates.first { BlockRoles.hasProse($0) }
            ?? outermost.first { $0.visibleText.isEmpty }
    }

    private static func paragraphs(in scope: [Node], language: String?) -> [Node]? {
        guard let first = scope.first(where: {
            $0.is("p") && BlockRoles.hasProse($0) && !BlockRoles.isAuthor($0) && !BlockRoles.isDate($0, language: language)
        }), let container = first.parent
        else { return nil }
        return Array(container.children.drop { $0 != first })
    }

    /// Outside the text element, or outside the paragraphs where the text has no element of its own
    /// (a date printed after the paragraphs is not text).
    private func isOutsideText(_ node: Node) -> Bool {
        let holders = bodyRoot.map { [$0] } ?? textNodes.filter { $0.isAny(of: ["p", "blockquote", "ul", "ol", "pre"]) }
        return !holders.contains { $0 == node || $0.contains(node) }
    }

    var author: Person? {
        let outside = scope.filter(isOutsideText)
        let named = outside.lazy.filter(BlockRoles.isAuthor).compactMap { element -> (Node, String)? in
            let name = (element.is("a") ? element.visibleText : CommentVocabulary.nameText(element))
                .collapsingWhitespace
            return name.isEmpty ? nil : (element, name)
        }.first
        // The innermost dates only: a header line "NAME 14.03.2024" reads as a date too.
        let dated = outside.filter { BlockRoles.isDate($0, language: language) }
        let dates = Set(dated.filter { date in !dated.contains { $0 != date && date.contains($0) } })
        let found = named ?? outside.lazy.filter { element in
            !element.isAny(of: ["button", "option", "label", "script"]) && !dates.contains(element)
                && !element.ancestors.contains(where: { dates.contains($0) })
        }.compactMap { element -> (Node, String)? in
            let own = element.children.reduce(into: "") { text, child in
                if child.kind == .text { text += child.content }
            }.collapsingWhitespace
            return own.isEmpty || own.count > 60 ? nil : (element, own)
        }.first
        guard let (element, name) = found else { return nil }
        let link = element.is("a") ? element : element.first { $0.is("a") && $0["href"] != nil }
            ?? element.ancestors.prefix(2).first { $0.is("a") }
        let avatar = scope.first { image in
            image.is("img") && (CommentVocabulary.classContains(image, ["avatar", "photo", "userpic"])
                || image.ancestors.prefix(2).contains { CommentVocabulary.classContains($0, ["avatar", "photo", "userpic"]) })
        }
        let url = link?["href"].flatMap { $0.hasPrefix("javascript:") ? nil : page.resolve($0) }
        return Person(
            name: CommentVocabulary.trimmingNamePunctuation(name).nonEmptyCollapsed, url: url,
            avatarURL: avatar.flatMap { page.resolve($0["src"]) })
    }

    /// The date and the text it is displayed as.
    var date: (published: PageDate?, text: String?) {
        let dates = scope.filter { isOutsideText($0) && BlockRoles.isDate($0, language: language) }
        guard let innermost = dates.first(where: { date in !dates.contains { $0 != date && date.contains($0) } }) else {
            return (nil, nil)
        }
        // A date and its time in separate elements: the element around both reads as one.
        let around = dates.filter { $0 == innermost || $0.contains(innermost) }.reversed()
        let readings = around.lazy.compactMap { element -> (Node, PageDate)? in
            let machine = element["datetime"].flatMap(MachineDate.parse)
            let titled = element["title"].flatMap { DisplayedDate.parse($0, language: self.language) }
            let displayed = DisplayedDate.parse(BlockRoles.spacedText(element), language: self.language)
            let found = [machine, titled, displayed].compactMap { $0 }
            return (found.first { $0.time != nil } ?? found.first).map { (element, $0) }
        }
        let chosen = readings.first { $0.1.time != nil } ?? readings.first
        return (chosen?.1, BlockRoles.spacedText(chosen?.0 ?? innermost).nonEmptyCollapsed)
    }

    var body: RichText {
        let nested = self.nested
        let block = self.block
        let language = self.language
        // Inside a text element a name is a mention; elsewhere it is the author line.
        let namedText = bodyRoot != nil
        let converter = BodyConverter(resolver: page.resolver) { node in
            (node != block && nested.contains(node)) || CommentVocabulary.isChrome(node)
                || node.isAny(of: ["button", "label"]) || CommentVocabulary.classContains(node, ["btn", "button"])
                || (!namedText && (BlockRoles.isAuthor(node) || (!node.is("p") && BlockRoles.isDate(node, language: language))))
        }
        if let root = bodyRoot { return converter.convert(root) }
        if !textNodes.isEmpty { return converter.convert(nodes: textNodes) }
        return converter.convert(block)
    }
}
