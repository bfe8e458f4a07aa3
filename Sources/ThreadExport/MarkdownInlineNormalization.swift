import ThreadModel

/// Reshapes inline content into a form CommonMark can write exactly, without changing its text.
///
/// - Whitespace and line breaks at the edges of emphasis move outside it (`* a*` is not emphasis).
/// - Empty emphasis and empty code vanish (`**` alone would be literal stars).
/// - Neighbours of one kind merge (`*a**b*` would not read back as two emphases; two code spans
///   side by side would fuse into one longer fence).
/// - Links do not nest (the inner one would win and the outer brackets show); strikethrough
///   inside strikethrough adds nothing and `~~~~` would start a code fence.
/// - Links and images with unsafe addresses become their text.
enum MarkdownInlineNormalization {
    /// `atBlockStart`: the content opens a paragraph, where a link could read as a definition.
    static func normalized(_ inlines: [Inline], atBlockStart: Bool) -> [Inline] {
        let out = normalized(inlines, inLink: false, inStrikethrough: false)
        guard atBlockStart else { return out }
        // Unwrapping a link moves its content up a level, where it is normalised again.
        let unwrapped = withoutDefinitionLikeLeadingLink(out)
        return unwrapped == out ? out : normalized(unwrapped, inLink: false, inStrikethrough: false)
    }

    /// A paragraph that opens with a link whose text holds a code span with `]` could read as a
    /// link reference definition (`[`` `a]: b` ``](url)`): the definition scanner knows nothing of
    /// code spans. Such a link, rare as it is, is written as its text.
    private static func withoutDefinitionLikeLeadingLink(_ inlines: [Inline]) -> [Inline] {
        guard let first = inlines.firstIndex(where: { !$0.isBlank }) else { return inlines }
        switch inlines[first] {
        case .link(_, _, let content) where content.containsCode(with: "]"):
            return inlines[..<first] + content + inlines[(first + 1)...]
        case .emphasis(let content), .strong(let content), .strikethrough(let content):
            let inner = withoutDefinitionLikeLeadingLink(content)
            guard inner != content, let kind = EmphasisKind.of(inlines[first]) else { return inlines }
            var out = inlines
            out[first] = kind.wrap(inner)
            return out
        default:
            return inlines
        }
    }

