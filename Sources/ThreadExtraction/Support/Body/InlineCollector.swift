import ThreadModel

/// Collects a run of inline content the way a browser lays it out: whitespace collapsed across
/// element boundaries, nothing at the start or end of a line, adjacent text merged.
///
/// Spaces and line breaks are held back until visible content follows, so none is ever leading or
/// trailing; a held space goes to the outermost element it was seen in (`a <em>b</em>`, not
/// `a<em> b</em>`), which keeps emphasis delimiters next to words for Markdown. Two line breaks in
/// a row end a paragraph where paragraphs are allowed (WordPress comments are text and `<br>`s).
struct InlineCollector {
    enum FrameKind: Equatable {
        case root, emphasis, strong, strikethrough
        case link(destination: String, title: String?)
    }

    private struct Frame {
        var kind: FrameKind
        var inlines: [Inline] = []
        /// Text not yet turned into an `.text` inline, so adjacent text costs no merging.
        var text: [UInt8] = []
    }

    /// What is held back until visible content follows.
    private enum Separator {
        case none
        case space(frame: Int)
        case lineBreaks(count: Int, frame: Int)
    }

    /// Whether two line breaks may end a paragraph; in a heading or table cell they cannot.
    let allowsParagraphs: Bool
    private var frames = [Frame(kind: .root)]
    private var separator = Separator.none
    /// Whether the current paragraph has visible content yet.
    private var hasContent = false
    /// Whether the current line has content yet (spaces at a line start are not rendered).
    private var lineHasContent = false
    private var finished: [[Inline]] = []

    init(allowsParagraphs: Bool) {
        self.allowsParagraphs = allowsParagraphs
    }

    // MARK: Content

