import HTMLDOM
import ThreadModel

/// Converts the HTML of a post or comment body into `RichText`, sanitising as it goes.
///
/// Only what a `Block` or `Inline` case can express survives, so scripts, styles, event handlers
/// and embedded content cannot: they have no case to go to. Every URL goes through the
/// `URLResolver`, which lets no `javascript:` (or other unsafe scheme) through. Layout follows
/// browsers: text flows through grouping elements, text beside blocks becomes paragraphs of its
/// own, whitespace collapses, and `<br><br>` separates paragraphs.
struct BodyConverter {
    let resolver: URLResolver
    /// Elements an extractor wants gone with their content: reply links, like and share widgets.
    let isExcluded: (Node) -> Bool

    /// How deep elements are converted with their structure; below, only their text and
    /// paragraphs are kept, read without recursion. Bodies never nest meaningfully this deep,
    /// hostile ones do, and the renderers of the resulting tree recurse too.
    static let maximumDepth = 40

    init(resolver: URLResolver, isExcluded: @escaping (Node) -> Bool = { _ in false }) {
        self.resolver = resolver
        self.isExcluded = isExcluded
    }

    /// The content of `container` (its children, not the element itself).
    func convert(_ container: Node) -> RichText {
        RichText(blocks(of: container.children, depth: 0))
    }

    /// A run of sibling nodes, such as the bare paragraphs between a comment's header and footer.
    func convert(nodes: [Node]) -> RichText {
        RichText(blocks(of: nodes, depth: 0))
    }

    // MARK: Walking

    func blocks(of nodes: some Sequence<Node>, depth: Int) -> [Block] {
        var sink = BlockSink(inlineOnly: false)
        walk(nodes, into: &sink, depth: depth)
        return sink.finishBlocks()
    }

    /// Content that can only be inline (a heading, a table cell): blocks inside become line breaks.
    func inlines(of nodes: some Sequence<Node>, depth: Int) -> [Inline] {
        var sink = BlockSink(inlineOnly: true)
        walk(nodes, into: &sink, depth: depth)
        return sink.finishInlines()
    }