    private static func normalized(_ inlines: [Inline], inLink: Bool, inStrikethrough: Bool) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines { append(inline, to: &out, inLink: inLink, inStrikethrough: inStrikethrough) }
        return out
    }

    private static func append(_ inline: Inline, to out: inout [Inline], inLink: Bool, inStrikethrough: Bool) {
        switch inline {
        case .text(let text):
            guard !text.isEmpty else { return }
            if case .text(let previous) = out.last {
                out[out.count - 1] = .text(previous + text.withUnixLineEndings)
            } else {
                out.append(.text(text.withUnixLineEndings))
            }
        case .code(let code):
            guard !code.isEmpty else { return }
            if case .code(let previous) = out.last {
                out[out.count - 1] = .code(previous + code)
            } else {
                out.append(.code(code))
            }
        case .lineBreak:
            out.append(.lineBreak)
        case .image(let source, let alt, _):
            if URLSafety.isSafeImage(source) {
                out.append(inline)
            } else {
                append(.text(alt), to: &out, inLink: inLink, inStrikethrough: inStrikethrough)
            }
        case .link(let destination, let title, let content):
            if inLink || !URLSafety.isSafeLink(destination) {
                for inner in content { append(inner, to: &out, inLink: inLink, inStrikethrough: inStrikethrough) }
            } else {
                let content = normalized(content, inLink: true, inStrikethrough: inStrikethrough)
                out.append(.link(destination: destination, title: title, content: content))
            }
        case .emphasis(let content):
            appendEmphasis(.emphasis, content, to: &out, inLink: inLink, inStrikethrough: inStrikethrough)
        case .strong(let content):
            appendEmphasis(.strong, content, to: &out, inLink: inLink, inStrikethrough: inStrikethrough)
        case .strikethrough(let content):
            appendEmphasis(.strikethrough, content, to: &out, inLink: inLink, inStrikethrough: inStrikethrough)
        }
    }

    private static func appendEmphasis(
        _ kind: EmphasisKind, _ content: [Inline], to out: inout [Inline], inLink: Bool, inStrikethrough: Bool
    ) {
        let innerStrikethrough = inStrikethrough || kind == .strikethrough
        if kind == .strikethrough && inStrikethrough {
            for inner in content { append(inner, to: &out, inLink: inLink, inStrikethrough: true) }
            return
        }
        let (leading, core, trailing) = splitEdgeWhitespace(
            normalized(content, inLink: inLink, inStrikethrough: innerStrikethrough))
        for edge in leading { append(edge, to: &out, inLink: inLink, inStrikethrough: inStrikethrough) }
        if !core.isEmpty {
            if let last = out.last, let previous = kind.content(of: last) {
                out[out.count - 1] = kind.wrap(
                    normalized(previous + core, inLink: inLink, inStrikethrough: innerStrikethrough))
            } else {
                out.append(kind.wrap(core))
            }
        }
        for edge in trailing { append(edge, to: &out, inLink: inLink, inStrikethrough: inStrikethrough) }
    }

    /// Leading and trailing whitespace and line breaks, split from the content between them.
    private static func splitEdgeWhitespace(
        _ inlines: [Inline]
    ) -> (leading: [Inline], core: [Inline], trailing: [Inline]) {
        var core = inlines[...]
        var leading: [Inline] = [], trailing: [Inline] = []
        while let first = core.first {
            if first == .lineBreak {
                leading.append(core.removeFirst())
            } else if case .text(let text) = first,
                let split = text.unicodeScalars.firstIndex(where: { !MarkdownFlanking.isWhitespace($0) })
            {
                let scalars = text.unicodeScalars
                if split > scalars.startIndex {
                    leading.append(.text(String(scalars[..<split])))
                    core[core.startIndex] = .text(String(scalars[split...]))
                }
                break
            } else if case .text = first {
                leading.append(core.removeFirst())  // all whitespace
            } else {
                break
            }
        }
        while let last = core.last {
            if last == .lineBreak {
                trailing.insert(core.removeLast(), at: 0)
            } else if case .text(let text) = last,
                let lastVisible = text.unicodeScalars.lastIndex(where: { !MarkdownFlanking.isWhitespace($0) })
            {
                let scalars = text.unicodeScalars
                let split = scalars.index(after: lastVisible)
                if split < scalars.endIndex {
                    trailing.insert(.text(String(scalars[split...])), at: 0)
                    core[core.index(before: core.endIndex)] = .text(String(scalars[..<split]))
                }
                break
            } else if case .text = last {
                trailing.insert(core.removeLast(), at: 0)
            } else {
                break
            }
        }
        return (leading, Array(core), trailing)
    }
}

private enum EmphasisKind {
    case emphasis, strong, strikethrough

    func wrap(_ content: [Inline]) -> Inline {
        switch self {
        case .emphasis: .emphasis(content)
        case .strong: .strong(content)
        case .strikethrough: .strikethrough(content)
        }
    }

    static func of(_ inline: Inline) -> EmphasisKind? {
        switch inline {
        case .emphasis: .emphasis
        case .strong: .strong
        case .strikethrough: .strikethrough
        default: nil
        }
    }

    /// The content of `inline` when it is emphasis of this kind.
    func content(of inline: Inline) -> [Inline]? {
        switch (self, inline) {
        case (.emphasis, .emphasis(let content)), (.strong, .strong(let content)),
            (.strikethrough, .strikethrough(let content)):
            content
        default:
            nil
        }
    }
}

extension Inline {
    /// Whitespace-only text or a line break: what a paragraph drops at its start.
    fileprivate var isBlank: Bool {
        switch self {
        case .lineBreak: true
        case .text(let text): text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" }
        default: false
        }
    }
}

extension [Inline] {
    fileprivate func containsCode(with character: Character) -> Bool {
        contains { inline in
            switch inline {
            case .code(let code): code.contains(character)
            case .emphasis(let content), .strong(let content), .strikethrough(let content),
                .link(_, _, let content):
                content.containsCode(with: character)
            default: false
            }
        }
    }
}