    /// Appends text from the page, collapsing runs of HTML whitespace (space, tab, newline,
    /// form feed, carriage return) into one space. NBSP is not HTML whitespace and is kept.
    mutating func append(text: String) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = -1
            for index in 0...bytes.count {
                let isSpace = index == bytes.count || HTMLWhitespace.contains(bytes[index])
                if isSpace {
                    if runStart >= 0 {
                        writeSeparator()
                        frames[frames.count - 1].text.append(contentsOf: bytes[runStart..<index])
                        runStart = -1
                    }
                    if index < bytes.count { holdSpace() }
                } else if runStart < 0 {
                    runStart = index
                }
            }
        }
    }

    /// Appends a space as if the page had one here (between a code span and a word, say).
    mutating func holdSpace() {
        guard lineHasContent, case .none = separator else { return }
        separator = .space(frame: frames.count - 1)
    }

    /// Appends an atom: an image, a code span, a media link.
    mutating func append(_ inline: Inline) {
        writeSeparator()
        InlineCollector.append(inline, to: &frames[frames.count - 1])
    }

    /// A `<br>`: held back, so that breaks at the start or end of a paragraph disappear.
    mutating func lineBreak() {
        guard hasContent else { return }
        switch separator {
        case .lineBreaks(let count, let frame): separator = .lineBreaks(count: count + 1, frame: frame)
        case .none, .space: separator = .lineBreaks(count: 1, frame: frames.count - 1)
        }
        lineHasContent = false
    }

    /// Where a block ends inside inline-only content (a paragraph inside a table cell): a line
    /// break, if anything came before.
    mutating func blockBoundary() {
        guard hasContent else { return }
        if case .lineBreaks = separator { return }
        separator = .lineBreaks(count: 1, frame: frames.count - 1)
        lineHasContent = false
    }

    // MARK: Formatting

    mutating func open(_ kind: FrameKind) {
        frames.append(Frame(kind: kind))
    }

    /// Closes the innermost open element; an element left without visible content disappears.
    mutating func close() {
        guard frames.count > 1 else { return }
        let frame = frames.removeLast()
        let parent = frames.count - 1
        switch separator {
        case .space(let index) where index > parent: separator = .space(frame: parent)
        case .lineBreaks(let count, let index) where index > parent: separator = .lineBreaks(count: count, frame: parent)
        default: break
        }
        let content = InlineCollector.inlines(of: frame)
        guard !content.isEmpty else { return }
        for inline in InlineCollector.wrap(content, in: frame.kind) {
            InlineCollector.append(inline, to: &frames[parent])
        }
    }

    func isOpen(_ kind: FrameKind) -> Bool {
        frames.contains { $0.kind == kind }
    }

    var isInsideLink: Bool {
        frames.contains {
            if case .link = $0.kind { return true }
            return false
        }
    }

    // MARK: Paragraphs

    /// The paragraphs completed so far, the current one included, without their trailing
    /// space or breaks. Open elements stay open, empty, for content that follows.
    mutating func takeParagraphs() -> [[Inline]] {
        separator = .none
        endParagraph()
        defer { finished = [] }
        return finished
    }

    /// Closes every open element into the current paragraph, files it, and reopens the elements.
    private mutating func endParagraph() {
        let kinds = frames.dropFirst().map(\.kind)
        for _ in kinds { close() }
        let paragraph = InlineCollector.inlines(of: frames[0])
        if !InlineCollector.isBlank(paragraph) { finished.append(paragraph) }
        frames = [Frame(kind: .root)] + kinds.map { Frame(kind: $0) }
        separator = .none
        hasContent = false
        lineHasContent = false
    }

    /// Writes the held space or breaks before visible content, into the frame they were seen in.
    private mutating func writeSeparator() {
        switch separator {
        case .none:
            break
        case .space(let frame):
            frames[frame].text.append(0x20)
        case .lineBreaks(let count, let frame):
            if count >= 2 && allowsParagraphs {
                endParagraph()
            } else {
                InlineCollector.append(.lineBreak, to: &frames[frame])
            }
        }
        separator = .none
        hasContent = true
        lineHasContent = true
    }

    // MARK: Building

    private static func inlines(of frame: Frame) -> [Inline] {
        var frame = frame
        flushText(of: &frame)
        return frame.inlines
    }

    private static func wrap(_ content: [Inline], in kind: FrameKind) -> [Inline] {
        // Formatting around nothing visible (`<b>&nbsp;</b>`) would render as stray delimiters.
        if isBlank(content) { return content }
        switch kind {
        case .root: return content
        case .emphasis: return [.emphasis(content)]
        case .strong: return [.strong(content)]
        case .strikethrough: return [.strikethrough(content)]
        case .link(let destination, let title): return [.link(destination: destination, title: title, content: content)]
        }
    }

    private static func flushText(of frame: inout Frame) {
        guard !frame.text.isEmpty else { return }
        let text = String(decoding: frame.text, as: UTF8.self)
        frame.text.removeAll(keepingCapacity: true)
        if case .text(let previous)? = frame.inlines.last {
            frame.inlines[frame.inlines.count - 1] = .text(previous + text)
        } else {
            frame.inlines.append(.text(text))
        }
    }

    /// Appends, merging text with text and like formatting with like (`<b>a</b><b>b</b>`).
    private static func append(_ inline: Inline, to frame: inout Frame) {
        if case .text(let text) = inline {
            frame.text.append(contentsOf: text.utf8)
            return
        }
        flushText(of: &frame)
        switch (frame.inlines.last, inline) {
        case (.emphasis(let previous)?, .emphasis(let next)):
            frame.inlines[frame.inlines.count - 1] = .emphasis(merged(previous, next))
        case (.strong(let previous)?, .strong(let next)):
            frame.inlines[frame.inlines.count - 1] = .strong(merged(previous, next))
        case (.strikethrough(let previous)?, .strikethrough(let next)):
            frame.inlines[frame.inlines.count - 1] = .strikethrough(merged(previous, next))
        default:
            frame.inlines.append(inline)
        }
    }

    private static func merged(_ first: [Inline], _ second: [Inline]) -> [Inline] {
        var frame = Frame(kind: .root, inlines: first)
        for inline in second { append(inline, to: &frame) }
        flushText(of: &frame)
        return frame.inlines
    }

    /// Whether content shows nothing: only NBSP, zero-width characters and line breaks.
    static func isBlank(_ inlines: [Inline]) -> Bool {
        inlines.allSatisfy { inline in
            switch inline {
            case .text(let text): text.unicodeScalars.allSatisfy(isInvisible)
            case .lineBreak: true
            case .emphasis(let content), .strong(let content), .strikethrough(let content): isBlank(content)
            case .link, .image, .code: false
            }
        }
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }
}