    func walk(_ nodes: some Sequence<Node>, into sink: inout BlockSink, depth: Int) {
        for node in nodes {
            switch node.kind {
            case .text where sink.keepsLineBreaks:
                for (index, line) in node.content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if index > 0 { sink.inline.lineBreak() }
                    sink.inline.append(text: String(line))
                }
            case .text: sink.inline.append(text: node.content)
            case .element: convert(element: node, into: &sink, depth: depth)
            case .comment, .other: continue
            }
        }
    }

    private func convert(element node: Node, into sink: inout BlockSink, depth: Int) {
        let role = ElementRole(node)
        guard role != .dropped, !isExcluded(node) else { return }
        if depth >= BodyConverter.maximumDepth && role.convertsChildren {
            flatten(node, role: role, into: &sink)
            return
        }
        let inner = depth + 1
        switch role {
        case .dropped:
            return
        case .container, .paragraph, .listItem, .tablePart:
            container(node, into: &sink, depth: inner)
        case .heading(let level):
            guard !sink.inlineOnly else { return container(node, into: &sink, depth: inner) }
            let content = inlines(of: node.children, depth: inner)
            if !content.isEmpty { sink.append(.heading(level: level, content: content)) }
        case .quote:
            guard !sink.inlineOnly else { return container(node, into: &sink, depth: inner) }
            let content = blocks(of: node.children, depth: inner)
            if !content.isEmpty { sink.append(.quote(content)) }
        case .list(let ordered):
            guard !sink.inlineOnly else { return container(node, into: &sink, depth: inner) }
            if let list = list(node, ordered: ordered, depth: inner) { sink.append(list) }
        case .preformatted:
            preformatted(node, into: &sink, depth: inner)
        case .rule:
            if sink.inlineOnly { sink.endParagraph() } else { sink.append(.rule) }
        case .table:
            table(node, into: &sink, depth: inner)
        case .lineBreak:
            sink.inline.lineBreak()
        case .emphasis:
            formatted(node, as: .emphasis, into: &sink, depth: inner)
        case .strong:
            formatted(node, as: .strong, into: &sink, depth: inner)
        case .strikethrough:
            formatted(node, as: .strikethrough, into: &sink, depth: inner)
        case .code:
            codeSpan(node, into: &sink)
        case .link:
            link(node, into: &sink, depth: inner)
        case .image:
            image(node, into: &sink)
        case .media:
            media(node, into: &sink)
        case .transparent:
            walk(node.children, into: &sink, depth: inner)
        }
    }

    /// A grouping element: its content flows, with paragraphs ended on both sides.
    private func container(_ node: Node, into sink: inout BlockSink, depth: Int) {
        sink.endParagraph()
        walk(node.children, into: &sink, depth: depth)
        sink.endParagraph()
    }

    /// Too deep for structure: the text, line breaks and paragraph boundaries of `node`, read
    /// with an explicit stack.
    private func flatten(_ node: Node, role: ElementRole, into sink: inout BlockSink) {
        var stack = [(children: node.children.makeIterator(), isBlock: role.isBlock)]
        if role.isBlock { sink.endParagraph() }
        while !stack.isEmpty {
            guard let child = stack[stack.count - 1].children.next() else {
                if stack.removeLast().isBlock { sink.endParagraph() }
                continue
            }
            switch child.kind {
            case .text:
                sink.inline.append(text: child.content)
            case .element:
                let childRole = ElementRole(child)
                guard childRole != .dropped, !isExcluded(child) else { continue }
                if childRole == .lineBreak {
                    sink.inline.lineBreak()
                    continue
                }
                if childRole.isBlock { sink.endParagraph() }
                stack.append((child.children.makeIterator(), childRole.isBlock))
            case .comment, .other:
                continue
            }
        }
    }

    // MARK: Blocks

    /// A list; content between the items (a nested list written directly inside the outer one,
    /// stray text) joins the item before it.
    private func list(_ node: Node, ordered: Bool, depth: Int) -> Block? {
        var items: [[Block]] = []
        var stray: [Node] = []
        func fileStray() {
            guard !stray.isEmpty else { return }
            let content = blocks(of: stray, depth: depth)
            stray.removeAll()
            guard !content.isEmpty else { return }
            if items.isEmpty { items.append(content) } else { items[items.count - 1] += content }
        }
        for child in node.children {
            if child.is("li") {
                guard !isExcluded(child) else { continue }
                fileStray()
                items.append(blocks(of: child.children, depth: depth))
            } else {
                stray.append(child)
            }
        }
        fileStray()
        items.removeAll { $0.isEmpty }
        guard !items.isEmpty else { return nil }
        let start = ordered ? node["start"].flatMap { Int($0.filter { !$0.isWhitespace }) } ?? 1 : 1
        return .list(ordered: ordered, start: start, items: items)
    }

    private func preformatted(_ node: Node, into sink: inout BlockSink, depth: Int) {
        let text = PreformattedText.verbatim(plainText(of: node))
        guard !text.isEmpty else { return }
        if !sink.inlineOnly, !sink.keepsLineBreaks, PreformattedText.isProse(node, text: text) {
            // Words laid out by their own line breaks (Medium's responses), not code: paragraphs.
            sink.keepsLineBreaks = true
            container(node, into: &sink, depth: depth)
            sink.keepsLineBreaks = false
        } else if sink.inlineOnly {
            sink.inline.append(.code(text))
        } else {
            sink.append(.code(language: PreformattedText.language(of: node), text: text))
        }
    }

    // MARK: Inlines

    private func formatted(
        _ node: Node, as kind: InlineCollector.FrameKind, into sink: inout BlockSink, depth: Int
    ) {
        // `<b><strong>x</strong></b>` is strong once, not strong inside strong.
        if sink.inline.isOpen(kind) { return walk(node.children, into: &sink, depth: depth) }
        sink.inline.open(kind)
        walk(node.children, into: &sink, depth: depth)
        sink.inline.close()
    }

    /// `code`, `kbd` ...: one code span of the element's text, its whitespace collapsed, with a
    /// space outside where the element began or ended with one.
    private func codeSpan(_ node: Node, into sink: inout BlockSink) {
        let text = plainText(of: node)
        let collapsed = HTMLWhitespace.collapsing(text)
        if text.first.map(HTMLWhitespace.contains) == true { sink.inline.holdSpace() }
        if !collapsed.isEmpty { sink.inline.append(.code(collapsed)) }
        if text.last.map(HTMLWhitespace.contains) == true { sink.inline.holdSpace() }
    }

    /// A link to a safe URL; otherwise (no href, unsafe, unresolvable, a link inside a link)
    /// just its content.
    private func link(_ node: Node, into sink: inout BlockSink, depth: Int) {
        guard !sink.inline.isInsideLink, let href = node["href"], let destination = resolver.resolve(href) else {
            return walk(node.children, into: &sink, depth: depth)
        }
        sink.inline.open(.link(destination: destination, title: nonEmpty(node["title"])))
        walk(node.children, into: &sink, depth: depth)
        sink.inline.close()
    }

    private func image(_ node: Node, into sink: inout BlockSink) {
        let alt = HTMLWhitespace.collapsing(node["alt"] ?? "")
        if node.hasClass("wp-smiley") || node.hasClass("emoji") || isSingleEmoji(alt) {
            sink.inline.append(text: alt)
            return
        }
        guard let source = imageSource(node) else {
            // What a browser shows for an image it cannot load.
            sink.inline.append(text: alt)
            return
        }
        sink.inline.append(.image(source: source, alt: alt, title: nonEmpty(node["title"])))
    }

    /// Lazy-loading attributes first: where they are present, `src` is a placeholder (a blank
    /// GIF or a `data:` URL). `data-orig-file` (WordPress) is the full-size original; a saved
    /// page's local `src` fails to resolve and falls through to it.
    private func imageSource(_ node: Node) -> String? {
        for attribute in ["data-lazy-src", "data-src", "src", "data-orig-file"] {
            if let value = node[attribute], let url = resolver.resolve(value) { return url }
        }
        for attribute in ["data-lazy-srcset", "data-srcset", "srcset"] {
            if let value = node[attribute], let candidate = firstSourceSetCandidate(value),
                let url = resolver.resolve(candidate)
            {
                return url
            }
        }
        return nil
    }

    /// The URL of a `srcset`'s first candidate: it ends at whitespace, or at the comma before
    /// the next candidate when it has no descriptor.
    private func firstSourceSetCandidate(_ value: String) -> String? {
        let url = value.drop(while: \.isWhitespace).prefix(while: { !$0.isWhitespace })
        let trimmed = url.hasSuffix(",") ? url.dropLast() : url
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// `video` and `audio` cannot be shown in a body: a link to the file is.
    private func media(_ node: Node, into sink: inout BlockSink) {
        guard !sink.inline.isInsideLink else { return }
        let sources = [node["src"]] + node.children.filter { $0.is("source") }.map { $0["src"] }
        guard let url = sources.lazy.compactMap({ $0.flatMap(resolver.resolve) }).first else { return }
        sink.inline.append(.link(destination: url, title: nil, content: [.text(url)]))
    }

    // MARK: Text

    /// The text of `node` as written, line breaks for `<br>` and between blocks (for `pre` and
    /// code spans), dropped and excluded elements left out; read with an explicit stack.
    private func plainText(of node: Node) -> String {
        var bytes: [UInt8] = []
        var stack = [node.children.makeIterator()]
        while !stack.isEmpty {
            guard let child = stack[stack.count - 1].next() else {
                stack.removeLast()
                continue
            }
            switch child.kind {
            case .text:
                bytes.append(contentsOf: child.content.utf8)
            case .element:
                let role = ElementRole(child)
                guard role != .dropped, !isExcluded(child) else { continue }
                if role == .lineBreak {
                    bytes.append(0x0A)
                } else {
                    if role.isBlock, let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
                    stack.append(child.children.makeIterator())
                }
            case .comment, .other:
                continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        let collapsed = HTMLWhitespace.collapsing(value)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// Whether `text` is one emoji (the alt text of an emoji image): one character whose first
    /// scalar is shown as emoji by default, or an emoji-capable scalar made one by what follows
    /// (`❤️` is U+2764 U+FE0F). Digits and `#` are emoji-capable but alone are not emoji.
    private func isSingleEmoji(_ text: String) -> Bool {
        guard text.count == 1, let first = text.unicodeScalars.first else { return false }
        return first.properties.isEmojiPresentation
            || (first.properties.isEmoji && text.unicodeScalars.count > 1)
    }
}

extension ElementRole {
    /// Whether converting the element converts its children with structure (and so recurses).
    fileprivate var convertsChildren: Bool {
        switch self {
        case .container, .paragraph, .heading, .quote, .list, .listItem, .table, .tablePart, .emphasis, .strong,
            .strikethrough, .link, .transparent:
            true
        case .dropped, .preformatted, .rule, .lineBreak, .code, .image, .media:
            false
        }
    }
}
